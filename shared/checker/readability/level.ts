// Estimate a reading level from the figures and say why, in plain Dutch.
// Thresholds follow common B1 guidance: about 15 words per sentence on average, few hard words,
// and a Flesch-Douma score of 60 or more ("normaal" or easier).
import type { CefrLevel } from '../model';

export interface LevelInput {
  words: number;
  averageSentenceLength: number;
  hardWordShare: number;
  fleschDouma: number;
}

export const LEVEL_LIMITS = {
  B1: { averageSentenceLength: 15, hardWordShare: 0.1, fleschDouma: 60 },
  B2: { averageSentenceLength: 20, hardWordShare: 0.2, fleschDouma: 45 },
} as const;

const LEVEL_ORDER: CefrLevel[] = ['B1', 'B2', 'C1'];

export function levelRank(level: CefrLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

// For what the hand-written path below does not cover (not finite, too large for exact tenths).
const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/**
 * A number the Dutch way, to one decimal: "25,3", "1.234,5", as Intl.NumberFormat('nl-NL') writes
 * it. Written out by hand because a re-check formats the reasons of the changed section and of the
 * whole note, and Intl's format was a tenth of a paragraph re-check.
 */
export function fmt(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  if (!Number.isFinite(rounded) || Math.abs(rounded) >= 1e14) return dutchNumber.format(rounded);
  const tenths = Math.round(Math.abs(rounded) * 10);
  const digits = String(Math.floor(tenths / 10));
  let whole = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = whole.length; i < digits.length; i += 3) whole += `.${digits.slice(i, i + 3)}`;
  // Intl writes minus zero as "-0" too.
  const sign = rounded < 0 || Object.is(rounded, -0) ? '-' : '';
  const decimal = tenths % 10;
  return decimal === 0 ? `${sign}${whole}` : `${sign}${whole},${decimal}`;
}

function meets(input: LevelInput, limits: (typeof LEVEL_LIMITS)['B1' | 'B2']): boolean {
  return (
    input.averageSentenceLength <= limits.averageSentenceLength &&
    input.hardWordShare <= limits.hardWordShare &&
    input.fleschDouma >= limits.fleschDouma
  );
}

/** The level the figures meet: B1, else B2, else C1. */
export function levelOf(input: LevelInput): CefrLevel {
  return meets(input, LEVEL_LIMITS.B1) ? 'B1' : meets(input, LEVEL_LIMITS.B2) ? 'B2' : 'C1';
}

export function estimateLevel(input: LevelInput): { level: CefrLevel; reasons: string[] } {
  if (input.words === 0) return { level: 'B1', reasons: ['Er is nog geen tekst om te meten.'] };
  const level = levelOf(input);
  const b1 = LEVEL_LIMITS.B1;
  const reasons: string[] = [];
  reasons.push(
    input.averageSentenceLength <= b1.averageSentenceLength
      ? `Zinnen zijn gemiddeld ${fmt(input.averageSentenceLength)} woorden lang. Dat past bij B1.`
      : `Zinnen zijn gemiddeld ${fmt(input.averageSentenceLength)} woorden lang. Voor B1 is ${b1.averageSentenceLength} of minder beter.`,
  );
  const percent = fmt(input.hardWordShare * 100);
  reasons.push(
    input.hardWordShare <= b1.hardWordShare
      ? `${percent}% van de woorden is lang of moeilijk. Dat past bij B1.`
      : `${percent}% van de woorden is lang of moeilijk. Voor B1 is ${b1.hardWordShare * 100}% of minder beter.`,
  );
  reasons.push(
    input.fleschDouma >= b1.fleschDouma
      ? `De Flesch-Douma-score is ${fmt(input.fleschDouma)}. Dat is goed leesbaar.`
      : `De Flesch-Douma-score is ${fmt(input.fleschDouma)}. Voor B1 is ${b1.fleschDouma} of meer beter.`,
  );
  return { level, reasons };
}
