// Is a word one most residents know? Judged by familiarity, not by length: a word is familiar when
// it is on the everyday-Dutch frequency list (dictionaries/nl/word-lists/common-words.json) or in
// the allowed list, after taking off inflection ("voorzieningen" → "voorziening"), a derivational
// ending ("gemeentelijke" → "gemeente") or when it splits into familiar parts, with or without a
// linking s/e/en ("zaterdag|ochtend", "identiteit|s|bewijs").
import { wordSet } from './dictionary/word-lists';
import { memoByWordPerList } from './memo';

const COMMON = wordSet('commonWords', 'common');
const MIN_PART = 3;

function inflectionStems(w: string): string[] {
  const out: string[] = [];
  const push = (s: string): void => {
    if (s.length >= MIN_PART) out.push(s);
  };
  if (w.endsWith("'s")) push(w.slice(0, -2));
  if (w.endsWith('en')) {
    const stem = w.slice(0, -2);
    push(stem);
    // "woningen" → "woning"; "straten" → "straat"; "lessen" → "les"
    if (/([bdfgklmnprst])\1$/.test(stem)) push(stem.slice(0, -1));
    if (/[^aeiou][aeiou][^aeiou]$/.test(stem)) push(stem.slice(0, -2) + stem.charAt(stem.length - 2) + stem.slice(-2));
  }
  if (w.endsWith('s') || w.endsWith('n')) push(w.slice(0, -1));
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    push(stem);
    if (/([bdfgklmnprst])\1$/.test(stem)) push(stem.slice(0, -1));
    if (/[^aeiou][aeiou][^aeiou]$/.test(stem)) push(stem.slice(0, -2) + stem.charAt(stem.length - 2) + stem.slice(-2));
    if (stem.endsWith('v')) push(stem.slice(0, -1) + 'f');
    if (stem.endsWith('z')) push(stem.slice(0, -1) + 's');
  }
  // Comparatives: "intensievere" → "intensief", "grotere" → "groot".
  const comparative = /^(.{3,}?)(?:ere|er)$/.exec(w);
  if (comparative) {
    const base = comparative[1]!;
    push(base);
    if (base.endsWith('v')) push(base.slice(0, -1) + 'f');
  }
  return out;
}

/**
 * True when the word itself (or an inflected form of it) is on the everyday list or the allowed
 * list: stricter than isFamiliar, which also accepts derived words and compounds of known parts.
 * "verzekering" is on it; "huisvesting" and "ontzorging" are not, though "huis" and "zorg" are.
 */
export function onEverydayList(w: string, allowed: ReadonlySet<string>): boolean {
  if (COMMON.has(w) || allowed.has(w)) return true;
  for (const stem of inflectionStems(w)) if (COMMON.has(stem) || allowed.has(stem)) return true;
  return false;
}

const DERIVATIONAL = /(?:lijke|lijk|heden|heid|ingen|ing|ische|isch|bare|baar|schap|erij|ster|ers|er)$/;

function knownWhole(w: string, allowed: ReadonlySet<string>): boolean {
  if (onEverydayList(w, allowed)) return true;
  const derived = DERIVATIONAL.exec(w);
  if (derived && w.length - derived[0].length >= 4) {
    const stem = w.slice(0, -derived[0].length);
    if (COMMON.has(stem) || COMMON.has(stem + 'en') || COMMON.has(stem + 'e')) return true;
  }
  return false;
}

function splits(w: string, allowed: ReadonlySet<string>, depth: number): boolean {
  if (knownWhole(w, allowed)) return true;
  if (depth === 0) return false;
  for (let i = w.length - MIN_PART; i >= MIN_PART; i--) {
    const head = w.slice(i);
    if (!knownWhole(head, allowed)) continue;
    const modifier = w.slice(0, i);
    const candidates = [modifier];
    if (modifier.endsWith('s')) candidates.push(modifier.slice(0, -1));
    if (modifier.endsWith('en')) candidates.push(modifier.slice(0, -2));
    if (modifier.endsWith('e')) candidates.push(modifier.slice(0, -1));
    for (const m of candidates) if (m.length >= MIN_PART && splits(m, allowed, depth - 1)) return true;
  }
  return false;
}

/** One memo per allowed list (a checker with its own word list gets its own answers). */
const familiar = memoByWordPerList((w: string, allowed: ReadonlySet<string>) => splits(w, allowed, 2), 50_000);

/** True when most readers know the word (lower case, without surrounding punctuation). */
export function isFamiliar(lower: string, allowed: ReadonlySet<string>): boolean {
  if (lower.includes('-')) return lower.split('-').every((part) => part.length < MIN_PART || familiar(part, allowed));
  return familiar(lower, allowed);
}
