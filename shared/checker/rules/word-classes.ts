// Word classes the rules test on every token ("a form of worden", "a clause word", "a participle",
// "can start a frame"), answered with one lookup per token for all rules together. Each class is
// a bit; the bits of a word are worked out once per distinct word and remembered, and the bits of
// a block's tokens once per block. A full check used to make some twenty Set and memo lookups per
// token, one or more in every rule, on words that nearly always belonged to no class at all.
import type { Analysis } from '../analyse';

const tests: Array<(lower: string) => boolean> = [];
/** Bits per lower-case word. Emptied when full, as memoByWord does. */
const known = new Map<string, number>();
const LIMIT = 50_000;

/**
 * A bit for the words (lower case) for which `test` holds. Called at module load: the test must be
 * pure, and may only read lists that are complete when it is registered.
 */
export function wordClass(test: (lower: string) => boolean): number {
  // Bit 31 would make the numbers negative; 31 classes are plenty.
  if (tests.length >= 31) throw new Error('word-classes: meer dan 31 woordklassen');
  tests.push(test);
  known.clear();
  return 1 << (tests.length - 1);
}

/** A bit for the words of a list. */
export function wordClassOf(words: ReadonlySet<string>): number {
  return wordClass((lower) => words.has(lower));
}

/** The class bits of one lower-case word. */
export function classesOf(lower: string): number {
  let bits = known.get(lower);
  if (bits === undefined) {
    bits = 0;
    for (let b = 0; b < tests.length; b++) if (tests[b]!(lower)) bits |= 1 << b;
    if (known.size >= LIMIT) known.clear();
    known.set(lower, bits);
  }
  return bits;
}

// The rules of one block run one after the other on the same analysis: one slot is enough.
let lastAnalysis: Analysis | null = null;
let lastBits = new Int32Array(0);

/** The class bits of every token of a block, by token index. Read them, do not change them. */
export function tokenClasses(analysis: Analysis): Int32Array {
  if (analysis === lastAnalysis) return lastBits;
  const { tokens } = analysis;
  const bits = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) bits[i] = classesOf(tokens[i]!.lower);
  lastAnalysis = analysis;
  lastBits = bits;
  return bits;
}
