// The reading level of one sentence, for the finding card: the same figures and limits as for a
// whole text (level.ts), with reasons written about this sentence. Hard words are the ones the
// checker marked inside it, so the card agrees with what the writer sees underlined.
import type { CefrLevel } from '../model';
import { fleschDouma } from './formulas';
import { fmt, LEVEL_LIMITS, levelOf } from './level';
import { countSyllables } from './syllables';

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface SentenceLevel {
  level: CefrLevel;
  words: number;
  fleschDouma: number;
  reasons: string[];
}

/** The sentence of `text` around [start, end): from after the previous . ! ? to the next one. */
export function sentenceAround(text: string, start: number, end: number): SentenceSpan {
  let from = 0;
  for (const match of text.slice(0, start).matchAll(/[.!?]+\s+/g)) from = (match.index ?? 0) + match[0].length;
  const after = /[.!?]+(?=\s|$)/.exec(text.slice(end));
  const to = after ? end + after.index + after[0].length : text.length;
  return { start: from, end: to };
}

export function sentenceLevel(sentence: string, hardWords: readonly string[]): SentenceLevel {
  const words = sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const syllables = words.reduce((sum, word) => sum + countSyllables(word.replace(/[^\p{L}\p{N}-]/gu, '')), 0);
  const count = words.length;
  const raw = count > 0 ? fleschDouma((syllables / count) * 100, count) : 100;
  const fd = Math.min(100, Math.max(0, raw));
  const hardWordShare = count > 0 ? hardWords.length / count : 0;
  const level = levelOf({ words: count, averageSentenceLength: count, hardWordShare, fleschDouma: fd });
  const b1 = LEVEL_LIMITS.B1;
  const reasons = [
    count <= b1.averageSentenceLength
      ? `Deze zin heeft ${count} woorden. Dat past bij B1.`
      : `Deze zin heeft ${count} woorden. Voor B1 is ${b1.averageSentenceLength} of minder beter.`,
    hardWords.length === 0
      ? 'Er staan geen moeilijke woorden in.'
      : `${hardWords.length === 1 ? 'Er staat 1 moeilijk woord' : `Er staan ${hardWords.length} moeilijke woorden`} in: ${hardWords.join(', ')}.`,
    `De Flesch-Douma-score van deze zin is ${fmt(fd)}${raw < 0 ? ' (eigenlijk lager dan 0: zeer moeilijk)' : ''}. ${fd >= b1.fleschDouma ? 'Dat is goed leesbaar.' : `Voor B1 is ${b1.fleschDouma} of meer beter.`}`,
  ];
  return { level, words: count, fleschDouma: Math.round(fd * 10) / 10, reasons };
}
