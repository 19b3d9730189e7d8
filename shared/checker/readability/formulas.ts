// The two Dutch readability formulas. Both use syllables per 100 words and the average
// sentence length in words.

/** Flesch-Douma (Douma 1960): 206.84 − 0.77 · syllables per 100 words − 0.93 · words per sentence. */
export function fleschDouma(syllablesPer100Words: number, averageSentenceLength: number): number {
  return 206.84 - 0.77 * syllablesPer100Words - 0.93 * averageSentenceLength;
}

/** Leesindex Brouwer (Brouwer 1963): 195 − 2/3 · syllables per 100 words − 2 · words per sentence. */
export function brouwer(syllablesPer100Words: number, averageSentenceLength: number): number {
  return 195 - (2 / 3) * syllablesPer100Words - 2 * averageSentenceLength;
}
