// The resident word lookup over the built-in dictionaries and word lists. Apart from
// resident-words.ts so that module stays data-free; the renderer loads this one only in panel mode.
import { builtinDictionary } from '../checker/dictionary/builtin';
import { phraseList, wordSet } from '../checker/dictionary/word-lists';
import { residentWords, type ResidentWords } from './resident-words';

let lookup: ResidentWords | null = null;

/** Built once, on first use. */
export function builtinResidentWords(): ResidentWords {
  if (lookup) return lookup;
  const dictionary = builtinDictionary();
  const writeOut = phraseList('writeOut');
  const shortForms = new Map<string, string>();
  for (const key of wordSet('abbreviations', 'everydayShortForms')) {
    const plain = writeOut.get(key);
    if (plain) shortForms.set(key, plain);
  }
  lookup = residentWords({
    terms: dictionary.terms,
    abbreviations: dictionary.abbreviations,
    knownShortNames: wordSet('abbreviations', 'plainCapitals'),
    shortForms,
  });
  return lookup;
}
