// Word classes the rules test on every token ("a form of worden", "a clause word", "a participle",
// "can start a listed phrase"), answered with one lookup per token for all rules together. Each
// class is a bit; the bits of a word are worked out once per distinct word and dictionary and
// remembered, and the bits of a block's tokens once per block. A full check used to make some
// twenty Set, Map and memo lookups per token, one or more in every rule, on words that nearly
// always belonged to no class at all; a lookup by a word of the text costs more than the rest of
// what most rules do with that word.
import type { Analysis } from '../analyse';
import type { CompiledDictionary } from '../dictionary/matcher';

type ClassTest = (lower: string, dictionary: CompiledDictionary) => boolean;

const tests: ClassTest[] = [];
/** Bits per lower-case word, per dictionary (the classes of a listed term depend on it). */
let known = new WeakMap<CompiledDictionary, Map<string, number>>();
const LIMIT = 50_000;

/**
 * A bit for the words (lower case) for which `test` holds. Called at module load: the test must be
 * pure, and may only read lists that are complete when it is registered.
 */
export function wordClass(test: ClassTest): number {
  // Bit 31 would make the numbers negative; 31 classes are plenty.
  if (tests.length >= 31) throw new Error('word-classes: meer dan 31 woordklassen');
  tests.push(test);
  known = new WeakMap();
  return 1 << (tests.length - 1);
}

/** A bit for the words of a list. */
export function wordClassOf(words: ReadonlySet<string>): number {
  return wordClass((lower) => words.has(lower));
}

function memoOf(dictionary: CompiledDictionary): Map<string, number> {
  let memo = known.get(dictionary);
  if (!memo) {
    memo = new Map();
    known.set(dictionary, memo);
  }
  return memo;
}

function classesIn(memo: Map<string, number>, lower: string, dictionary: CompiledDictionary): number {
  let bits = memo.get(lower);
  if (bits === undefined) {
    bits = 0;
    for (let b = 0; b < tests.length; b++) if (tests[b]!(lower, dictionary)) bits |= 1 << b;
    if (memo.size >= LIMIT) memo.clear();
    memo.set(lower, bits);
  }
  return bits;
}

/** The class bits of one lower-case word. */
export function classesOf(lower: string, dictionary: CompiledDictionary): number {
  return classesIn(memoOf(dictionary), lower, dictionary);
}

// The rules of one block run one after the other on the same analysis: one slot is enough.
let lastAnalysis: Analysis | null = null;
let lastDictionary: CompiledDictionary | null = null;
let lastBits = new Int32Array(0);

/** The class bits of every token of a block, by token index. Read them, do not change them. */
export function tokenClasses(analysis: Analysis, dictionary: CompiledDictionary): Int32Array {
  if (analysis === lastAnalysis && dictionary === lastDictionary) return lastBits;
  const { tokens } = analysis;
  const memo = memoOf(dictionary);
  const bits = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) bits[i] = classesIn(memo, tokens[i]!.lower, dictionary);
  lastAnalysis = analysis;
  lastDictionary = dictionary;
  lastBits = bits;
  return bits;
}
