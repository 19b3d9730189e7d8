// Precompiles the layered dictionary into lookup tables so matching costs one Map lookup per
// word: multi-word terms are keyed by (every form of) their first word, single words by every
// inflected form, and compound-capable words sit in a suffix/prefix index for Dutch compounds.
import { inflectWord } from './inflect';
import { separableParts } from './inflect-alternative';
import type { LayeredDictionary } from './layers';
import type { AbbreviationEntry, NominalisationEntry, TermEntry } from './schema';
import { memoByWord } from '../memo';

export interface MultiWordTerm {
  entry: TermEntry;
  /** Accepted lower-case forms per word position. */
  words: Set<string>[];
}

export interface WordMatch {
  entry: TermEntry;
  /** True when the term is part of a longer compound (zorgtraject, beleidskaders). */
  inCompound: boolean;
  /** The term is the last part (the head) of the compound: "zorgtraject" is a kind of traject. */
  head: boolean;
}

export interface CompiledDictionary {
  multiWord: Map<string, MultiWordTerm[]>;
  /**
   * The same terms keyed by their first and then their second word, in the same order (longest
   * first): text matching looks up two words instead of walking every phrase that starts with
   * "in" or "op".
   */
  multiWordByPair: Map<string, Map<string, MultiWordTerm[]>>;
  matchWord(lower: string): WordMatch | null;
  abbreviations: Map<string, AbbreviationEntry>;
  nominalisations: Map<string, NominalisationEntry>;
  allowedLong: Set<string>;
  accepted: Set<string>;
}

/** Normalise one dictionary or text word the same way tokens are normalised. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Abbreviation key: upper case without dots, so Wmo, WMO and W.M.O. are one abbreviation. */
export function abbreviationKey(text: string): string {
  return text.replace(/\./g, '').toUpperCase();
}

const MIN_COMPOUND_REST = 3;
const CACHE_LIMIT = 100_000;

function usesCompounds(entry: TermEntry, word: string): boolean {
  return entry.compound ?? word.length >= 6;
}

/** Forms under which one word of an entry may appear, minus the entry's declared non-forms. */
function formsOf(entry: TermEntry, word: string, notForms: Set<string>): Set<string> {
  const forms = entry.inflect === false ? new Set([word]) : inflectWord(word);
  for (const form of notForms) if (form !== word) forms.delete(form);
  return forms;
}

function pairIndex(multiWord: Map<string, MultiWordTerm[]>): Map<string, Map<string, MultiWordTerm[]>> {
  const byPair = new Map<string, Map<string, MultiWordTerm[]>>();
  for (const [first, terms] of multiWord) {
    const bySecond = new Map<string, MultiWordTerm[]>();
    for (const term of terms) {
      for (const second of term.words[1] ?? []) {
        const list = bySecond.get(second);
        if (list) list.push(term);
        else bySecond.set(second, [term]);
      }
    }
    byPair.set(first, bySecond);
  }
  return byPair;
}

