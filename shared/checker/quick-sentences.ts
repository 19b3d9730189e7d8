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

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/** What a stretch with a sentence mark does before a capital: nothing, end the sentence, or something else. */
const JOINS = 0;
const ENDS = 1;
const UNKNOWN = 2;

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

const isSentenceMark = (code: number): boolean => code === 46 || code === 63 || code === 33 || code === 0x2026 || code === 0x203d;
const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;
const isUpperAsciiOrDigit = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/**
 * What the parse does after a stretch of non-space text that holds a sentence mark and a word
 * (text[runStart, runEnd)): JOINS (the sentence goes on), ENDS (it ends with the stretch) or
 * UNKNOWN (only the full parse can tell).
 */
function stretchOutcome(text: string, runStart: number, runEnd: number): number {
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

/** What SentenceRuns.next read: a stretch inside a sentence, one that ends it, the end of the text, or text only the full parse can tell. */
export const IN_SENTENCE = 0;
export const ENDS_SENTENCE = 1;
export const NO_MORE = 2;
export const FULL_PARSE = 3;

/**
 * The walk over a block's stretches of non-space text and the white space before each, that tells
 * where the parse's sentences start and end. quickSentenceSpans keeps only the sentences;
 * analyse.ts's quickAnalysis reads each stretch's word as it comes. One stretch per call to next(),
 * its place in the fields (no callback, no object per stretch: this is the hottest loop of a check).
 */
export class SentenceRuns {
  /** The stretch just read: text[runStart, runEnd). */
  runStart = 0;
  runEnd = 0;
  /** The white space before it: where it starts, and how many line feeds it holds. */
  spaceStart = 0;
  lineBreaks = 0;
  /** Start of the sentence the stretch is in (the stretch opens it when this is runStart); -1 after the last sentence ended. */
  sentenceStart = -1;
  private at = 0;
  private ended = false;

  constructor(readonly text: string) {}

  next(): number {
    const text = this.text;
    const length = text.length;
    if (this.ended) {
      this.sentenceStart = -1;
      this.ended = false;
    }
    let i = this.at;
    const spaceStart = i;
    // White space. A blank line inside a sentence breaks it, and a carriage return counts lines its
    // own way: both are rare inside one block.
    let lineBreaks = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (kindOf(code) !== WHITE_SPACE) break;
      if (code === CARRIAGE_RETURN) return FULL_PARSE;
      if (code === LINE_FEED) lineBreaks++;
      i++;
    }
    if (i >= length) return NO_MORE;
    if (lineBreaks >= 2 && this.sentenceStart >= 0) return FULL_PARSE;
    const runStart = i;
    let hasMark = false;
    let hasWord = false;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return FULL_PARSE;
      const kind = kindOf(code);
      if (kind === WHITE_SPACE) break;
      if (kind === WORD) hasWord = true;
      else if (isSentenceMark(code)) hasMark = true;
      i++;
    }
    this.at = i;
    this.spaceStart = spaceStart;
    this.lineBreaks = lineBreaks;
    this.runStart = runStart;
    this.runEnd = i;
    if (this.sentenceStart < 0) this.sentenceStart = runStart;
    if (!hasMark) return IN_SENTENCE;
    // A stretch of marks alone ("...", "?!") belongs to whichever sentence has words around it.
    if (!hasWord) return FULL_PARSE;
    const outcome = stretchOutcome(text, runStart, i);
    if (outcome === JOINS) return IN_SENTENCE;
    if (outcome === UNKNOWN) return FULL_PARSE;
    this.ended = true;
    return ENDS_SENTENCE;
  }
}

/**
 * Start and end offsets of every sentence, flat ([start0, end0, start1, end1, ...]), or null when
 * only the full parse can tell: SentenceRuns without the words, for the tests that hold it equal
 * to retext-dutch.
 */
export function quickSentenceSpans(text: string): number[] | null {
  const spans: number[] = [];
  const runs = new SentenceRuns(text);
  for (let step = runs.next(); step !== NO_MORE; step = runs.next()) {
    if (step === FULL_PARSE) return null;
    if (step === ENDS_SENTENCE) spans.push(runs.sentenceStart, runs.runEnd);
  }
  if (runs.sentenceStart >= 0) spans.push(runs.sentenceStart, runs.runEnd);
  return spans;
}
