// Empty sentence frames ("het is van belang dat", "er wordt naar gestreefd om", "acht het
// wenselijk"): word patterns from dictionaries/nl/word-lists/frames.json, matched on the tokens of
// one clause. A frame has no fixed replacement, so it is advice only.
import type { Token } from '../analyse';
import { frameList } from '../dictionary/word-lists';
import { wordClass } from './word-classes';

type Choice = Array<string | RegExp>;

/** One place in a pattern: the words (or word rows) that may stand there. */
interface Slot {
  optional: boolean;
  choices: Choice[];
  /** The choices that open with a written-out word, by that word: one lookup instead of a loop over them all. */
  byFirstWord: Map<string, Choice[]>;
  /** The choices that open with a regular expression. */
  patterns: Choice[];
}

export interface Frame {
  id: string;
  advice: string;
  slots: Slot[];
  /**
   * The words of the last required place after the first, when it is written out: a sentence
   * without any of them cannot hold the frame, so the search skips it without trying the
   * optional places one by one. Null when there is no such place.
   */
  anchor: Set<string> | null;
  /** Per place: whether it and every place after it are optional. */
  optionalFrom: boolean[];
}

/**
 * One written-out word of each choice of the last required place (after the first) that has one
 * in every choice. Of a word row the longest word: "belang" of "van belang" is rarer than "van",
 * and any word of the row must stand in a sentence that holds it.
 */
function anchorOf(slots: Slot[]): Set<string> | null {
  for (let s = slots.length - 1; s > 0; s--) {
    const slot = slots[s]!;
    if (slot.optional) continue;
    const words: string[] = [];
    for (const choice of slot.choices) {
      let longest: string | null = null;
      for (const w of choice) if (typeof w === 'string' && (longest === null || w.length >= longest.length)) longest = w;
      if (longest === null) break;
      words.push(longest);
    }
    if (words.length === slot.choices.length) return new Set(words);
  }
  return null;
}

function slotOf(optional: boolean, choices: Choice[]): Slot {
  const byFirstWord = new Map<string, Choice[]>();
  const patterns: Choice[] = [];
  for (const choice of choices) {
    const first = choice[0]!;
    if (typeof first === 'string') byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), choice]);
    else patterns.push(choice);
  }
  return { optional, choices, byFirstWord, patterns };
}

export function compileFrame(id: string, pattern: string, advice: string): Frame {
  const slots = pattern.split(/\s+/u).map((raw): Slot => {
    const optional = raw.startsWith('?');
    const body = optional ? raw.slice(1) : raw;
    // "~..." makes the whole place one regular expression for one word (it may hold '|' itself).
    if (body.startsWith('~')) return slotOf(optional, [[new RegExp(`^(?:${body.slice(1)})`, 'u')]]);
    return slotOf(optional, body.split('|').map((choice) => choice.split('_').map((w) => w.toLowerCase())));
  });
  const optionalFrom = slots.map((_, s) => slots.slice(s).every((slot) => slot.optional));
  return { id, advice, slots, anchor: anchorOf(slots), optionalFrom };
}

const wordFits = (want: string | RegExp, token: Token): boolean => (typeof want === 'string' ? token.lower === want : want.test(token.lower));

/**
 * End (exclusive) of the longest match of slots[s..] from token i, or -1. Words of one frame stand
 * in one clause: after a word with punctuation behind it (a comma, a bracket) only optional places
 * may follow, and they are left empty.
 */
function matchFrom(frame: Frame, s: number, tokens: Token[], i: number, end: number): number {
  const { slots } = frame;
  if (s === slots.length) return i;
  if (i > 0 && s > 0 && tokens[i - 1]!.after !== '') return frame.optionalFrom[s] ? i : -1;
  const slot = slots[s]!;
  let best = -1;
  // (The longest match wins, so the order in which the choices are tried does not matter.)
  if (i < end) {
    const written = slot.byFirstWord.get(tokens[i]!.lower);
    if (written) best = matchChoices(frame, s, written, tokens, i, end, best);
    if (slot.patterns.length > 0) best = matchChoices(frame, s, slot.patterns, tokens, i, end, best);
  }
  if (slot.optional) {
    const skipped = matchFrom(frame, s + 1, tokens, i, end);
    if (skipped > best) best = skipped;
  }
  return best;
}

