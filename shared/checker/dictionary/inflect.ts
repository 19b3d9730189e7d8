// Generates the inflected forms under which a dictionary word can appear in running text:
// plurals, diminutives, adjective endings and verb forms. Over-generation is harmless here:
// a generated form only matters if a writer actually types it.

const VOWELS = 'aeiouyëïéè';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** Short function words that are never inflected inside multi-word terms. */
const FIXED_WORDS = new Set([
  'de', 'het', 'een', 'te', 'van', 'in', 'op', 'aan', 'met', 'voor', 'door', 'naar', 'bij', 'om', 'tot',
  'uit', 'over', 'onder', 'tegen', 'als', 'en', 'of', 'dat', 'die', 'er', 'zich', 'ten', 'ter', 'zijn',
]);

function nounForms(w: string, out: Set<string>): void {
  const last = w[w.length - 1];
  const beforeLast = w[w.length - 2];
  out.add(w + 's');
  out.add(w + "'s");
  out.add(w + 'en');
  out.add(w + 'e');
  out.add(w + 'er');
  out.add(w + 'ere');
  out.add(w + 'ste');
  if (last === 'e') out.add(w + 'n');
  // Short vowel + single consonant doubles the consonant: kat → katten, bel → belletje.
  if (last && !isVowel(last) && isVowel(beforeLast) && !isVowel(w[w.length - 3])) {
    out.add(w + last + 'en');
    out.add(w + last + 'e');
    out.add(w + last + 'etje');
    out.add(w + last + 'etjes');
  }
  // Long vowel in a closed syllable is written single when the syllable opens: aanvraag → aanvragen.
  const undoubled = w.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_m, v: string, c: string) => v[0] + c);
  if (undoubled !== w) {
    const soft = undoubled.replace(/f$/, 'v').replace(/s$/, 'z');
    out.add(undoubled + 'en');
    out.add(undoubled + 'e');
    out.add(soft + 'en');
    out.add(soft + 'e');
  }
  if (last === 'f') out.add(w.slice(0, -1) + 'ven');
  if (last === 's') out.add(w.slice(0, -1) + 'zen');
  for (const d of ['je', 'tje', 'etje', 'pje', 'jes', 'tjes', 'etjes', 'pjes']) out.add(w + d);
}

function verbStem(infinitive: string): string {
  let stem = infinitive.slice(0, -2);
  const n = stem.length;
  if (n >= 2 && stem[n - 1] === stem[n - 2] && !isVowel(stem[n - 1])) {
    stem = stem.slice(0, -1); // zetten → zet
  } else if (n >= 3 && !isVowel(stem[n - 1]) && isVowel(stem[n - 2]) && !isVowel(stem[n - 3]) && 'aeou'.includes(stem[n - 2] ?? '')) {
    stem = stem.slice(0, -1) + stem[n - 2] + stem[n - 1]; // faciliter → faciliteer
  }
  return stem.replace(/v$/, 'f').replace(/z$/, 's');
}

function verbForms(w: string, out: Set<string>): void {
  const stem = verbStem(w);
  const ge = /^[eiu]/.test(stem) ? (stem[0] === 'e' ? 'geë' + stem.slice(1) : stem[0] === 'i' ? 'geï' + stem.slice(1) : 'ge' + stem) : 'ge' + stem;
  for (const f of [stem, stem + 't', stem + 'de', stem + 'te', stem + 'den', stem + 'ten', ge + 'd', ge + 't', ge + 'de', ge + 'te', w + 'd', w + 'de']) {
    out.add(f);
  }
}

/** All forms of one lower-case word, the word itself included. */
export function inflectWord(word: string): Set<string> {
  const out = new Set<string>([word]);
  if (word.length < 4 || FIXED_WORDS.has(word) || !/^[\p{L}'-]+$/u.test(word)) return out;
  nounForms(word, out);
  if (word.endsWith('en') && word.length >= 5) verbForms(word, out);
  return out;
}

export function isFixedWord(word: string): boolean {
  return FIXED_WORDS.has(word);
}
