// The sentence spans of a block as retext-dutch finds them, for the common text where that needs
// no tree. The full parse builds a node per word and runs twenty merge passes over them; the
// analysis reads only where sentences start and end (its words are the stretches between white
// space). Every pass that can end or join a sentence acts within one stretch of non-space text
// ("o.a.", "3.5", "zorg." "(pmd).") plus the first character of the next stretch, so what a
// stretch with a sentence mark does is learnt from the library once per stretch. A stretch it
// splits inside ("einde.Begin"), a blank line inside a sentence or a next stretch that opens with
// anything but a letter or digit is left to the full parse. tests/unit/checker/quick-sentences.test.ts
// holds the spans equal to retext-dutch's on the corpus and on random strings.
import { kindOf, referenceSentenceSpans, WHITE_SPACE, WORD } from './dutch-parse';
import { memoByWord } from './memo';

export const LINE_FEED = 10;
export const CARRIAGE_RETURN = 13;

/** What a stretch with a sentence mark does before a capital: nothing, end the sentence, or something else. */
export const JOINS = 0;
export const ENDS = 1;
export const UNKNOWN = 2;

/**
 * Learnt from the library: the stretch at the start of a text and after a word (a sentence part
 * before its mark that has no word is merged away, so what comes before may count). Both must agree.
 */
const outcomeOf = memoByWord((stretch: string): number => {
  const alone = referenceSentenceSpans(`${stretch} A`);
  const afterWord = referenceSentenceSpans(`a ${stretch} A`);
  const n = stretch.length;
  if (alone.length === 2 && afterWord.length === 2) return JOINS;
  const endsAlone = alone.length === 4 && alone[0] === 0 && alone[1] === n && alone[2] === n + 1;
  const endsAfterWord = afterWord.length === 4 && afterWord[0] === 0 && afterWord[1] === n + 2 && afterWord[2] === n + 3;
  return endsAlone && endsAfterWord ? ENDS : UNKNOWN;
}, 10_000);

export const isSentenceMark = (code: number): boolean => code === 46 || code === 63 || code === 33 || code === 0x2026 || code === 0x203d;
const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;
const isUpperAsciiOrDigit = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/**
 * What the parse does after a stretch of non-space text that holds a sentence mark and a word
 * (text[runStart, runEnd)): JOINS (the sentence goes on), ENDS (it ends with the stretch) or
 * UNKNOWN (only the full parse can tell).
 */
export function stretchOutcome(text: string, runStart: number, runEnd: number): number {
  const outcome = outcomeOf(text.slice(runStart, runEnd));
  if (outcome !== ENDS) return outcome;
  const length = text.length;
  let next = runEnd;
  while (next < length && kindOf(text.charCodeAt(next)) === WHITE_SPACE) next++;
  if (next >= length) return ENDS;
  const first = text.charCodeAt(next);
  // A small letter goes on with the sentence, a capital or a digit starts the next; anything
  // else (a bracket, a quote, an accented capital) is left to the full parse.
  if (isLowerAscii(first)) return JOINS;
  return isUpperAsciiOrDigit(first) ? ENDS : UNKNOWN;
}

/**
 * Start and end offsets of every sentence, flat ([start0, end0, start1, end1, ...]), or null when
 * only the full parse can tell. analyse.ts reads the words in the same scan (quickAnalysis); this
 * is the same walk without them, for the tests that hold it equal to retext-dutch.
 */
export function quickSentenceSpans(text: string): number[] | null {
  const spans: number[] = [];
  const length = text.length;
  let sentenceStart = -1;
  let lastRunEnd = -1;
  let i = 0;
  while (i < length) {
    // White space. A blank line inside a sentence breaks it, and a carriage return counts lines its
    // own way: both are rare inside one block.
    let lineBreaks = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (kindOf(code) !== WHITE_SPACE) break;
      if (code === CARRIAGE_RETURN) return null;
      if (code === LINE_FEED) lineBreaks++;
      i++;
    }
    if (i >= length) break;
    if (lineBreaks >= 2 && sentenceStart >= 0) return null;
    const runStart = i;
    let hasMark = false;
    let hasWord = false;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return null;
      const kind = kindOf(code);
      if (kind === WHITE_SPACE) break;
      if (kind === WORD) hasWord = true;
      else if (isSentenceMark(code)) hasMark = true;
      i++;
    }
    const runEnd = i;
    if (sentenceStart < 0) sentenceStart = runStart;
    lastRunEnd = runEnd;
    if (!hasMark) continue;
    // A stretch of marks alone ("...", "?!") belongs to whichever sentence has words around it.
    if (!hasWord) return null;
    const outcome = stretchOutcome(text, runStart, runEnd);
    if (outcome === JOINS) continue;
    if (outcome === UNKNOWN) return null;
    spans.push(sentenceStart, runEnd);
    sentenceStart = -1;
  }
  if (sentenceStart >= 0) spans.push(sentenceStart, lastRunEnd);
  return spans;
}
