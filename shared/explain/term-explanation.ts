// Which checker findings a resident gets explained, and with what words. The checker speaks to
// the writer ("Leg 'Wmo' uit ..."); a resident only needs what a word means, so messages, fix
// suggestions and the writer's style advice are left out here. Shared: panel mode (renderer) and
// the paper packet's word list (main) explain the same words with the same text.
import type { Finding } from '../checker/types';

export interface TermExplanation {
  /** The word as it stands in the text. */
  term: string;
  /** What an abbreviation stands for ("Wet maatschappelijke ondersteuning"), if it is one. */
  meaning?: string;
  /** The dictionary's plain (B1) explanation, if it has one. */
  explanation?: string;
}

/**
 * The explanation for a resident, or null when the finding is no dictionary word (long sentence,
 * passive, a hard word without an entry) or the dictionary says nothing about it.
 */
export function explanationOf(finding: Finding): TermExplanation | null {
  const term = finding.actual.trim();
  if (term === '') return null;
  if (finding.ruleId === 'jargon') {
    const explanation = forResidents(finding.explanation ?? '');
    return explanation ? { term, explanation } : null;
  }
  if (finding.ruleId !== 'abbreviation') return null;
  if (finding.meaning) {
    const explanation = forResidents(finding.explanation ?? '');
    return explanation ? { term, meaning: finding.meaning, explanation } : { term, meaning: finding.meaning };
  }
  const written = finding.expected[0]?.trim();
  if (!written) return null;
  // An acronym from the dictionary is suggested as "Expansion (Abbr)" and carries the
  // dictionary's explanation; a shortcut such as "o.a." is suggested as its plain words and
  // carries writing advice, which is not for residents.
  const suffix = `(${term})`;
  if (written.endsWith(suffix)) {
    const meaning = written.slice(0, -suffix.length).trim();
    if (meaning === '') return null;
    const explanation = forResidents(finding.explanation ?? '');
    return explanation ? { term, meaning, explanation } : { term, meaning };
  }
  return { term, meaning: written };
}

/** The findings that have an explanation, each with it; the order of the input is kept. */
export function explainedTerms(findings: readonly Finding[]): ExplainedTerm[] {
  const out: ExplainedTerm[] = [];
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    const explanation = explanationOf(finding);
    if (explanation) out.push({ place: { blockId: finding.blockId, start: finding.start, end: finding.end }, explanation, abbreviation: finding.ruleId === 'abbreviation' });
  }
  return out;
}

/**
 * Dictionary explanations serve both readers: "Teneinde betekent: om. Schrijf gewoon 'om'."
 * The advice to the writer (an imperative such as Schrijf, Zeg liever, Noem, or a hint to leave
 * the word out) means nothing to a resident and is dropped; if nothing else is left, all stays.
 */
export function forResidents(explanation: string): string {
  const text = explanation.trim();
  const sentences = text.split(/(?<=[.!?])\s+/);
  const kept = sentences.filter((sentence) => !WRITER_ADVICE.test(sentence));
  return kept.length === 0 ? text : kept.join(' ');
}

const WRITER_ADVICE = /^(Schrijf|Zeg liever|Noem)\b|\bgewoon weglaten\b|\bis korter en duidelijker\b/;

/** Where an explained word stands: its block and its offsets in the block's text. */
export interface TermPlace {
  blockId: string;
  start: number;
  end: number;
}

export interface ExplainedTerm {
  place: TermPlace;
  explanation: TermExplanation;
  /** An abbreviation (its later uses get the same explanation), not a word. */
  abbreviation: boolean;
}

/**
 * The checker asks the writer to explain an abbreviation at its first use only, so later uses
 * carry no finding. A resident may start reading anywhere: every later use of an abbreviation
 * the checker explained gets the same explanation. Only the exact spelling that was found is
 * looked for, as a whole word. Result in document order (blocks in order, then offset).
 */
export function withLaterAbbreviations(terms: readonly ExplainedTerm[], blocks: ReadonlyArray<{ id: string; text: string }>): ExplainedTerm[] {
  const abbreviations = new Map<string, ExplainedTerm>();
  for (const term of terms) {
    const written = term.explanation.term;
    if (term.abbreviation && /^[\p{L}\d]+$/u.test(written) && !abbreviations.has(written)) abbreviations.set(written, term);
  }
  if (abbreviations.size === 0) return [...terms];
  const byBlock = byBlockId(terms);
  const pattern = new RegExp(`(?<![\\p{L}\\d])(${[...abbreviations.keys()].join('|')})(?![\\p{L}\\d])`, 'gu');
  const out: ExplainedTerm[] = [];
  for (const block of blocks) {
    const own = byBlock.get(block.id) ?? [];
    const added: ExplainedTerm[] = [];
    for (const match of block.text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + (match[1] as string).length;
      if (own.some(({ place }) => overlaps(place, start, end))) continue; // already explained here
      const source = abbreviations.get(match[1] as string) as ExplainedTerm;
      added.push({ ...source, place: { blockId: block.id, start, end } });
    }
    out.push(...[...own, ...added].sort(byStart));
  }
  return out;
}

export function overlaps(place: TermPlace, start: number, end: number): boolean {
  return place.start < end && start < place.end;
}

export const byStart = (a: ExplainedTerm, b: ExplainedTerm) => a.place.start - b.place.start;

/** The terms of each block, in their order. */
export function byBlockId(terms: readonly ExplainedTerm[]): Map<string, ExplainedTerm[]> {
  const byBlock = new Map<string, ExplainedTerm[]>();
  for (const term of terms) {
    const list = byBlock.get(term.place.blockId);
    if (list) list.push(term);
    else byBlock.set(term.place.blockId, [term]);
  }
  return byBlock;
}
