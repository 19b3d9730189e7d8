// Does a one-click replacement read right? Applies every alternative the quick fix offers to its
// block and looks for what a careful reader would trip over: a new finding, a dangling article, a
// doubled word or preposition, a lost capital at the start of a sentence, "moet ... te + infinitive",
// a second "te" ("om te de kosten te dekken"), a conjunction before a te-infinitive, "tijdens" with a
// length of time, "hoeft" without "te", an adjective or article that no longer agrees (also across
// an adjective: "het nieuwe situatie", "in nauwe overleg"), a singular verb left with "veel ...", a
// different sentence split by the Dutch parser, or text that differs from the editor's own rewrite
// of the same span. Heuristic by design: it errs towards calling a fix bad.
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import type { Checker, Finding } from '../../shared/checker/index';
import { isAdjectival } from '../../shared/checker/dictionary/inflect-alternative';
import { genderOf } from '../../shared/checker/fix-fit';
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
  { reason: 'de/het', pattern: /\bhet\s+(?:\p{L}+e\s+)?\p{L}*(?:ing|heid|tie|teit|schap)\b/giu },
  { reason: 'de/het', pattern: /\bde\s+\p{L}+(?:je|tje)\b/giu },
  { reason: 'bijvoeglijk naamwoord zonder -e', pattern: /\b(?:de|het|deze|die|dit|dat)\s+\p{L}+(?:ig|lijk|baar|isch|eel|aal|ief)\s+\p{L}{3,}/giu },
  { reason: 'werkwoord: moet ... te', pattern: /\b(?:moet|moeten|kan|kunnen|mag|mogen|zal|zullen|wil|willen)\b[^,.;:]*\bte\s+\p{L}+en\b/giu },
  { reason: 'twee hulpwerkwoorden', pattern: /\b(?:is|zijn|wordt|worden)\s+(?:is|zijn|wordt|worden)\b/giu },
  { reason: 'dubbel voorzetsel', pattern: /\b(?:van|voor|met|aan|over|bij|door|naar|uit|omtrent|inzake)\s+(?:van|voor|met|aan|over|bij|door|naar|omtrent|inzake)\b/giu },
  { reason: 'te te', pattern: /\bom\s+te\s+[^,.;:!?]*\bte\s+\p{L}+/giu },
  { reason: 'te te', pattern: /\bte\s+te\b/giu },
  { reason: 'voegwoord voor te + infinitief', pattern: /\b(?:voordat|omdat|zodat|doordat|nadat|terwijl)\s+(?:\p{L}+\s+){0,4}te\s+\p{L}+n\b/giu },
  { reason: 'tijdens met een tijdsduur', pattern: /\btijdens\s+(?:ten minste\s+|minstens\s+|minimaal\s+|maximaal\s+|ruim\s+)?(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)\s+(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren)\b/giu },
  { reason: 'hoeven zonder te', pattern: /\b(?:hoeft|hoeven|hoefde|hoefden)\b(?![^,.;:!?]*\bte\b)/giu },
  { reason: 'enkelvoud met meervoud', pattern: /\b(?:is|wordt|werd|was)\b[^,.;:!?]*\bveel\s+\p{L}+(?:en|s)\b/giu },
  { reason: 'voorzetsel met kaal werkwoord', pattern: /\b(?:na|tijdens)\s+\p{L}+en\s+(?:door|van)\b/giu },
  { reason: 'overtreffende trap zonder lidwoord', pattern: /(?<!\b(?:de|het|onze|hun|uw|zijn|haar|deze|die|mijn)\s)\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\s+\p{L}+ste\s+\p{L}+/giu },
];

const DEFINITE_BEFORE_ADJECTIVE = new Set(['de', 'het', 'deze', 'dit', 'die', 'dat', 'mijn', 'uw', 'zijn', 'haar', 'onze', 'ons', 'hun', 'jouw']);

/** "nieuwe" → "nieuw", "grote" → "groot": is this an inflected adjective? */
function isInflectedAdjective(word: string): boolean {
  if (!word.endsWith('e') || word.length < 4) return false;
  const stem = word.slice(0, -1);
  const long = stem.replace(/^(.*[^aeiou])([aeou])([^aeiou])$/, '$1$2$2$3');
  return [stem, stem.replace(/(.)\1$/, '$1'), stem.replace(/v$/, 'f').replace(/z$/, 's'), long].some((form) => isAdjectival(form));
}

