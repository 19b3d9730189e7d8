// The "why is this hard" line of a long sentence: what the writer can cut. Counts a reader
// notices (words, commas, clauses) plus the other findings that sit inside the sentence.
import type { Finding } from '../checker/types';
import { countWords } from '../document/blocks';

/** Words that usually open a subordinate clause in Dutch. */
const CLAUSE_OPENERS = new Set([
  'dat', 'die', 'omdat', 'als', 'wanneer', 'waardoor', 'zodat', 'terwijl', 'waarbij', 'waarin', 'waarmee', 'waarop',
  'hoewel', 'nadat', 'voordat', 'indien', 'zodra', 'doordat', 'opdat', 'tenzij', 'totdat', 'waarvoor', 'welke',
]);

export interface SentenceDifficulty {
  words: number;
  commas: number;
  clauses: number;
  hardWords: string[];
  passives: string[];
}

export function sentenceDifficulty(sentence: Finding, blockText: string, blockFindings: readonly Finding[]): SentenceDifficulty {
  const text = blockText.slice(sentence.start, sentence.end);
  const lower = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const inside = blockFindings.filter((finding) => finding !== sentence && finding.start >= sentence.start && finding.end <= sentence.end);
  const unique = (list: string[]) => [...new Set(list)];
  return {
    words: countWords(text),
    commas: (text.match(/[,;]/g) ?? []).length,
    clauses: lower.filter((word) => CLAUSE_OPENERS.has(word)).length,
    hardWords: unique(inside.filter((f) => f.ruleId === 'hard-word' || f.ruleId === 'jargon').map((f) => f.actual)),
    passives: unique(inside.filter((f) => f.ruleId === 'passive').map((f) => f.actual)),
  };
}
