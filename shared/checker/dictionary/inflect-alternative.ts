// Writes a dictionary alternative in the form of the word it replaces, so a one-click fix reads
// right: "laagdrempelige" → "makkelijk bereikbare" (adjective -e), "ketenpartners" → "partners"
// (plural), "beoogt" → "wil", "gemonitord" → "gevolgd" (verb person and participle). When the
// form cannot be made with confidence the answer is null: the caller then offers advice only.
import { wordSet } from './word-lists';
import { memoByWord } from '../memo';

const IRREGULAR_3SG: Record<string, string> = {
  willen: 'wil', kunnen: 'kan', zullen: 'zal', mogen: 'mag', zijn: 'is', hebben: 'heeft', gaan: 'gaat', doen: 'doet', staan: 'staat', slaan: 'slaat', zien: 'ziet', komen: 'komt',
};
const IRREGULAR_PARTICIPLE: Record<string, string> = {
  zijn: 'geweest', hebben: 'gehad', gaan: 'gegaan', doen: 'gedaan', zien: 'gezien', komen: 'gekomen', geven: 'gegeven', nemen: 'genomen', vragen: 'gevraagd', kiezen: 'gekozen',
  zoeken: 'gezocht', brengen: 'gebracht', denken: 'gedacht', kopen: 'gekocht', krijgen: 'gekregen', houden: 'gehouden', bieden: 'geboden', vinden: 'gevonden', schrijven: 'geschreven',
  zeggen: 'gezegd', weten: 'geweten', leggen: 'gelegd', helpen: 'geholpen', beginnen: 'begonnen', spreken: 'gesproken', lezen: 'gelezen', blijven: 'gebleven', worden: 'geworden',
  // Strong verbs that plain alternatives use: "bekijken" → "bekeken", "toewijzen" → "toegewezen".
  kijken: 'gekeken', wijzen: 'gewezen', treden: 'getreden', vallen: 'gevallen', lopen: 'gelopen', trekken: 'getrokken', dragen: 'gedragen', sluiten: 'gesloten',
  rijden: 'gereden', blijken: 'gebleken', wegen: 'gewogen', eten: 'gegeten', drinken: 'gedronken', staan: 'gestaan', slaan: 'geslagen', laten: 'gelaten', vangen: 'gevangen',
  hangen: 'gehangen', roepen: 'geroepen', zenden: 'gezonden', schieten: 'geschoten', springen: 'gesprongen', binden: 'gebonden', stijgen: 'gestegen', snijden: 'gesneden',
  lijden: 'geleden', buigen: 'gebogen', genieten: 'genoten', grijpen: 'gegrepen', lijken: 'geleken', winnen: 'gewonnen', verdwijnen: 'verdwenen', scheiden: 'gescheiden',
  heten: 'geheten', slapen: 'geslapen', sterven: 'gestorven', werpen: 'geworpen', breken: 'gebroken', steken: 'gestoken', treffen: 'getroffen', meten: 'gemeten',
  zitten: 'gezeten', liggen: 'gelegen', drijven: 'gedreven', vliegen: 'gevlogen', schuiven: 'geschoven', verliezen: 'verloren', gieten: 'gegoten',
  sluipen: 'geslopen', kruipen: 'gekropen', zwijgen: 'gezwegen', dwingen: 'gedwongen', zingen: 'gezongen', vergeten: 'vergeten', raden: 'geraden', bakken: 'gebakken',
};
/** -eren verbs stressed on -eer: "probeert", "gecontroleerd" (against "verandert", "levert"). */
const STRESSED_EREN = new Set([
  'proberen', 'controleren', 'reageren', 'informeren', 'organiseren', 'regisseren', 'accepteren', 'respecteren', 'financieren', 'stimuleren', 'registreren',
  'reserveren', 'presenteren', 'investeren', 'functioneren', 'garanderen', 'realiseren', 'evalueren', 'formuleren', 'signaleren', 'hanteren', 'faciliteren',
  'accorderen', 'retourneren', 'communiceren', 'noteren', 'publiceren', 'studeren', 'waarderen', 'verhuren',
  'integreren', 'interpreteren', 'inventariseren', 'installeren', 'inspireren', 'interesseren', 'intensiveren', 'innoveren', 'opereren',
]);
const PARTICLES = ['vast', 'aan', 'af', 'in', 'op', 'uit', 'door', 'terug', 'toe', 'mee', 'samen', 'weg', 'bij', 'na', 'om', 'goed', 'tegen', 'open', 'klaar', 'vrij'];
const INSEPARABLE = /^(?:be|ver|ont|her|ge|er)/;
/** "overdragen" splits ("draagt over"), "overwegen" does not: with these prefixes no form is guessed. */
const EITHER_WAY = /^(?:over|onder|voor|achter|mis|vol|weer)(?=\p{L}{4})/u;

