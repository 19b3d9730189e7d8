// Words the spelling rule must leave alone because they are not Dutch words written out: short
// forms ("mld.", "p.j.", "ca."), units after a number ("12 kWh"), letter-spaced words
// ("B e l e i d") and quotes in another language. Flagging them as typos is the noise that made
// writers switch spelling off.
import type { Analysis, Token } from '../analyse';
import { quotePairs, type QuoteSpan } from '../quoted-speech';

const VOWEL = /[aeiouyáéíóúäëïöü]/iu;
const DIGIT_START = /^\d/;
/** A unit or short form after a number is at most this long ("kWh", "mln", "mrd", "min"). */
const MAX_UNIT = 4;

/** "mld.", "blz.", "p.j.": written with a dot inside or after, and either dotted inside or without a vowel. */
export function isShortForm(token: Token, knownShortForms: ReadonlySet<string>): boolean {
  const innerDot = token.text.includes('.');
  if (!innerDot && !token.after.startsWith('.')) return false;
  const key = token.lower.replace(/\./g, '');
  return innerDot || !VOWEL.test(key) || knownShortForms.has(key);
}

/** "3 mld", "12 kWh", "€ 40 p.j.": a short word straight after a number. */
export function isUnitAfterNumber(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  return token.text.replace(/\./g, '').length <= MAX_UNIT && previous !== undefined && DIGIT_START.test(previous.text);
}

/** One letter of a letter-spaced word: a single letter with a single letter beside it, one space apart. */
export function isLetterSpaced(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.text.length !== 1) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const spacedNeighbour = (other: Token | undefined, gap: number) => other !== undefined && other.text.length === 1 && gap === 1;
  return spacedNeighbour(previous, previous ? token.start - previous.end : 0) || spacedNeighbour(next, next ? next.start - token.end : 0);
}

/**
 * Offsets covered by a quote that is mostly not Dutch ("We need help here."): at least two words
 * inside double quotes, and at least half of them unknown to the Dutch dictionary.
 */
export function foreignQuoteSpans(analysis: Analysis, isDutch: (word: string) => boolean): QuoteSpan[] {
  return quotePairs(analysis.text).filter(({ start, end }) => {
    let words = 0;
    let unknown = 0;
    for (const token of analysis.tokens) {
      if (token.start < start || token.end > end || !token.hasLetter) continue;
      words++;
      if (!isDutch(token.text) && !isDutch(token.lower)) unknown++;
    }
    return words >= 2 && unknown * 2 >= words;
  });
}
