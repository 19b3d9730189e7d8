// The reading level of the whole document against the writer's target level. Off by default:
// the editor shows the level in the status bar; the CLI switches it on with --level.
import { levelRank } from '../readability/level';
import { defineRule } from './define';

export const readingLevelRule = defineRule({
  id: 'reading-level',
  family: 'other',
  defaults: { enabled: false },
  userToggle: false,
  labelKey: 'checks.rule.reading-level',
  checkDocument(context) {
    const { readability, targetLevel } = context;
    if (levelRank(readability.level) <= levelRank(targetLevel)) return;
    // The finding sits on the first line of the first paragraph, so it is easy to find.
    const first = context.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.trim().length > 0);
    const block = context.blocks[first];
    if (!block) return;
    const start = block.text.length - block.text.trimStart().length;
    const lineEnd = block.text.indexOf('\n', start);
    const end = lineEnd === -1 ? block.text.trimEnd().length : lineEnd;
    context.report(first, {
      start,
      end: Math.max(start, end),
      severity: context.settings.severity ?? 'warning',
      message: `De tekst is geschat op niveau ${readability.level}; het doel is ${targetLevel}. ${readability.reasons.join(' ')}`,
    });
  },
});
