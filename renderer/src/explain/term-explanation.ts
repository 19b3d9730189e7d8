// Which checker findings a resident gets explained, and with what words. The checker speaks to
// the writer ("Leg 'Wmo' uit ..."); a resident only needs what a word means, so messages, fix
// suggestions and the writer's style advice are left out here.
import type { Finding } from '../../../shared/checker/types';

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
export function explainedTerms(findings: readonly Finding[]): Array<{ finding: Finding; explanation: TermExplanation }> {
  const out: Array<{ finding: Finding; explanation: TermExplanation }> = [];
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    const explanation = explanationOf(finding);
    if (explanation) out.push({ finding, explanation });
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
