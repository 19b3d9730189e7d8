// Dutch syllable counts from the TeX hyphenation patterns for Dutch (package `hyphen`).
// The patterns never split within the first or last two letters of a word, so the edge pieces
// (at most a few letters) are refined by counting their vowel groups: "idee", "over", "abon".
// The file itself, not the folder: Node's ES module loader (the e2e test host) refuses folder imports.
import nl from 'hyphen/nl/index.js';
import { memoByWord } from '../memo';

const MARK = '|';

// A vowel group; a diaeresis (ë, ï, ö, ü) always starts a new syllable ("re-ë-le", "co-ör-di-na-tie").
const VOWEL_GROUP = /[ëïöü]|[aeiouyáéíóúàèâêîôû]+/g;

function vowelGroups(piece: string): number {
  const matches = piece.match(VOWEL_GROUP);
  return matches ? matches.length : 0;
}

function countUncached(word: string): number {
  if (!/\p{L}/u.test(word)) return 1;
  const lower = word.toLowerCase();
  const pieces = nl.hyphenateSync(lower, { hyphenChar: MARK, minWordLength: 4 }).split(MARK);
  let total = 0;
  pieces.forEach((piece, index) => {
    const edge = index === 0 || index === pieces.length - 1;
    total += edge ? Math.max(1, vowelGroups(piece)) : 1;
  });
  return Math.max(1, total);
}

/** Number of syllables of one word (numbers and symbols count as one). */
export const countSyllables = memoByWord(countUncached, 200_000);
