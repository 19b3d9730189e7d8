// Reads one block into the tokens and sentences that every rule reads. A token is a word as a
// reader sees it: a run of non-space text without its surrounding punctuation ("3,5",
// "Wmo-consulent", "o.a"). Ordinary prose is read in one scan of its characters, sentences and
// words together (quickAnalysis); any block whose sentences only the parser can tell is parsed as
// retext-dutch does (dutch-parse.ts) and its sentences walked for their words.
import type { Root, Paragraph } from 'nlcst';
import type { BlockKind } from './model';
import { wordSet } from './dictionary/word-lists';
import { kindOf, parseDutch, WHITE_SPACE } from './dutch-parse';
import { ENDS_SENTENCE, FULL_PARSE, NO_MORE, SentenceRuns } from './quick-sentences';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index in Analysis.tokens. */
  index: number;
  sentence: number;
  /** Punctuation directly before and after the word (no space in between). */
  before: string;
  after: string;
  hasLetter: boolean;
}

export interface SentenceSpan {
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  endToken: number;
}

export interface Analysis {
  text: string;
  kind: BlockKind;
  tokens: Token[];
  sentences: SentenceSpan[];
  /**
   * A line of this block ended in ':' or ';' ("Verder is het belangrijk dat:"): the lines after it
   * are items of a list typed without markers, so each line break ends a sentence, even before a
   * small letter. Kept across the parser's sentences of the block. Also set for a block of three or
   * more lines none of which ends like a sentence: prose that wraps ends in a full stop somewhere.
   */
  listLines?: boolean;
}

const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;
const LETTER = /\p{L}/u;

export function parseBlock(text: string): Root {
  return parseDutch(text);
}

/** An ASCII letter or digit: the common case, answered without a Unicode regex. */
function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Offset of the first letter or digit in text[from, to), or `to`: ASCII by hand, the rest by LEADING. */
function wordStart(text: string, from: number, to: number): number {
  let at = from;
  while (at < to) {
    const code = text.charCodeAt(at);
    if (code >= 128) {
      const lead = LEADING.exec(text.slice(at, to));
      return lead ? at + lead[0].length : at;
    }
    if (isAsciiAlnum(code)) return at;
    at++;
  }
  return to;
}

/** Offset after the last letter or digit in text[from, to) (from holds one): ASCII by hand, the rest by TRAILING. */
function wordEnd(text: string, from: number, to: number): number {
  let at = to;
  while (at > from) {
    const code = text.charCodeAt(at - 1);
    if (code >= 128) {
      const trail = TRAILING.exec(text.slice(from, at));
      return trail ? at - trail[0].length : at;
    }
    if (isAsciiAlnum(code)) return at;
    at--;
  }
  return from;
}

// What a scan of a word's characters found (wordTraits), as bits.
const HAS_LETTER = 1;
/** An ASCII capital or any non-ASCII character: the lower-case form may differ. */
const MAY_CHANGE_CASE = 2;

/** HAS_LETTER and MAY_CHANGE_CASE of a word: ASCII by hand, the rest by LETTER. */
function wordTraits(word: string): number {
  let traits = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) return MAY_CHANGE_CASE | ((traits & HAS_LETTER) !== 0 || LETTER.test(word) ? HAS_LETTER : 0);
    if (code >= 65 && code <= 90) traits |= HAS_LETTER | MAY_CHANGE_CASE;
    else if (code >= 97 && code <= 122) traits |= HAS_LETTER;
  }
  return traits;
}

/**
 * The word in text[start, end) (a stretch between white space) without the punctuation around it;
 * nothing for a stretch without a letter or digit.
 */
function pushRun(analysis: Analysis, sentence: number, start: number, end: number): void {
  if (end <= start) return;
  const { text } = analysis;
  const from = wordStart(text, start, end);
  if (from >= end) return;
  const to = wordEnd(text, from, end);
  const word = text.slice(from, to);
  const traits = wordTraits(word);
  analysis.tokens.push({
    text: word,
    // Most words are written in small ASCII letters: the same string, not a copy per word.
    lower: traits & MAY_CHANGE_CASE ? word.toLowerCase() : word,
    start: from,
    end: to,
    index: analysis.tokens.length,
    sentence,
    before: from === start ? '' : text.slice(start, from),
    after: to === end ? '' : text.slice(to, end),
    hasLetter: (traits & HAS_LETTER) !== 0,
  });
}

/**
 * One sentence, from its start to its end offset. Its words are the stretches between white space
 * (the characters parse-dutch's tokenizer reads as white space): inside a sentence of the parse
 * those are exactly its white space nodes, and the quick sentence spans need no nodes at all.
 */