const DIGRAPH = /^(?:aa|ee|oo|uu|ie|oe|eu|ui|ei|ij|ou|au)$/;

/** "mak|en", "be|og|en": one vowel (not part of a digraph) before the last consonant of the stem. */
function singleVowelBeforeLast(stem: string): boolean {
  if (!/[aeiou][^aeiouwj]$/.test(stem)) return false;
  const before = stem.slice(-4, -2);
  return !DIGRAPH.test(before.slice(-1) + stem.charAt(stem.length - 2)) || !/[aeiou]/.test(before.slice(-1));
}

/**
 * "wandel", "regel", "herinner", "open": the stem ends in a toneless -el, -er, -em, -en (or -ig),
 * which keeps its one letter. Only when a vowel comes before it in the verb itself: in "verdelen",
 * "uitdelen", "beoordelen", "leren", "ondernemen" the e is stressed ("verdeel", "leer", "onderneem").
 */
function tonelessEnding(stem: string): boolean {
  if (stem.endsWith('ig')) return true;
  if (!/(?:el|er|em|en)$/.test(stem)) return false;
  const particle = PARTICLES.find((p) => stem.startsWith(p) && stem.length - p.length >= 3) ?? '';
  const core = stem
    .slice(particle.length)
    .replace(/^(?:onder|over|voor|achter|be|ver|ont|her|ge|er)(?=\p{L}{3})/u, '')
    .replace(/^oor(?=del)/, '');
  return /[aeiouy]/.test(core.slice(0, -2));
}

/** The stem of a regular verb: "maken" → "maak", "volgen" → "volg", "zetten" → "zet". */
export function verbStem(infinitive: string): string {
  if (STRESSED_EREN.has(infinitive)) return infinitive.replace(/eren$/, 'eer');
  let stem = infinitive.replace(/en$/, '');
  if (/([bdfgklmnprstz])\1$/.test(stem)) stem = stem.slice(0, -1);
  else if (singleVowelBeforeLast(stem) && !tonelessEnding(stem)) stem = stem.slice(0, -2) + stem.charAt(stem.length - 2) + stem.slice(-2);
  return stem.replace(/v$/, 'f').replace(/z$/, 's');
}

function splitParticle(verb: string): [string, string] {
  for (const p of PARTICLES) if (verb.startsWith(p) && verb.length - p.length >= 4) return [p, verb.slice(p.length)];
  return ['', verb];
}

/** "meedoen" → ["mee", "doen"]; null for a verb without a separable particle. */
export function separableParts(verb: string): [string, string] | null {
  return isSeparable(verb) ? splitParticle(verb.toLowerCase()) : null;
}

