// Support-verb constructions (steunwerkwoordconstructies): a light verb that says little and an
// abstract noun that carries the meaning: "in behandeling nemen" (behandelen), "ter beschikking
// stellen", "tot een besluit komen", "controles uitvoeren", "overgaan tot het opleggen van". Found
// as a class, not phrase by phrase: a preposition + an abstract noun (one in -ing, -atie, -itie,
// -name, or a bare abstract noun from the list) next to one of the light verbs that form such
// phrases, in either word order of the clause. The plain verb comes from the noun (behandeling →
// behandelen) or from dictionaries/nl/word-lists/support-verb-plain.json. The sentence has to be
// rebuilt around the verb, so the finding is advice, never a one-click swap.
import type { Token } from '../analyse';
import { phraseList, wordSet } from '../dictionary/word-lists';
import { ARTICLES } from '../determiners';
import { wordClass } from './word-classes';

const PREPOSITIONS = wordSet('supportVerbs', 'prepositions');
const BARE_NOUNS = wordSet('supportVerbs', 'bareNouns');
const ARTICLE_NOUNS = wordSet('supportVerbs', 'articleNouns');
const OBJECT_NOUNS = wordSet('supportVerbs', 'objectNouns');
const NOT_ABSTRACT = wordSet('supportVerbs', 'notAbstract');
/** "noun lemma" → the plain verb(s), comma-separated. */
const PLAIN = phraseList('supportVerbPlain');

interface LightVerb {
  lemma: string;
  /** Every form that can stand on its own (finite, infinitive, participle). */
  forms: Set<string>;
  /** A separable verb's particle ("voert ... uit"): the finite forms without it are in `split`. */
  particle?: string;
  split?: Set<string>;
  /** The infinitive after "te": "te stellen", "uit te voeren". */
  base: string;
}

const verb = (lemma: string, forms: string[], particle?: string, split?: string[]): LightVerb => ({
  lemma,
  forms: new Set(forms),
  particle,
  split: split ? new Set(split) : undefined,
  base: particle ? lemma.slice(particle.length) : lemma,
});

/** Light verbs that take a prepositional phrase: "in behandeling nemen", "tot stand komen". */
const PREPOSITIONAL_VERBS: LightVerb[] = [
  verb('nemen', ['neem', 'neemt', 'nam', 'namen', 'nemen', 'genomen']),
  verb('brengen', ['breng', 'brengt', 'bracht', 'brachten', 'brengen', 'gebracht']),
  verb('stellen', ['stel', 'stelt', 'stelde', 'stelden', 'stellen', 'gesteld']),
  verb('komen', ['kom', 'komt', 'kwam', 'kwamen', 'komen', 'gekomen']),
  verb('zetten', ['zet', 'zette', 'zetten', 'gezet']),
  verb('houden', ['houd', 'houdt', 'hield', 'hielden', 'houden', 'gehouden']),
  verb('onderwerpen', ['onderwerp', 'onderwerpt', 'onderwierp', 'onderwierpen', 'onderwerpen', 'onderworpen']),
  verb('behoren', ['behoort', 'behoren', 'behoorde', 'behoorden']),
];