function walkSentence(analysis: Analysis, start: number, end: number): void {
  const { text } = analysis;
  const sentenceIndex = -1;
  const firstToken = analysis.tokens.length;
  // Tokens that follow a line break: a letterhead, a date line or a line without final punctuation
  // ends there when the next line starts with a capital or a number. Token indexes in increasing
  // order (arrays read with a cursor below: most sentences have none, and a Set per sentence
  // showed in profiles of the full check).
  const afterLineBreak: number[] = [];
  /** Line breaks between list items typed without markers (see Analysis.listLines). */
  const listBreaks: number[] = [];
  let i = start;
  while (i < end) {
    const spaceStart = i;
    let lineBreak = false;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (kindOf(code) !== WHITE_SPACE) break;
      if (code === 10) lineBreak = true;
      i++;
    }
    if (lineBreak) lineBreakBefore(analysis, firstToken, spaceStart, afterLineBreak, listBreaks);
    const runStart = i;
    while (i < end && kindOf(text.charCodeAt(i)) !== WHITE_SPACE) i++;
    pushRun(analysis, sentenceIndex, runStart, i);
  }
  splitPieces(analysis, start, end, firstToken, afterLineBreak, listBreaks);
}

/** A line break in the white space (from spaceStart) before the next word of a sentence. */
function lineBreakBefore(analysis: Analysis, firstToken: number, spaceStart: number, afterLineBreak: number[], listBreaks: number[]): void {
  const { tokens } = analysis;
  afterLineBreak.push(tokens.length);
  const before = tokens[tokens.length - 1];
  if (before && before.index >= firstToken && /[:;]\s*$/.test(analysis.text.slice(before.end, spaceStart))) analysis.listLines = true;
  if (analysis.listLines) listBreaks.push(tokens.length);
}

const NONE: readonly number[] = [];

/**
 * The analysis of ordinary prose in one scan of its characters: the sentences of the parse as
 * quickSentenceSpans finds them (the same SentenceRuns) and, in the same pass, the words
 * walkSentence would read from each. Null where quickSentenceSpans gives null: the full parse decides.
 */
function quickAnalysis(text: string, kind: BlockKind): Analysis | null {
  const analysis: Analysis = { text, kind, tokens: [], sentences: [] };
  if (isLineList(text)) analysis.listLines = true;
  const { tokens } = analysis;
  // The first token of the parse's sentence being read, and its line breaks (see walkSentence).
  let firstToken = 0;
  let afterLineBreak: number[] | null = null;
  let listBreaks: number[] | null = null;
  const runs = new SentenceRuns(text);
  for (let step = runs.next(); step !== NO_MORE; step = runs.next()) {
    if (step === FULL_PARSE) return null;
    if (runs.sentenceStart === runs.runStart) {
      firstToken = tokens.length;
      afterLineBreak = null;
      listBreaks = null;
    } else if (runs.lineBreaks > 0) {
      afterLineBreak ??= [];
      listBreaks ??= [];
      lineBreakBefore(analysis, firstToken, runs.spaceStart, afterLineBreak, listBreaks);
    }
    pushRun(analysis, -1, runs.runStart, runs.runEnd);
    if (step === ENDS_SENTENCE) splitPieces(analysis, runs.sentenceStart, runs.runEnd, firstToken, afterLineBreak ?? NONE, listBreaks ?? NONE);
  }
  if (runs.sentenceStart >= 0) splitPieces(analysis, runs.sentenceStart, runs.runEnd, firstToken, afterLineBreak ?? NONE, listBreaks ?? NONE);
  return analysis;
}

/**
 * Ends one sentence of the parse (tokens from firstToken on, offsets start to end) as the sentences
 * a reader sees: parse-dutch reads "u." and "€5." as abbreviations and joins the next sentence, and
 * a line break before a capital or a number ends a letterhead line. `afterLineBreak` and
 * `listBreaks` hold token indexes in increasing order (see walkSentence).
 */