/** "invoeren", "aanpakken", "doorgaan": a verb whose particle splits off in a main clause. */
function separable(verb: string): boolean {
  // "informeren", "investeren": a loan verb whose first letters only look like a particle.
  if (STRESSED_EREN.has(verb.toLowerCase())) return false;
  const [particle, base] = splitParticle(verb.toLowerCase());
  return particle !== '' && INFINITIVE.test(base);
}
/** Asked for the same few replacement verbs all through a note: remembered per word. */
export const isSeparable = memoByWord(separable, 10_000);

function thirdPerson(infinitive: string): string | null {
  const [particle, base] = splitParticle(infinitive);
  if (!particle && EITHER_WAY.test(base)) return null;
  const irregular = IRREGULAR_3SG[base];
  const finite = irregular ?? (verbStem(base).endsWith('t') ? verbStem(base) : verbStem(base) + 't');
  return particle ? `${finite} ${particle}` : finite;
}

/** "ge" before a stem that starts with e, i or u takes a diaeresis: "geïnd", "geëvalueerd". */
const withGe = (stem: string): string => (/^[eiu]/.test(stem) ? `ge${({ e: 'ë', i: 'ï', u: 'ü' } as Record<string, string>)[stem[0]!]}${stem.slice(1)}` : `ge${stem}`);

function participle(infinitive: string): string | null {
  const [particle, base] = splitParticle(infinitive);
  if (!particle && EITHER_WAY.test(base)) return null;
  const prefix = INSEPARABLE.exec(base)?.[0] ?? '';
  const core = base.slice(prefix.length);
  // A strong verb, also behind "be-", "ver-" ...: "bekijken" → "bekeken", "verkrijgen" → "verkregen".
  const irregular = IRREGULAR_PARTICIPLE[base] ?? (prefix && IRREGULAR_PARTICIPLE[core] ? prefix + IRREGULAR_PARTICIPLE[core].replace(/^ge/, '') : undefined);
  let form: string;
  if (irregular) form = irregular;
  else {
    const stem = verbStem(base);
    // 't kofschip: a stem ending in t, k, f, s, ch or p takes -t, the rest -d.
    const rawStem = base.replace(/en$/, '');
    const voiceless = /[tkfsp]$|ch$/.test(rawStem.replace(/([bdfgklmnprst])\1$/, '$1'));
    const ending = /[td]$/.test(stem) ? '' : voiceless ? 't' : 'd';
    form = prefix ? stem + ending : withGe(stem + ending);
  }
  return particle + form;
}

/** "bereikbaar" → "bereikbare", "groot" → "grote", "lief" → "lieve", "gewoon" → "gewone". */
export function withAdjectiveE(adjective: string): string {
  if (adjective.endsWith('e')) return adjective;
  // "financieel" → "financiële": the two e's split into two syllables, so the second gets a trema.
  if (adjective.endsWith('ieel')) return `${adjective.slice(0, -3)}ële`;
  if (adjective.endsWith('ijs')) return `${adjective.slice(0, -1)}ze`;
  // One short vowel before one consonant doubles it: "slim" → "slimme", "snel" → "snelle".
  if (/^[^aeiouy]*[aeiou][bdfgklmnprst]$/.test(adjective)) return adjective + adjective.slice(-1) + 'e';
  let w = adjective.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_m, v: string, c: string) => v[0] + c);
  if (w !== adjective || /[aeiou]{2}[fs]$/.test(w) || /ie[fs]$/.test(w)) w = w.replace(/f$/, 'v').replace(/s$/, 'z');
  return w + 'e';
}

/** "partner" → "partners", "plan" → "plannen", "regeling" → "regelingen", "proef" → "proeven", "doel" → "doelen". */
export function plural(noun: string): string {
  if (/middel$/.test(noun)) return noun + 'en';
  // An unstressed -el/-er/-em/-en (regel, partner) takes -s; a stressed one (doel, deel) -en.
  if (/[^aeiou](?:el|er|em|en)$/.test(noun) || /(?:je|ie|eur|[aiouye])$/.test(noun)) return noun + 's';
  const undoubled = noun.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_m, v: string, c: string) => v[0] + c);
  if (undoubled !== noun || /(?:ie|oe|eu|ui|ei|ij|ou|au)[fs]$/.test(noun)) return undoubled.replace(/f$/, 'v').replace(/s$/, 'z') + 'en';
  if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(noun) && !/ing$/.test(noun)) return noun + noun.slice(-1) + 'en';
  return noun + 'en';
}