/** The longest match of the choices of place s at token i and the places after it, or `best` when none is longer. */
function matchChoices(frame: Frame, s: number, choices: readonly Choice[], tokens: Token[], i: number, end: number, best: number): number {
  for (const choice of choices) {
    if (i + choice.length > end) continue;
    let ok = true;
    for (let k = 0; k < choice.length && ok; k++) {
      ok = wordFits(choice[k]!, tokens[i + k]!) && (k === 0 || tokens[i + k - 1]!.after === '');
    }
    if (!ok) continue;
    const rest = matchFrom(frame, s + 1, tokens, i + choice.length, end);
    if (rest > best) best = rest;
  }
  return best;
}

/** End (exclusive) of the longest match of one frame that starts at token i, or -1. */
export function frameEnd(frame: Frame, tokens: Token[], i: number, end: number): number {
  return matchFrom(frame, 0, tokens, i, end);
}

export interface FrameMatch {
  frame: Frame;
  from: number;
  /** Exclusive token index. */
  to: number;
}

interface CompiledFrames {
  frames: Frame[];
  /** Frame numbers keyed by every word their first place accepts. */
  byFirst: Map<string, number[]>;
  /** Per anchor word, the numbers of the frames whose anchor holds it. */
  byAnchorWord: Map<string, number[]>;
  /** Per frame number, the search (see findFrames) that last found one of its anchor words. */
  anchorSeen: Int32Array;
}

let compiled: CompiledFrames | null = null;
/** Numbers the searches of findFrames, so anchorSeen needs no clearing between them. */
let search = 0;

function compiledFrames(): CompiledFrames {
  if (compiled) return compiled;
  const byFirst = new Map<string, number[]>();
  const byAnchorWord = new Map<string, number[]>();
  const frames = frameList().map((entry) => compileFrame(entry.id, entry.pattern, entry.advice));
  frames.forEach((frame, number) => {
    const first = frame.slots[0]!;
    for (const choice of first.choices) {
      const key = choice[0];
      // Frames are looked up by their first word, so that word must be written out.
      if (first.optional || typeof key !== 'string') throw new Error(`frame ${frame.id}: de eerste plaats moet een vast woord zijn`);
      const list = byFirst.get(key) ?? [];
      if (!list.includes(number)) list.push(number);
      byFirst.set(key, list);
    }
    for (const word of frame.anchor ?? []) byAnchorWord.set(word, [...(byAnchorWord.get(word) ?? []), number]);
  });
  compiled = { frames, byFirst, byAnchorWord, anchorSeen: new Int32Array(frames.length) };
  return compiled;
}

/** Words that open a frame, and words of a frame's anchor (see Frame.anchor). */
export const C_FRAME_FIRST = wordClass((lower) => compiledFrames().byFirst.has(lower));
const C_FRAME_ANCHOR = wordClass((lower) => compiledFrames().byAnchorWord.has(lower));
const NONE: readonly FrameMatch[] = Object.freeze([]);

/**
 * Frames in tokens[from, to): the longest match at each start, never overlapping. `classes` are
 * the tokens' word classes (word-classes.ts).
 */
export function findFrames(tokens: Token[], classes: Int32Array, from: number, to: number): readonly FrameMatch[] {
  const { frames, byFirst, byAnchorWord, anchorSeen } = compiledFrames();
  let found: FrameMatch[] | null = null;
  // The anchors present in these tokens are marked once, on the first frame that has an anchor:
  // one lookup per word, where a set of the sentence's words cost a tenth of the jargon rule.
  let marked = false;
  search = (search + 1) | 0;
  if (search === 0) {
    anchorSeen.fill(0);
    search = 1;
  }
  const current = search;
  for (let i = from; i < to; i++) {
    if ((classes[i]! & C_FRAME_FIRST) === 0) continue;
    const candidates = byFirst.get(tokens[i]!.lower);
    if (!candidates) continue;
    let best: FrameMatch | null = null;
    for (const number of candidates) {
      const frame = frames[number]!;
      if (frame.anchor) {
        if (!marked) {
          for (let k = from; k < to; k++) {
            if ((classes[k]! & C_FRAME_ANCHOR) === 0) continue;
            const numbers = byAnchorWord.get(tokens[k]!.lower);
            if (numbers) for (const n of numbers) anchorSeen[n] = current;
          }
          marked = true;
        }
        if (anchorSeen[number] !== current) continue;
      }
      const end = frameEnd(frame, tokens, i, to);
      if (end > i + 1 && (!best || end > best.to)) best = { frame, from: i, to: end };
    }
    if (best) {
      (found ??= []).push(best);
      i = best.to - 1;
    }
  }
  return found ?? NONE;
}