function splitPieces(analysis: Analysis, start: number, end: number, firstToken: number, afterLineBreak: readonly number[], listBreaks: readonly number[]): void {
  const endToken = analysis.tokens.length;
  if (endToken === firstToken) return;
  let pieceStart = firstToken;
  let pieceOffset = start;
  let lineBreakAt = 0;
  let listBreakAt = 0;
  for (let k = firstToken; k < endToken - 1; k++) {
    const token = analysis.tokens[k]!;
    const next = analysis.tokens[k + 1]!;
    while (lineBreakAt < afterLineBreak.length && afterLineBreak[lineBreakAt]! < k + 1) lineBreakAt++;
    while (listBreakAt < listBreaks.length && listBreaks[listBreakAt]! < k + 1) listBreakAt++;
    const afterBreak = afterLineBreak[lineBreakAt] === k + 1;
    const listBreak = listBreaks[listBreakAt] === k + 1;
    if (((endsSentence(token) || digitEndsSentence(analysis, k, pieceStart)) && /^\p{Lu}/u.test(next.text)) || (afterBreak && /^[\p{Lu}\p{N}]/u.test(next.text)) || listBreak) {
      const index = analysis.sentences.length;
      for (let m = pieceStart; m <= k; m++) analysis.tokens[m]!.sentence = index;
      analysis.sentences.push({ start: pieceOffset, end: token.end + token.after.length, firstToken: pieceStart, endToken: k + 1 });
      pieceStart = k + 1;
      pieceOffset = next.start - next.before.length;
    }
  }
  const index = analysis.sentences.length;
  for (let k = pieceStart; k < endToken; k++) analysis.tokens[k]!.sentence = index;
  analysis.sentences.push({ start: pieceOffset, end, firstToken: pieceStart, endToken });
}

// Abbreviations after which a capital does not start a new sentence (titles, "nr. 5", initials).
const NO_BREAK = wordSet('abbreviations', 'noSentenceBreak');

/** Words before a number that name a part ("Artikel 1. Begripsbepalingen"): the digit's stop is not a sentence end. */
const NUMBERING = new Set(['artikel', 'art', 'lid', 'hoofdstuk', 'paragraaf', 'bijlage', 'stap', 'fase', 'nr', 'nummer', 'deel', 'onderdeel', 'punt', 'vraag']);

function endsSentence(token: Token): boolean {
  // ".", "!" or "?" first; charCodeAt of an empty string is NaN, so most words stop here cheaply.
  const mark = token.after.charCodeAt(0);
  if (mark !== 46 && mark !== 33 && mark !== 63) return false;
  if (token.after[0] !== '.') return true;
  if (token.text.includes('.') || NO_BREAK.has(token.lower)) return false;
  return token.lower === 'u' || token.text.length > 1;
}

/**
 * A single digit with a full stop ends the sentence ("... in De Linde, Kerkplein 4. U kunt ..."):
 * not at the start of a sentence, where it numbers an item, nor in a heading or after a word that
 * numbers a part.
 */
function digitEndsSentence(analysis: Analysis, k: number, pieceStart: number): boolean {
  const token = analysis.tokens[k]!;
  if (token.text.length !== 1 || token.after[0] !== '.' || !/\d/.test(token.text)) return false;
  return analysis.kind !== 'heading' && k > pieceStart && !NUMBERING.has(analysis.tokens[k - 1]!.lower);
}

const SENTENCE_END = /[.!?]["'”’)\]]*$/u;

function isLineList(text: string): boolean {
  const first = text.indexOf('\n');
  if (first < 0 || text.indexOf('\n', first + 1) < 0) return false;
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  return lines.length >= 3 && !lines.some((line) => SENTENCE_END.test(line));
}

/** Start and end offsets of every sentence of a parse tree, flat ([start0, end0, start1, end1, ...]). */
export function treeSentenceSpans(tree: Root): number[] {
  const spans: number[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as Paragraph).children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = sentence.position?.start.offset ?? 0;
      spans.push(start, sentence.position?.end.offset ?? start);
    }
  }
  return spans;
}

function analyseSpans(text: string, kind: BlockKind, spans: readonly number[]): Analysis {
  const analysis: Analysis = { text, kind, tokens: [], sentences: [] };
  if (isLineList(text)) analysis.listLines = true;
  for (let k = 0; k < spans.length; k += 2) walkSentence(analysis, spans[k]!, spans[k + 1]!);
  return analysis;
}

export function analyseTree(text: string, kind: BlockKind, tree: Root): Analysis {
  return analyseSpans(text, kind, treeSentenceSpans(tree));
}

/** Ordinary prose needs no parse tree for its sentences (quick-sentences.ts); anything else gets the full parse. */
export function analyseBlock(text: string, kind: BlockKind): Analysis {
  return quickAnalysis(text, kind) ?? analyseTree(text, kind, parseBlock(text));
}

/** Tokens of one sentence. */
export function sentenceTokens(analysis: Analysis, sentence: SentenceSpan): Token[] {
  return analysis.tokens.slice(sentence.firstToken, sentence.endToken);
}
