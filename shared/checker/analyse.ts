// Parses one block as retext-dutch does (dutch-parse.ts) and flattens the NLCST tree, in a single walk, into
// the tokens and sentences that every rule reads. A token is a word as a reader sees it:
// a run of non-space text without its surrounding punctuation ("3,5", "Wmo-consulent", "o.a").
import type { Root, Paragraph } from 'nlcst';
import type { BlockKind } from './model';
import { wordSet } from './dictionary/word-lists';
import { kindOf, parseDutch, WHITE_SPACE } from './dutch-parse';
import { quickSentenceSpans } from './quick-sentences';

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
const WORDLIKE = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

export function parseBlock(text: string): Root {
  return parseDutch(text);
}

/** An ASCII letter or digit: the common case, answered without a Unicode regex. */
function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function pushRun(analysis: Analysis, sentence: number, start: number, end: number): void {
  if (end <= start) return;
  const raw = analysis.text.slice(start, end);
  const plainStart = isAsciiAlnum(raw.charCodeAt(0));
  const plainEnd = isAsciiAlnum(raw.charCodeAt(raw.length - 1));
  if (!plainStart && !WORDLIKE.test(raw)) return;
  const lead = plainStart ? null : LEADING.exec(raw);
  const trail = plainEnd ? null : TRAILING.exec(raw);
  const from = lead ? lead[0].length : 0;
  const to = trail ? raw.length - trail[0].length : raw.length;
  const word = from === 0 && to === raw.length ? raw : raw.slice(from, to);
  analysis.tokens.push({
    text: word,
    lower: word.toLowerCase(),
    start: start + from,
    end: start + to,
    index: analysis.tokens.length,
    sentence,
    before: raw.slice(0, from),
    after: raw.slice(to),
    hasLetter: isAsciiLetter(word.charCodeAt(0)) || LETTER.test(word),
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
    if (lineBreak) {
      afterLineBreak.push(analysis.tokens.length);
      const before = analysis.tokens[analysis.tokens.length - 1];
      if (before && before.index >= firstToken && /[:;]\s*$/.test(text.slice(before.end, spaceStart))) analysis.listLines = true;
      if (analysis.listLines) listBreaks.push(analysis.tokens.length);
    }
    const runStart = i;
    while (i < end && kindOf(text.charCodeAt(i)) !== WHITE_SPACE) i++;
    pushRun(analysis, sentenceIndex, runStart, i);
  }
  const endToken = analysis.tokens.length;
  if (endToken === firstToken) return;
  // parse-dutch reads "u." and "€5." as abbreviations and joins the next sentence; split there.
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
  return analyseSpans(text, kind, quickSentenceSpans(text) ?? treeSentenceSpans(parseBlock(text)));
}

/** Tokens of one sentence. */
export function sentenceTokens(analysis: Analysis, sentence: SentenceSpan): Token[] {
  return analysis.tokens.slice(sentence.firstToken, sentence.endToken);
}
