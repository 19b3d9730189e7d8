// The one place a Finding is built from a rule's report.
import type { LineIndex } from './location';
import type { Report } from './rules/define';
import { sentenceAt } from './sentence-groups';
import type { Finding, RuleId } from './types';

/**
 * "Middels" → "met" becomes "Met", "O.a." → "Onder andere": a capitalised word or short form (not
 * an acronym) keeps its capital.
 */
export function matchCase(actual: string, alternative: string): string {
  if (!/^\p{Lu}(?:\p{Ll}|\.)/u.test(actual) || !/^\p{Ll}/u.test(alternative)) return alternative;
  return alternative.charAt(0).toUpperCase() + alternative.slice(1);
}

/** `sentenceStarts`: the block's sentence start offsets; the finding records the sentence it starts in. */
export function buildFinding(ruleId: RuleId, blockId: string, text: string, lineOf: LineIndex, r: Report, groupsRepeats = false, sentenceStarts: readonly number[] = []): Finding {
  const { line, column } = lineOf(r.start);
  const actual = text.slice(r.start, r.end);
  const finding: Finding = {
    ruleId,
    source: 'helder',
    severity: r.severity,
    blockId,
    start: r.start,
    end: r.end,
    line,
    column,
    actual,
    expected: (r.expected ?? []).map((alternative) => matchCase(actual, alternative)),
    message: r.message,
  };
  if (r.explanation) finding.explanation = r.explanation;
  if (r.meaning) finding.meaning = r.meaning;
  if (r.category) finding.category = r.category;
  if (r.termId) finding.termId = r.termId;
  if (groupsRepeats) finding.group = `${ruleId}:${r.termId ?? actual.toLowerCase()}`;
  if (sentenceStarts.length > 0) finding.sentence = sentenceAt(sentenceStarts, r.start);
  return finding;
}

export const byPosition = (a: Finding, b: Finding): number => a.start - b.start || b.end - a.end;

/**
 * A copy of a finding at other offsets (checkText moves block offsets into the whole text), field
 * by field in buildFinding's order: an object spread of findings of many shapes is several times
 * slower in V8, and checkText copies every finding of the note.
 */
export function moveFinding(f: Finding, start: number, end: number, line: number, column: number): Finding {
  const moved: Finding = {
    ruleId: f.ruleId,
    source: f.source,
    severity: f.severity,
    blockId: f.blockId,
    start,
    end,
    line,
    column,
    actual: f.actual,
    expected: f.expected,
    message: f.message,
  };
  if (f.explanation !== undefined) moved.explanation = f.explanation;
  if (f.meaning !== undefined) moved.meaning = f.meaning;
  if (f.category !== undefined) moved.category = f.category;
  if (f.termId !== undefined) moved.termId = f.termId;
  if (f.group !== undefined) moved.group = f.group;
  if (f.sentence !== undefined) moved.sentence = f.sentence;
  if (f.repeat !== undefined) moved.repeat = f.repeat;
  if (f.sentenceGroup !== undefined) moved.sentenceGroup = f.sentenceGroup;
  return moved;
}