/** Light verbs that take the noun as object: "controles uitvoeren", "een bijdrage leveren". */
const OBJECT_VERBS: LightVerb[] = [
  verb('uitvoeren', ['uitvoeren', 'uitgevoerd', 'uitvoert', 'uitvoerde', 'uitvoerden'], 'uit', ['voer', 'voert', 'voeren', 'voerde', 'voerden']),
  verb('verrichten', ['verricht', 'verrichten', 'verrichtte', 'verrichtten']),
  verb('plegen', ['pleeg', 'pleegt', 'pleegde', 'pleegden', 'plegen', 'gepleegd']),
  verb('leveren', ['lever', 'levert', 'leverde', 'leverden', 'leveren', 'geleverd']),
  verb('voeren', ['voer', 'voert', 'voerde', 'voerden', 'voeren', 'gevoerd']),
  verb('dragen', ['draag', 'draagt', 'droeg', 'droegen', 'dragen', 'gedragen']),
  verb('maken', ['maak', 'maakt', 'maakte', 'maakten', 'maken', 'gemaakt']),
  verb('doen', ['doe', 'doet', 'deed', 'deden', 'doen', 'gedaan']),
  verb('bestaan', ['bestaat', 'bestaan', 'bestond', 'bestonden']),
  // Only with a listed noun: "overeenstemming bereiken" (het eens worden), not "een doel bereiken".
  verb('bereiken', ['bereik', 'bereikt', 'bereikte', 'bereikten', 'bereiken']),
];
/** Object verbs that make a support-verb phrase with any abstract noun (a listed pair is needed for the others). */
const ANY_ABSTRACT_OBJECT = new Set(['uitvoeren', 'verrichten', 'plegen']);

/** "overgaan tot": every form, and the finite forms of "gaan" that leave "over" behind. */
const OVERGAAN = new Set(['overgaan', 'overgaat', 'overging', 'overgingen', 'overgegaan']);
const GAAN = new Set(['ga', 'gaat', 'gaan', 'ging', 'gingen']);

/** Words that open another clause: a verb beyond them is not this noun's verb. */
const CLAUSE_STOP = new Set(['en', 'of', 'maar', 'want', 'dat', 'omdat', 'als', 'indien', 'wanneer', 'zodat', 'terwijl', 'die', 'wat', 'welke', 'waar', 'om', 'nadat', 'voordat']);
const ANY_PREPOSITION = new Set(['in', 'ter', 'tot', 'ten', 'onder', 'aan', 'na', 'met', 'voor', 'zonder', 'bij', 'door', 'over', 'op', 'uit', 'van', 'via', 'tijdens', 'naar', 'om', 'tegen', 'per', 'vanuit', 'binnen', 'buiten', 'sinds', 'wegens']);
/** Words of a verb cluster between the noun and its light verb: "ter kennis te kunnen brengen". */
const CLUSTER = new Set(['te', 'laten', 'kunnen', 'kan', 'worden', 'wordt', 'zullen', 'zal', 'moeten', 'moet', 'willen', 'wil', 'zou', 'zouden']);
/** "zorg voor te dragen", "gebruik van te maken": the phrase's own preposition before "te". */
const BEFORE_TE = new Set(['voor', 'van', 'aan', 'op']);
/** After a prepositional phrase that ends its clause, these may still follow: "in kennis stellen van", "tot een besluit over". */
const AFTER_PHRASE = new Set(['van', 'met', 'over', 'aan', 'op', 'voor', 'bij', 'door', 'om']);
/** Endings of abstract nouns made from verbs: -ing(en), -atie(s), -itie, -name. Checked without a regular expression: this runs on every word. */
function hasAbstractEnding(word: string): boolean {
  if (word.length < 7) return false;
  return word.endsWith('ing') || word.endsWith('ingen') || word.endsWith('atie') || word.endsWith('aties') || word.endsWith('itie') || word.endsWith('name');
}

function isAbstract(token: Token): boolean {
  if (NOT_ABSTRACT.has(token.lower) || !/^\p{Ll}/u.test(token.text)) return false;
  return BARE_NOUNS.has(token.lower) || hasAbstractEnding(token.lower);
}

/** The plain verb hidden in the noun: behandeling → behandelen, evaluatie → evalueren, deelname → deelnemen. */
export function plainVerbOf(noun: string, lemma: string): string | null {
  const listed = PLAIN.get(`${noun} ${lemma}`);
  if (listed) return listed;
  const singular = noun.replace(/ingen$/u, 'ing').replace(/aties$/u, 'atie');
  if (singular.endsWith('ing')) return `${singular.slice(0, -3)}en`;
  if (singular.endsWith('atie')) return `${singular.slice(0, -4)}eren`;
  if (singular.endsWith('name')) return `${singular.slice(0, -4)}nemen`;
  return null;
}