const NO_PLURAL = wordSet('nouns', 'noPlural');
const INVARIABLE = wordSet('nouns', 'invariable');
/** "substantiële" and "substantiele" are the same word for these rules. */
export const plainLetters = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');
const HET_WORDS = wordSet('nouns', 'het');
/** Endings of nouns that take "de": "regeling", "gezondheid", "situatie", "adviseur". */
export const DE_ENDING = /(?:ing|heid|tie|sie|teit|eur|ist|ster|ij)$/;

/** "uitgangspunten", "plannen", "regels": a plural (as far as the ending and the list tell) (a singular place needs a singular). */
function pluralLooking(word: string): boolean {
  const w = word.toLowerCase();
  if (!/(?:en|s)$/.test(w)) return false;
  const stem = w.endsWith('s') ? w.slice(0, -1) : w.slice(0, -2);
  // "regels", "partners", "huisjes": -s after an unstressed ending is a plural.
  if (w.endsWith('s') && /[aeiou][^aeiou]+(?:el|er|em|en|je)$/.test(stem)) return true;
  const stems = [stem, stem.replace(/(.)\1$/, '$1')];
  return stems.some((s) => s.length >= 3 && (HET_WORDS.has(s) || DE_ENDING.test(s) || endsInHetWord(s)));
}
export const looksPlural = memoByWord(pluralLooking, 10_000);

/** "zorgpakket" ends in "pakket": a compound whose last part (4+ letters) is a listed het-word. */
function endsInListedHetWord(word: string): boolean {
  for (let i = 1; i <= word.length - 4; i++) if (HET_WORDS.has(word.slice(i))) return true;
  return false;
}
/** Every ending of the word is looked up: remembered per word. */
export const endsInHetWord = memoByWord(endsInListedHetWord, 20_000);


const ADJECTIVES = wordSet('nouns', 'adjectives');
const PREPOSITIONS = new Set(['per', 'als', 'in', 'op', 'met', 'zonder', 'voor', 'naar', 'bij', 'over', 'onder', 'uit', 'tot', 'van', 'door', 'aan', 'om']);
const ADJECTIVE_ENDING = /(?:ig|lijk|baar|isch|eel|aal|ief|end|zaam|loos|gericht)$/;

/**
 * An alternative that can stand before a noun as an adjective: "makkelijk bereikbaar", "groot".
 * Not a phrase with a preposition ("per wijk", "als geheel") nor an adverb such as "samen".
 */
function adjectival(alternative: string): boolean {
  const words = alternative.toLowerCase().split(' ');
  const last = words[words.length - 1]!;
  if (words.length > 2 || PREPOSITIONS.has(words[0]!) || /en$/.test(last)) return false;
  return ADJECTIVES.has(last) || ADJECTIVE_ENDING.test(last);
}
export const isAdjectival = memoByWord(adjectival, 10_000);

/** Alternatives that are clauses ("zo goed als het kan") do not drop into a sentence. */
const CLAUSE = /\b(?:kan|kunt|kunnen|is|zijn|heeft|hebt|hebben|wordt|worden|doet|gaat|moet|mag|wil|die|dat|wat)\b/;

/**
 * The alternative in the form of `actual`, the running-text form of the dictionary `term`; or
 * null when no form can be made with confidence (the finding then gives advice only).
 */
export function inflectAlternative(term: string, actual: string, alternative: string): string | null {
  return inflectKnown(term, actual, alternative) ?? null;
}