/**
 * Adjective agreement with the noun after it, counted per text: "een maatschappelijk vraag" (an
 * adjective without -e after "een" needs a het-word) and "in nauwe overleg" (with -e and no
 * definite article it cannot stand before a het-word). Nouns the word list does not know count
 * as suspect after a bare adjective: this check errs towards calling a fix bad.
 */
function agreementSlips(text: string): number {
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => m[0].toLowerCase());
  let n = 0;
  for (let i = 1; i + 1 < words.length; i++) {
    const before = words[i - 1]!;
    const adjective = words[i]!;
    const noun = words[i + 1]!;
    if (/(?:en|s)$/.test(noun) || noun.length < 4) continue;
    if ((before === 'een' || before === 'geen') && !adjective.endsWith('e') && isAdjectival(adjective) && genderOf(noun, false) !== 'het') n++;
    else if (!DEFINITE_BEFORE_ADJECTIVE.has(before) && isInflectedAdjective(adjective) && genderOf(noun, false) === 'het') n++;
  }
  return n;
}

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
 * Judges every alternative of `finding` (offsets in the block text): the quick fix offers each one,
 * so one wrong alternative makes the fix bad. `flags` are the annotated spans in block coordinates.
 */
export function judgeFix(checker: Checker, block: { text: string; kind: 'paragraph' | 'heading' | 'listitem' }, finding: Finding, flags: readonly FlagSpan[]): FixVerdict {
  // The editor's rewrite names one right choice: it is held against the first alternative (the one
  // the card offers first); the others must read right but may differ from it.
  const verdicts = (finding.expected.length > 0 ? finding.expected : ['']).map((replacement, i) => judgeAlternative(checker, block, finding, replacement, i === 0 ? flags : []));
  const several = verdicts.length > 1;
  const reasons = verdicts.flatMap((v, i) => v.reasons.map((r) => (several ? `'${finding.expected[i]}': ${r}` : r)));
  const firstBad = verdicts.find((v) => !v.ok) ?? verdicts[0]!;
  return { ok: reasons.length === 0, reasons, before: firstBad.before, after: firstBad.after };
}

function judgeAlternative(checker: Checker, block: { text: string; kind: 'paragraph' | 'heading' | 'listitem' }, finding: Finding, replacement: string, flags: readonly FlagSpan[]): FixVerdict {
  const old = block.text;
  const next = apply(old, finding.start, finding.end, replacement);
  const reasons: string[] = [];

  const lead = old.slice(0, finding.start);
  const atSentenceStart = /^\s*$/.test(lead) || /[.!?]\s+$/.test(lead);
  if (atSentenceStart && /^\p{Ll}/u.test(replacement) && /^\p{Lu}/u.test(finding.actual)) reasons.push('kleine letter aan het begin van de zin');

  for (const { reason, pattern } of CHECKS) if (count(pattern, next) > count(pattern, old) && !reasons.includes(reason)) reasons.push(reason);
  if (agreementSlips(next) > agreementSlips(old)) reasons.push('bijvoeglijk naamwoord past niet bij het zelfstandig naamwoord');
  if (sentenceCount(next) !== sentenceCount(old)) reasons.push('andere zinsindeling');

  const before = checker.checkBlock({ id: 'fix', text: old, kind: block.kind }).findings;
  const after = checker.checkBlock({ id: 'fix', text: next, kind: block.kind }).findings;
  const remaining = new Map<string, number>();
  // A finding that shares words with the fixed span (a passive that contains them or ends in
  // them) is the same finding with new text.
  const overlapsFix = (f: Finding, from: number, to: number): boolean => f.start < to && f.end > from && f.end > f.start;
  const keyBefore = (f: Finding): string => (overlapsFix(f, finding.start, finding.end) && f !== finding && f.ruleId !== finding.ruleId ? `${f.ruleId}@fix` : findingKey(f));
  const keyAfter = (f: Finding): string => (overlapsFix(f, finding.start, finding.start + replacement.length) && f.ruleId !== finding.ruleId ? `${f.ruleId}@fix` : findingKey(f));
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