export interface SupportVerbMatch {
  /** Token range of the span to underline (exclusive end). */
  from: number;
  to: number;
  noun: string;
  /** The light verb as it stands in the text. */
  verb: string;
  /** Plain verb(s), comma-separated, or null when none can be named. */
  plain: string | null;
}

/** A clause boundary between tokens a and b (a < b): punctuation after a word, or a word that opens a clause. */
function clauseBreak(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (tokens[k]!.after !== '') return true;
    if (k > a && CLAUSE_STOP.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** The light verb right after the noun: "in behandeling nemen", "ter beschikking te stellen", "uit te voeren". Returns the last token index. */
function verbAfter(tokens: Token[], n: number, end: number, verbs: readonly LightVerb[]): { at: number; verb: LightVerb } | null {
  if (tokens[n]!.after !== '') return null;
  for (let k = n + 1; k < Math.min(end, n + 5); k++) {
    const t = tokens[k]!;
    for (const v of verbs) {
      if (v.forms.has(t.lower)) return { at: k, verb: v };
      if (v.particle && t.lower === v.particle && tokens[k + 1]?.lower === 'te' && tokens[k + 2]?.lower === v.base && k + 2 < end) return { at: k + 2, verb: v };
    }
    // Only "te" and the helping verbs of a verb cluster may stand between ("te stellen", "laten
    // verrichten", "te kunnen brengen"), and the phrase's preposition before "te" ("zorg voor te dragen").
    const skips = CLUSTER.has(t.lower) || (k === n + 1 && BEFORE_TE.has(t.lower) && tokens[k + 1]?.lower === 'te');
    if (!skips || t.after !== '') return null;
  }
  return null;
}

/**
 * The light verb earlier in the clause, main-clause order: "neemt de meldingen in behandeling",
 * "verricht het RIVM onderzoek naar", "voert de gemeente controles uit". `to` is the first token of
 * the phrase; a separable verb needs its particle right after the noun at `n`.
 */
function verbBefore(tokens: Token[], to: number, n: number, start: number, verbs: readonly LightVerb[], reach: number): { at: number; verb: LightVerb } | null {
  for (let k = to - 1; k >= Math.max(start, to - reach); k--) {
    const t = tokens[k]!;
    if (t.after !== '' || CLAUSE_STOP.has(t.lower)) return null;
    for (const v of verbs) {
      if (v.forms.has(t.lower) && !v.particle) return { at: k, verb: v };
      if (v.split?.has(t.lower) && tokens[n + 1]?.lower === v.particle && tokens[n]!.after === '') return { at: k, verb: v };
    }
  }
  return null;
}

/** Prepositional support-verb phrase starting at the preposition i. */
function prepositional(tokens: Token[], i: number, start: number, end: number): SupportVerbMatch | null {
  const prep = tokens[i]!;
  if (!PREPOSITIONS.has(prep.lower) || prep.after !== '' || i + 1 >= end) return null;
  let n = i + 1;
  const withArticle = ARTICLES.has(tokens[n]!.lower);
  if (withArticle) {
    // "tot een besluit komen", "aan een evaluatie onderwerpen", "onder de aandacht brengen"; other
    // phrases with an article are places and times ("in de vergadering").
    if (tokens[n]!.after !== '' || n + 1 >= end) return null;
    n++;
    if (prep.lower !== 'tot' && prep.lower !== 'aan' && !ARTICLE_NOUNS.has(tokens[n]!.lower)) return null;
  }
  const noun = tokens[n]!;
  if (!isAbstract(noun)) return null;
  const after = verbAfter(tokens, n, end, PREPOSITIONAL_VERBS);
  if (after && hasPlainVerb(noun.lower, after.verb.lemma)) {
    return { from: i, to: after.at + 1, noun: noun.lower, verb: tokens[after.at]!.text, plain: plainVerbOf(noun.lower, after.verb.lemma) };
  }
  // Main-clause order: the phrase closes its clause, the light verb stands before it. With an
  // article only "komen tot een besluit" and the fixed phrases ("onder de aandacht"): "eisen
  // stellen aan de spreiding" has its own object.
  const closes = n + 1 >= end || noun.after !== '' || AFTER_PHRASE.has(tokens[n + 1]!.lower);
  if (!closes || (withArticle && prep.lower === 'aan' && !ARTICLE_NOUNS.has(noun.lower))) return null;
  const before = verbBefore(tokens, i, n, start, PREPOSITIONAL_VERBS, 10);
  if (!before || !hasPlainVerb(noun.lower, before.verb.lemma)) return null;
  return { from: i, to: n + 1, noun: noun.lower, verb: tokens[before.at]!.text, plain: plainVerbOf(noun.lower, before.verb.lemma) };
}

/** A listed pair, or a noun whose verb can be derived. "in gesprek komen" has neither. */
function hasPlainVerb(noun: string, lemma: string): boolean {
  return plainVerbOf(noun, lemma) !== null;
}

/** Per noun, the object verbs a listed pair gives it ("bijdrage" → leveren), with the generic ones for abstract nouns. */
const LISTED_OBJECT = new Map<string, LightVerb[]>();
for (const pair of PLAIN.keys()) {
  const [noun, lemma] = pair.split(' ');
  const light = OBJECT_VERBS.find((v) => v.lemma === lemma);
  if (noun && light) LISTED_OBJECT.set(noun, [...(LISTED_OBJECT.get(noun) ?? []), light]);
}
const GENERIC_OBJECT = OBJECT_VERBS.filter((v) => ANY_ABSTRACT_OBJECT.has(v.lemma));
const genericWith = new Map<string, LightVerb[]>();
function objectVerbsOf(noun: string): LightVerb[] | null {
  const listed = LISTED_OBJECT.get(noun);
  const generic = OBJECT_NOUNS.has(noun) || hasAbstractEnding(noun);
  if (!generic) return listed ?? null;
  if (!listed) return GENERIC_OBJECT;
  let both = genericWith.get(noun);
  if (!both) {
    both = [...new Set([...listed, ...GENERIC_OBJECT])];
    genericWith.set(noun, both);
  }
  return both;
}

/** Object support-verb phrase around the noun at n: "controles uitvoeren", "verricht onderzoek". */
function objectPhrase(tokens: Token[], n: number, start: number, end: number): SupportVerbMatch | null {
  const noun = tokens[n]!;
  const verbs = objectVerbsOf(noun.lower);
  if (!verbs || NOT_ABSTRACT.has(noun.lower) || !/^\p{Ll}/u.test(noun.text)) return null;
  // The noun with its article and one adjective ("een belangrijke bijdrage"); it must be the
  // object, not inside a prepositional phrase ("na overleg voeren wij").
  let first = n;
  if (first - 1 >= start && ARTICLES.has(tokens[first - 1]!.lower)) first--;
  else if (first - 2 >= start && /^\p{L}{3,10}e$/u.test(tokens[first - 1]!.lower) && ARTICLES.has(tokens[first - 2]!.lower)) first -= 2;
  if (first - 1 >= start && ANY_PREPOSITION.has(tokens[first - 1]!.lower)) return null;
  const after = verbAfter(tokens, n, end, verbs);
  if (after) return { from: first, to: after.at + 1, noun: noun.lower, verb: tokens[after.at]!.text, plain: plainVerbOf(noun.lower, after.verb.lemma) };
  const before = verbBefore(tokens, first, n, start, verbs, 5);
  if (!before) return null;
  const particle = before.verb.particle && tokens[n + 1]?.lower === before.verb.particle ? 1 : 0;
  return { from: before.at, to: n + 1 + particle, noun: noun.lower, verb: tokens[before.at]!.text, plain: plainVerbOf(noun.lower, before.verb.lemma) };
}

/** "overgaan tot (het) X": the verb hidden in X. */
function overgaanTot(tokens: Token[], i: number, start: number, end: number): SupportVerbMatch | null {
  const t = tokens[i]!;
  let tot = -1;
  if (OVERGAAN.has(t.lower) && t.after === '') tot = i + 1;
  else if (t.lower === 'over' && tokens[i + 1]?.lower === 'te' && tokens[i + 2]?.lower === 'gaan' && t.after === '' && tokens[i + 1]!.after === '') tot = i + 3;
  else if (t.lower === 'over' && t.after === '' && i > start && !clauseBreakBack(tokens, i, start)) tot = i + 1;
  if (tot < 0 || tot >= end || tokens[tot]!.lower !== 'tot') return null;
  // What "tot" leads to: "het opleggen", "(de) uitbreiding", "evenredige verdeling".
  let object: Token | undefined;
  let plain: string | null = null;
  for (let k = tot + 1; k < Math.min(end, tot + 4) && tokens[k - 1]!.after === ''; k++) {
    const word = tokens[k]!;
    if (tokens[k - 1]!.lower === 'het' && /en$/u.test(word.lower)) {
      object = word;
      plain = word.lower;
      break;
    }
    if (isAbstract(word)) {
      object = word;
      plain = plainVerbOf(word.lower, 'gaan');
      break;
    }
  }
  return { from: i, to: tot + 1, noun: object?.lower ?? '', verb: 'overgaan', plain };
}

/** "gaat het college over tot": a finite form of "gaan" earlier in the clause. */
function clauseBreakBack(tokens: Token[], i: number, start: number): boolean {
  for (let k = i - 1; k >= Math.max(start, i - 6); k--) {
    if (tokens[k]!.after !== '' || CLAUSE_STOP.has(tokens[k]!.lower)) return true;
    if (GAAN.has(tokens[k]!.lower)) return false;
  }
  return true;
}

/**
 * Words at which a phrase can start: "overgaan" or "over" (overgaanTot), a preposition of the
 * list (prepositional) or a noun that some object verb takes (objectPhrase). Most words are none.
 */
const C_MAY_START = wordClass((lower) => OVERGAAN.has(lower) || lower === 'over' || PREPOSITIONS.has(lower) || objectVerbsOf(lower) !== null);
const NONE: readonly SupportVerbMatch[] = Object.freeze([]);

/**
 * Support-verb phrases in tokens[from, to): one per span, never overlapping, skipping tokens in
 * `taken` (already reported by the listed terms and frames). `classes` are the tokens' word
 * classes (word-classes.ts).
 */
export function findSupportVerbs(tokens: Token[], classes: Int32Array, from: number, to: number, taken: ReadonlySet<number>): readonly SupportVerbMatch[] {
  let found: SupportVerbMatch[] | null = null;
  let free = from;
  for (let i = from; i < to; i++) {
    if ((classes[i]! & C_MAY_START) === 0 || i < free || taken.has(i)) continue;
    const match = overgaanTot(tokens, i, from, to) ?? prepositional(tokens, i, from, to) ?? objectPhrase(tokens, i, from, to);
    if (!match || match.from < free) continue;
    let clear = true;
    for (let k = match.from; k < match.to && clear; k++) clear = !taken.has(k);
    if (!clear) continue;
    // A span that runs across a clause boundary (verb before, noun after a comma) is not one phrase.
    if (clauseBreak(tokens, match.from, match.to - 1) && match.to - match.from > 3) continue;
    (found ??= []).push(match);
    free = match.to;
    i = match.to - 1;
  }
  return found ?? NONE;
}