/**
 * The alternative for `actual`, a running-text form or a listed variant of `term`. A form the
 * inflection rules recognise decides (also when it rejects); otherwise the variant rules do.
 */
export function alternativeFor(term: string, actual: string, alternative: string, isVariant: boolean): string | null {
  const known = inflectKnown(term, actual, alternative);
  if (known !== undefined) return known;
  return isVariant ? variantAlternative(term, actual, alternative) : null;
}

/** undefined: `actual` is no form these rules know; null: a known form the alternative cannot take. */
function inflectKnown(term: string, actual: string, alternative: string): string | null | undefined {
  const t = term.toLowerCase();
  const a = actual.toLowerCase();
  if (CLAUSE.test(alternative)) return null;
  if (a === t) return alternative;
  const words = alternative.split(' ');
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1);
  const isVerbTerm = /en$/.test(t) && !t.includes(' ');
  // A verb, or a verb with its preposition ("zorgen voor"): the verb takes the form of the text.
  const isVerbAlternative = /en$/.test(words[0]!) && words.slice(1).every((w) => PREPOSITIONS.has(w));
  if (isVerbTerm && isVerbAlternative) {
    const verb = words[0]!;
    const rest = words.slice(1);
    const put = (form: string | null): string | null => (form === null ? null : [form, ...rest].join(' '));
    const [particle, base] = splitParticle(t);
    // "hanteren" → "hanteer", but "veranderen" → "verander": accept either stem.
    const stems = [verbStem(base), base.replace(/en$/, ''), base.replace(/eren$/, 'eer')];
    // "verricht" is both "he performs" and "performed": the text has to say which.
    const third = thirdPerson(t);
    if (third !== null && a === third && a === participle(t)) return null;
    for (const stem of stems) {
      const p = particle;
      if (a === stem + 't' || a === third || a === stem + 'dt') return put(thirdPerson(verb));
      if (a === participle(t) || a === `${p}ge${stem}d` || a === `${p}ge${stem}t` || (INSEPARABLE.test(base) && a === `${p}${stem}d`)) return put(participle(verb));
      // "hanteer je": the stem of a separable verb would need its particle elsewhere.
      if (a === stem) return isSeparable(verb) ? null : put(verbStem(verb));
    }
    return undefined;
  }
  // Adjectives: the term without -e in the dictionary, with -e in the text. Only an alternative
  // that is itself an adjective can take the -e ("samen" and "per wijk" cannot).
  if (a === t + 'e' || plainLetters(a) === plainLetters(withAdjectiveE(t))) {
    if (INVARIABLE.has(last.toLowerCase())) return alternative;
    return isAdjectival(alternative) ? [...head, withAdjectiveE(last)].join(' ') : null;
  }
  // Plurals.
  if (a === t + 's' || a === t + 'en' || a === t + 'n' || a === t + "'s") {
    // An alternative that is a plural already ("regels") stays as it is.
    if (looksPlural(last)) return alternative;
    if (NO_PLURAL.has(last.toLowerCase())) return null;
    // "best practices" → "goede voorbeelden": an adjective before a plural takes -e.
    const agreed = head.length === 1 && isAdjectival(head[0]!) ? [withAdjectiveE(head[0]!)] : head;
    return [...agreed, plural(last)].join(' ');
  }
  return undefined;
}

/** "maken", "gaan", "doen", "zien", "zijn". */
const INFINITIVE = /(?:en|aan|oen|ien|ijn)$/;
const PARTICIPLE = /^\p{L}*ge\p{L}{2,}(?:d|t|en)$/u;
const IRREGULAR_PARTICIPLES = new Set(Object.values(IRREGULAR_PARTICIPLE));

/**
 * The alternative for a listed variant of a term ("vindt plaats" of "plaatsvinden", "ter hand
 * genomen", "verzocht" of "verzoek"). A verb phrase puts the alternative's verb in the person or
 * participle of the variant: "vindt plaats" → "gebeurt", "ter hand genomen" → "aangepakt",
 * "zet in op" → "werkt aan". A variant in another tense, or a verb form of a noun, gets null.
 */
