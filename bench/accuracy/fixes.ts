// Does a one-click replacement read right? Applies the fix to its block and looks for what a
// careful reader would trip over: a new finding, a dangling article, a doubled word, a lost capital
// at the start of a sentence, "moet ... te + infinitive", an adjective or article that no longer
// agrees, a different sentence split by the Dutch parser, or text that differs from the editor's
// own rewrite of the same span. Heuristic by design: it errs towards calling a fix bad.
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import type { Checker, Finding } from '../../shared/checker/index';
import type { FlagSpan } from './corpus';

const parser = unified().use(retextDutch);

function sentenceCount(text: string): number {
  const tree = parser.parse(text) as { children: Array<{ type: string; children?: Array<{ type: string }> }> };
  let n = 0;
  for (const p of tree.children) for (const s of p.children ?? []) if (s.type === 'SentenceNode') n++;
  return n;
}

const ARTICLE = '(?:de|het|een)';
const FUNCTION_WORD = '(?:de|het|een|van|voor|met|aan|op|in|te|en|of|is|zijn|wordt|worden|dat|die|om)';
const CHECKS: Array<{ reason: string; pattern: RegExp }> = [
  { reason: 'los lidwoord', pattern: new RegExp(`\\b${ARTICLE}\\s+(?:${FUNCTION_WORD}\\b|[,.;:!?)])`, 'giu') },
  { reason: 'los lidwoord', pattern: new RegExp(`\\b${ARTICLE}\\s*$`, 'giu') },
  { reason: 'dubbel woord', pattern: /\b(\p{L}+)\s+\1\b/giu },
  { reason: 'de/het', pattern: /\bhet\s+\p{L}*(?:ing|heid|tie|teit|schap)\b/giu },
  { reason: 'de/het', pattern: /\bde\s+\p{L}+(?:je|tje)\b/giu },
  { reason: 'bijvoeglijk naamwoord zonder -e', pattern: /\b(?:de|het|deze|die|dit|dat)\s+\p{L}+(?:ig|lijk|baar|isch|eel|aal|ief)\s+\p{L}{3,}/giu },
  { reason: 'werkwoord: moet ... te', pattern: /\b(?:moet|moeten|kan|kunnen|mag|mogen|zal|zullen|wil|willen)\b[^,.;:]*\bte\s+\p{L}+en\b/giu },
  { reason: 'twee hulpwerkwoorden', pattern: /\b(?:is|zijn|wordt|worden)\s+(?:is|zijn|wordt|worden)\b/giu },
];

function count(pattern: RegExp, text: string): number {
  return [...text.matchAll(pattern)].length;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').replace(/\s+([,.;:!?)])/g, '$1').trim();

function apply(text: string, start: number, end: number, replacement: string): string {
  const before = text.slice(0, start);
  let after = text.slice(end);
  if (replacement === '' && /^\s/.test(after) && /\s$/.test(before)) after = after.trimStart();
  return before + replacement + after;
}

function findingKey(f: Pick<Finding, 'ruleId' | 'actual'>): string {
  // Long sentences and paragraphs change their text with every fix inside them: key by rule only.
  return f.ruleId === 'long-sentence' || f.ruleId === 'long-paragraph' || f.ruleId === 'reading-level' ? f.ruleId : `${f.ruleId}\u0000${f.actual.toLowerCase()}`;
}

export interface FixVerdict {
  ok: boolean;
  reasons: string[];
  before: string;
  after: string;
}

/**
 * Judges the first alternative of `finding` (offsets in the block text). `flags` are the annotated
 * spans in block coordinates.
 */
export function judgeFix(checker: Checker, block: { text: string; kind: 'paragraph' | 'heading' | 'listitem' }, finding: Finding, flags: readonly FlagSpan[]): FixVerdict {
  const replacement = finding.expected[0] ?? '';
  const old = block.text;
  const next = apply(old, finding.start, finding.end, replacement);
  const reasons: string[] = [];

  const lead = old.slice(0, finding.start);
  const atSentenceStart = /^\s*$/.test(lead) || /[.!?]\s+$/.test(lead);
  if (atSentenceStart && /^\p{Ll}/u.test(replacement) && /^\p{Lu}/u.test(finding.actual)) reasons.push('kleine letter aan het begin van de zin');

  for (const { reason, pattern } of CHECKS) if (count(pattern, next) > count(pattern, old)) reasons.push(reason);
  if (sentenceCount(next) !== sentenceCount(old)) reasons.push('andere zinsindeling');

  const before = checker.checkBlock({ id: 'fix', text: old, kind: block.kind }).findings;
  const after = checker.checkBlock({ id: 'fix', text: next, kind: block.kind }).findings;
  const remaining = new Map<string, number>();
  // A finding around the fixed words (a passive that contains them) is the same finding with new text.
  const touches = (f: Finding, from: number, to: number): boolean => f.start <= from && f.end >= to && f.end > f.start;
  const keyBefore = (f: Finding): string => (touches(f, finding.start, finding.end) && f !== finding && f.ruleId !== finding.ruleId ? `${f.ruleId}@fix` : findingKey(f));
  const keyAfter = (f: Finding): string => (touches(f, finding.start, finding.start + replacement.length) && f.ruleId !== finding.ruleId ? `${f.ruleId}@fix` : findingKey(f));
  for (const f of before) remaining.set(keyBefore(f), (remaining.get(keyBefore(f)) ?? 0) + 1);
  for (const f of after) {
    const key = keyAfter(f);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else reasons.push(`nieuwe melding (${f.ruleId}: ${f.actual})`);
  }

  for (const flag of flags) {
    if (flag.rewrite === undefined || flag.end <= finding.start || flag.start >= finding.end) continue;
    const wanted = apply(old, flag.start, flag.end, flag.rewrite);
    if (collapse(wanted).toLowerCase() !== collapse(next).toLowerCase()) reasons.push(`wijkt af van de herschrijving "${flag.rewrite}"`);
  }
  return { ok: reasons.length === 0, reasons, before: old, after: next };
}
