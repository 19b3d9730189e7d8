// The one place a Finding is built from a rule's report.
import type { LineIndex } from './location';
import type { Report } from './rules/define';
import type { Finding, RuleId } from './types';

export function buildFinding(ruleId: RuleId, blockId: string, text: string, lineOf: LineIndex, r: Report): Finding {
  const { line, column } = lineOf(r.start);
  const finding: Finding = {
    ruleId,
    source: 'helder',
    severity: r.severity,
    blockId,
    start: r.start,
    end: r.end,
    line,
    column,
    actual: text.slice(r.start, r.end),
    expected: r.expected ?? [],
    message: r.message,
  };
  if (r.explanation) finding.explanation = r.explanation;
  if (r.category) finding.category = r.category;
  if (r.termId) finding.termId = r.termId;
  return finding;
}

export const byPosition = (a: Finding, b: Finding): number => a.start - b.start || b.end - a.end;