export function variantAlternative(term: string, actual: string, alternative: string): string | null {
  if (CLAUSE.test(alternative)) return null;
  const termWords = term.toLowerCase().split(' ');
  // Words of the variant that are not in the term; a particle split off a term word ("plaats" of
  // "plaatsvinden", "in" of "inzetten") is not one.
  const differing = actual
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !termWords.includes(w) && !termWords.some((t) => t.startsWith(w) && t.length - w.length >= 4));
  const isVerb = (w: string): boolean => w.length >= 4 && INFINITIVE.test(w) && !isFixedWordLike(w);
  const isVerbPhrase = termWords.some(isVerb);
  if (!isVerbPhrase) {
    // A noun's variant in other spelling ("casuistiek") takes the alternative; a verb form of it
    // ("verzocht" of "verzoek") needs a verb the alternative does not have.
    const same = (x: string): string => x.toLowerCase().replace(/[\s-]/g, '');
    if (same(actual) === same(term)) return alternative;
    // A plural variant ("nudges", "best practices") needs the plural of the alternative; a verb form
    // ("verzocht" of "verzoek") a verb the alternative does not have.
    return differing.every((w) => !/[tds]$/.test(w) && !/en$/.test(w)) ? alternative : null;
  }
  // "verkregen" of "verkrijgen": a strong participle behind an inseparable prefix.
  const single = termWords.length === 1;
  const strong = single && differing.length === 1 && /en$/.test(differing[0]!) && INSEPARABLE.test(differing[0]!) && !isPresentOf(differing[0]!, termWords);
  const isParticiple = strong || differing.some((w) => (PARTICIPLE.test(w) && !isPresentOf(w, termWords)) || IRREGULAR_PARTICIPLES.has(w));
  // Another -en word of a one-word verb is no plural of it ("benutte", "verkregen"): only a
  // multi-word phrase has a plural variant ("zetten in op").
  if (differing.length === 0 || (!isParticiple && !single && differing.every((w) => /en$/.test(w)))) return alternative;
  const words = alternative.split(' ');
  const verb = words[0]!;
  if (!INFINITIVE.test(verb) || verb.length < 4) return null;
  const rest = words.slice(1);
  if (isParticiple) {
    // "is gaan gelden": a second verb keeps the infinitive, which a swap cannot arrange.
    const form = participle(verb);
    return form === null || rest.some((w) => INFINITIVE.test(w) && !PREPOSITIONS.has(w)) ? null : [form, ...rest].join(' ');
  }
  // "vindt plaats" → "gebeurt", "is woonachtig" → "woont": the person of the variant's verb.
  const finite = differing.length === 1 && (/t$/.test(differing[0]!) || differing[0] === 'is') ? thirdPerson(verb) : null;
  return finite === null ? null : [finite, ...rest].join(' ');
  return null;
}

/** "gewerkt", "aangepakt", "gekozen": a past participle (as far as its shape tells). */
export const isParticiple = (word: string): boolean => PARTICIPLE.test(word) || IRREGULAR_PARTICIPLES.has(word);

/** "geeft" in "geeft vorm" (of "vormgeven") is the term's own verb in the present, no participle. */
function isPresentOf(word: string, termWords: readonly string[]): boolean {
  return word.length >= 3 && termWords.some((t) => INFINITIVE.test(t) && (t.endsWith(word) || verbStem(t).endsWith(word.replace(/t$/, ''))));
}

/** Words ending in -en that are not verbs inside a phrase ("ten", "tegen", "boven"). */
const isFixedWordLike = (w: string): boolean => ['ten', 'tegen', 'boven', 'binnen', 'buiten', 'tussen', 'zonder', 'even', 'open', 'samen', 'verder'].includes(w);
