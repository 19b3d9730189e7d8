// The words that open a noun phrase (articles, demonstratives, possessives, "elk", "geen"), with
// what each tells about the noun after it and about an adjective in between. One list for the
// one-click fixes (fix-fit) and the adjective-agreement rule, so that both read "elk besluit",
// "elke taak" and "een nieuw plan" the same way.

/** Which singular nouns the word stands before: only de-words, only het-words, or either. */
export type Selects = 'de' | 'het' | 'any';

export interface Determiner {
  selects: Selects;
  /** An adjective after it always takes -e ("de/het/mijn nieuwe ..."); otherwise not before a singular het-word ("een/elk nieuw plan"). */
  alwaysE: boolean;
  /** Also a verb, pronoun or conjunction ("zijn", "haar", "die ... dat"): a rule that must be sure leaves it out. */
  ambiguous: boolean;
  /** A quantity ("veel", "weinig"): plural or mass, the form depends on more than the next word. */
  quantity: boolean;
}

const entry = (selects: Selects, alwaysE: boolean, flags: { ambiguous?: boolean; quantity?: boolean } = {}): Determiner => ({
  selects,
  alwaysE,
  ambiguous: flags.ambiguous ?? false,
  quantity: flags.quantity ?? false,
});

export const DETERMINERS: ReadonlyMap<string, Determiner> = new Map([
  ['de', entry('de', true)],
  ['deze', entry('de', true)],
  ['onze', entry('de', true)],
  ['elke', entry('de', true)],
  ['iedere', entry('de', true)],
  ['welke', entry('de', true)],
  ['zulke', entry('de', true)],
  ['het', entry('het', true)],
  ['dit', entry('het', true)],
  // "elk besluit", "ieder kind": het-words only (a de-word takes "elke", "iedere"), and an
  // adjective after them goes as after "een": "elk nieuw plan".
  ['elk', entry('het', false)],
  ['ieder', entry('het', false)],
  ['welk', entry('het', false)],
  ['menig', entry('het', false)],
  ['een', entry('any', false)],
  ['één', entry('any', false)],
  ['geen', entry('any', false)],
  ["zo'n", entry('any', false)],
  ['zo’n', entry('any', false)],
  ['mijn', entry('any', true)],
  ['uw', entry('any', true)],
  ['jouw', entry('any', true)],
  ['alle', entry('any', true)],
  ['beide', entry('any', true)],
  ['sommige', entry('any', true)],
  ['enkele', entry('any', true)],
  ['zijn', entry('any', true, { ambiguous: true })],
  ['haar', entry('any', true, { ambiguous: true })],
  ['hun', entry('any', true, { ambiguous: true })],
  ['die', entry('any', true, { ambiguous: true })],
  ['dat', entry('any', true, { ambiguous: true })],
  ['veel', entry('any', false, { quantity: true })],
  ['weinig', entry('any', false, { quantity: true })],
]);

/** The determiners for which `test` holds, as a set of words. */
export function determinersWhere(test: (determiner: Determiner) => boolean): ReadonlySet<string> {
  return new Set([...DETERMINERS].filter(([, determiner]) => test(determiner)).map(([word]) => word));
}

/** The three articles alone, for rules that only step over an article ("in de behandeling"). */
export const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'een']);