export function compileDictionary(dict: LayeredDictionary): CompiledDictionary {
  const multiWord = new Map<string, MultiWordTerm[]>();
  const single = new Map<string, TermEntry>();
  const suffixes = new Map<string, TermEntry>();
  const prefixes = new Map<string, TermEntry>();
  const accepted = new Set(dict.accepted.map(normaliseWord));

  // Two passes: every written term, variant and listed plural claims its forms first; only then
  // do generated inflections fill the gaps. Otherwise a made-up form of one entry
  // ("mantelzorg" + "-er") would hide another entry's real term ("mantelzorger").
  const claim = (map: Map<string, TermEntry>, form: string, entry: TermEntry): void => {
    if (!map.has(form)) map.set(form, entry);
  };
  const singles: Array<{ entry: TermEntry; word: string; generated: Set<string> }> = [];
  const addMultiWord = (term: MultiWordTerm): void => {
    for (const first of term.words[0] ?? []) {
      const list = multiWord.get(first) ?? [];
      list.push(term);
      list.sort((a, b) => b.words.length - a.words.length);
      multiWord.set(first, list);
    }
  };
  for (const entry of dict.terms) {
    const surface = [entry.term, ...(entry.variants ?? [])];
    const notForms = new Set((entry.notForms ?? []).map(normaliseWord));
    for (const phrase of surface) {
      const words = phrase.split(/\s+/).map(normaliseWord).filter(Boolean);
      if (words.length === 0) continue;
      if (words.length === 1) {
        const word = words[0] as string;
        const written = [word];
        if (entry.forms?.plural) written.push(normaliseWord(entry.forms.plural));
        const compounds = usesCompounds(entry, word);
        for (const form of written) {
          claim(single, form, entry);
          if (compounds) claim(suffixes, form, entry);
        }
        if (compounds) claim(prefixes, word, entry);
        const generated = formsOf(entry, word, notForms);
        for (const form of written) generated.delete(form);
        singles.push({ entry, word, generated });
        // "toe te zenden", "aan te vangen": a separable verb's te-infinitive is three words. Advice
        // only there: a one-word alternative ("sturen") would lose its "te".
        const parts = entry.inflect === false ? null : separableParts(word);
        if (parts) addMultiWord({ entry: { ...entry, oneClick: false }, words: [new Set([parts[0]]), new Set(['te']), new Set([parts[1]])] });
      } else {
        addMultiWord({ entry, words: words.map((w) => formsOf(entry, w, notForms)) });
      }
    }
  }
  for (const { entry, word, generated } of singles) {
    const compounds = usesCompounds(entry, word);
    for (const form of generated) {
      claim(single, form, entry);
      if (compounds) claim(suffixes, form, entry);
    }
  }

  let minSuffix = Infinity;
  for (const key of suffixes.keys()) minSuffix = Math.min(minSuffix, key.length);
  let minPrefix = Infinity;
  for (const key of prefixes.keys()) minPrefix = Math.min(minPrefix, key.length);

  function matchUncached(lower: string): WordMatch | null {
    if (accepted.has(lower)) return null;
    const direct = single.get(lower);
    if (direct) return { entry: direct, inCompound: false, head: true };
    // Longest contained term wins; the rest of the compound must be a plausible word part.
    let best: TermEntry | null = null;
    let bestLength = 0;
    let bestIsHead = false;
    for (let i = MIN_COMPOUND_REST; i <= lower.length - minSuffix; i++) {
      const entry = suffixes.get(lower.slice(i));
      if (entry) {
        best = entry;
        bestLength = lower.length - i;
        bestIsHead = true;
        break;
      }
    }
    for (let j = lower.length - MIN_COMPOUND_REST; j >= minPrefix && j > bestLength; j--) {
      const entry = prefixes.get(lower.slice(0, j));
      if (entry) {
        best = entry;
        bestIsHead = false;
        break;
      }
    }
    if (!best && lower.includes('-')) {
      const parts = lower.split('-');
      for (const [k, part] of parts.entries()) {
        const hit = part.length > 0 ? (single.get(part) ?? null) : null;
        if (hit) return { entry: hit, inCompound: true, head: k === parts.length - 1 };
      }
    }
    return best ? { entry: best, inCompound: true, head: bestIsHead } : null;
  }

  return {
    multiWord,
    multiWordByPair: pairIndex(multiWord),
    matchWord: memoByWord(matchUncached, CACHE_LIMIT),
    abbreviations: new Map(dict.abbreviations.map((a) => [abbreviationKey(a.abbr), a])),
    nominalisations: new Map(
      dict.nominalisations.flatMap((n) => {
        const noun = normaliseWord(n.noun);
        return [
          [noun, n],
          [noun + 'en', n],
          [noun + 's', n],
        ] as Array<[string, NominalisationEntry]>;
      }),
    ),
    allowedLong: new Set([...dict.allowedLong, ...dict.accepted].map(normaliseWord)),
    accepted,
  };
}
