// Very long paragraphs: B1 texts keep one topic per short paragraph. The finding marks the
// first sentence, so the editor does not paint the whole paragraph.
import { defineRule } from './define';

export const longParagraphRule = defineRule({
  id: 'long-paragraph',
  family: 'long-sentence',
  defaults: { enabled: true, maxWords: 120, maxSentences: 7 },
  userToggle: true,
  labelKey: 'checks.rule.long-paragraph',
  check(context) {
    const { analysis } = context;
    if (analysis.kind !== 'paragraph') return;
    const settings = context.settings;
    const words = analysis.tokens.length;
    const sentences = analysis.sentences.length;
    if (words <= settings.maxWords && sentences <= settings.maxSentences) return;
    const first = analysis.sentences[0]!;
    const lastToken = analysis.tokens[first.endToken - 1]!;
    context.report({
      start: analysis.tokens[first.firstToken]!.start,
      end: lastToken.end + lastToken.after.length,
      severity: settings.severity ?? 'info',
      message: `Deze alinea is lang (${sentences} zinnen, ${words} woorden). Verdeel hem in kortere alinea's met elk één onderwerp.`,
      explanation: "Korte alinea's maken een tekst overzichtelijk.",
    });
  },
});
