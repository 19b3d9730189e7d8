// Word lists the rules need (fillers, short forms to write out, participle look-alikes, ...),
// kept as data in dictionaries/nl/word-lists/ so an organisation can read and extend them.
// Validated with zod once, when a rule first asks for a list.
import { z } from 'zod';
import abbreviations from '../../../dictionaries/nl/word-lists/abbreviations.json' with { type: 'json' };
import agreement from '../../../dictionaries/nl/word-lists/agreement.json' with { type: 'json' };
import bureaucraticParts from '../../../dictionaries/nl/word-lists/bureaucratic-parts.json' with { type: 'json' };
import commonWords from '../../../dictionaries/nl/word-lists/common-words.json' with { type: 'json' };
import fillers from '../../../dictionaries/nl/word-lists/fillers.json' with { type: 'json' };
import frames from '../../../dictionaries/nl/word-lists/frames.json' with { type: 'json' };
import nominalisation from '../../../dictionaries/nl/word-lists/nominalisation.json' with { type: 'json' };
import nouns from '../../../dictionaries/nl/word-lists/nouns.json' with { type: 'json' };
import partGlosses from '../../../dictionaries/nl/word-lists/part-glosses.json' with { type: 'json' };
import passive from '../../../dictionaries/nl/word-lists/passive.json' with { type: 'json' };
import supportVerbPlain from '../../../dictionaries/nl/word-lists/support-verb-plain.json' with { type: 'json' };
import supportVerbs from '../../../dictionaries/nl/word-lists/support-verbs.json' with { type: 'json' };
import writeOut from '../../../dictionaries/nl/word-lists/write-out.json' with { type: 'json' };
import { DictionaryError } from './loader';

const word = z.string().trim().min(1, 'mag niet leeg zijn');

export const phraseListSchema = z.strictObject({
  kind: z.literal('phrase-list'),
  name: word,
  description: word,
  /** plain '' means: leave the phrase out, or, with advice, that no replacement always fits. */
  entries: z.array(z.strictObject({ phrase: word, plain: z.string(), advice: word.optional() })),
});

export const wordSetsSchema = z.strictObject({
  kind: z.literal('word-sets'),
  name: word,
  description: word,
  sets: z.record(z.string(), z.array(word)),
});

/** Empty sentence frames as word patterns (syntax in the file's description), with advice. */
export const frameListSchema = z.strictObject({
  kind: z.literal('frame-list'),
  name: word,
  description: word,
  entries: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id moet een slug zijn'), pattern: word, advice: word })),
});

export type PhraseList = z.infer<typeof phraseListSchema>;
export type WordSets = z.infer<typeof wordSetsSchema>;

export const WORD_LIST_FILES = {
  abbreviations: { file: 'dictionaries/nl/word-lists/abbreviations.json', value: abbreviations as unknown },
  agreement: { file: 'dictionaries/nl/word-lists/agreement.json', value: agreement as unknown },
  bureaucraticParts: { file: 'dictionaries/nl/word-lists/bureaucratic-parts.json', value: bureaucraticParts as unknown },
  commonWords: { file: 'dictionaries/nl/word-lists/common-words.json', value: commonWords as unknown },
  fillers: { file: 'dictionaries/nl/word-lists/fillers.json', value: fillers as unknown },
  frames: { file: 'dictionaries/nl/word-lists/frames.json', value: frames as unknown },
  nominalisation: { file: 'dictionaries/nl/word-lists/nominalisation.json', value: nominalisation as unknown },
  nouns: { file: 'dictionaries/nl/word-lists/nouns.json', value: nouns as unknown },
  partGlosses: { file: 'dictionaries/nl/word-lists/part-glosses.json', value: partGlosses as unknown },
  passive: { file: 'dictionaries/nl/word-lists/passive.json', value: passive as unknown },
  supportVerbs: { file: 'dictionaries/nl/word-lists/support-verbs.json', value: supportVerbs as unknown },
  supportVerbPlain: { file: 'dictionaries/nl/word-lists/support-verb-plain.json', value: supportVerbPlain as unknown },
  writeOut: { file: 'dictionaries/nl/word-lists/write-out.json', value: writeOut as unknown },
} as const;
type ListName = keyof typeof WORD_LIST_FILES;

const parsed = new Map<ListName, unknown>();

function parse<T>(schema: z.ZodType<T>, name: ListName): T {
  if (parsed.has(name)) return parsed.get(name) as T;
  const { file, value } = WORD_LIST_FILES[name];
  const result = schema.safeParse(value);
  if (!result.success) throw new DictionaryError(file, result.error.issues.map((i) => `${i.path.join('.') || 'bestand'}: ${i.message}`));
  parsed.set(name, result.data);
  return result.data;
}

/** Phrase → plain replacement ('' = leave out). */
export function phraseList(name: ListName): Map<string, string> {
  return new Map(parse(phraseListSchema, name).entries.map((e) => [e.phrase.toLowerCase(), e.plain]));
}

/** Phrase → advice, for the entries that have one (no one-click replacement fits every sentence). */
export function adviceList(name: ListName): Map<string, string> {
  return new Map(parse(phraseListSchema, name).entries.flatMap((e) => (e.advice ? [[e.phrase.toLowerCase(), e.advice] as const] : [])));
}

/** One named set of a word-sets file; a missing set is a data error, not an empty set. */
export function wordSet(name: ListName, set: string): Set<string> {
  const words = parse(wordSetsSchema, name).sets[set];
  if (!words) throw new DictionaryError(WORD_LIST_FILES[name].file, [`de lijst "${set}" ontbreekt`]);
  return new Set(words);
}

/** The empty-frame patterns. */
export function frameList(): Array<{ id: string; pattern: string; advice: string }> {
  return parse(frameListSchema, 'frames').entries;
}
