// Does a one-click replacement read right where it goes? Before a fix is offered it is tried
// against its sentence: the article in front must suit the new word (de/het), an adjective in
// the replacement takes or drops its -e after that article, a modal verb cannot stand before
// "te + verb", no word may be doubled at the seams, and the sentence must not become too long.
// Where the tokens cannot show that a replacement fits (a second "te", a conjunction before a
// te-infinitive, "door" in a passive, an adjective that agrees with another noun, a singular verb
// that a plural replacement would need changed), the finding gives advice only: a wrong one-click
// fix costs the writer more than a missing one. Cheap: it reads the tokens, no re-check.
import type { Token } from './analyse';
import { DE_ENDING, endsInHetWord, isAdjectival, isParticiple, isSeparable, looksPlural, separableParts, withAdjectiveE } from './dictionary/inflect-alternative';
import { wordSet } from './dictionary/word-lists';
import { isParticiple as isPassiveParticiple } from './rules/passive';
import { crossesLimit } from './sentence-limit';
import { determinersWhere } from './determiners';

const HET_WORDS = wordSet('nouns', 'het');
const INVARIABLE = wordSet('nouns', 'invariable');

/** Before these a singular noun is a de-word ("de", "deze", "elke", "onze"). */
const DE_DETERMINERS = determinersWhere((d) => d.selects === 'de');
/** Before these a singular noun is a het-word ("het", "dit", "elk", "ieder"). */
const HET_DETERMINERS = determinersWhere((d) => d.selects === 'het');
/** Determiners after which an adjective always takes -e: "de/het/mijn/onze nieuwe ...". */
const DEFINITE = determinersWhere((d) => d.alwaysE);
/** "die" and "dat" also start a clause ("signalen dat bepaalde bewoners"): no article then. */
const CONJUNCTION_TOO = new Set(['die', 'dat']);
/** "een", "geen", "elk", "veel": no -e on an adjective before a singular het-word. */
const INDEFINITE = determinersWhere((d) => !d.alwaysE);
/** Words that bring their own determiner: after "de" or "een" they double it ("een sommige dag"). */
const OWN_DETERMINER = new Set(['de', 'het', 'een', 'sommige', 'enkele', 'veel', 'geen', 'zulke', 'zo’n', "zo'n", 'deze', 'dit', 'die', 'dat', 'iets', 'iemand', 'u']);
const INFINITIVE_END = /(?:en|aan|oen|ien)$/;
const COPULAS = new Set(['is', 'zijn', 'was', 'waren', 'blijft', 'blijven', 'lijkt', 'lijken', 'wordt', 'worden', 'bleek', 'blijkt', 'werd']);
const CLAUSE_START = new Set(['dat', 'of', 'om', 'omdat', 'wanneer', 'als', 'hoe', 'wat', 'waarom', 'welke', 'wie']);
/** Particles of separable verbs: "houdt ... in", "gaat ... door". */
const PARTICLES = new Set(['aan', 'af', 'in', 'op', 'uit', 'door', 'terug', 'toe', 'mee', 'samen', 'weg', 'bij', 'na', 'om', 'vast', 'over']);
const PREPOSITIONS = new Set(['per', 'als', 'in', 'op', 'met', 'zonder', 'voor', 'naar', 'bij', 'over', 'onder', 'uit', 'tot', 'van', 'door', 'aan', 'om', 'vanaf', 'volgens', 'gezien', 'vanwege', 'tijdens', 'ondanks', 'via', 'dankzij', 'tegenover']);
/** Verbs that take a bare infinitive: "wil ... te voorkomen" does not read. */
const MODALS = new Set(['wil', 'wilt', 'willen', 'wilde', 'wilden', 'kan', 'kunt', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'zal', 'zullen', 'zou', 'zouden']);
const DIMINUTIVE = /(?:je|jes)$/;
/** "wonend", "betreffend": a present participle. */
const PRESENT_PARTICIPLE = /^\p{L}{2,}end$/u;
/** Replacements that mean "according to": they cannot say what something is after "zijn". */
const ACCORDING_TO = new Set(['volgens', 'zoals']);
/** Conjunctions that open a clause with a finite verb ("voordat wij overgaan"), never a te-infinitive or a noun phrase. */
const CLAUSE_CONJUNCTIONS = new Set(['omdat', 'voordat', 'zodat', 'doordat', 'nadat', 'terwijl']);
/** Forms of "hoeven", which only reads with "te" ("hoeft niet te"): "aandacht hoeft" does not. */
const HOEVEN = new Set(['hoef', 'hoeft', 'hoeven', 'hoefde', 'hoefden']);
/** Finite verbs that agree with a singular subject such as "een groot aantal". */
const SINGULAR_VERBS = new Set(['is', 'was', 'wordt', 'werd', 'heeft', 'had', 'kan', 'kon', 'moet', 'moest', 'zal', 'zou', 'wil', 'mag', 'blijft', 'krijgt', 'gaat', 'komt', 'maakt', 'doet', 'staat', 'ligt', 'neemt', 'geeft', 'vraagt']);
/** A singular noun of quantity heads the span ("een groot aantal", "een veelheid aan", "het merendeel van"). */
const SINGULAR_QUANTITY = /^(?:\p{L}*tal|veelheid|merendeel|gros|meerderheid|minderheid|reeks)$/u;
/** Words that start a stretch of time ("gedurende ten minste tien jaar"): "tijdens" cannot take it. */
const DURATION_START = new Set(['ten', 'minstens', 'minimaal', 'maximaal', 'ruim', 'ongeveer', 'circa', 'enkele', 'meerdere', 'vele', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'honderd']);
const TIME_UNIT = /^(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren|kwartaal|kwartalen|periode|minuten|seconden)$/;
/** Determiners and possessives before an adjective (its -e says which article the noun takes). */
const ADJECTIVE_DETERMINERS = new Set([...DEFINITE, ...INDEFINITE]);

export type Gender = 'de' | 'het' | 'unknown';

/** Whether the span holds a singular noun of quantity: its verb is singular, a plural replacement's is not. */
function quantityNoun(place: FixPlace): boolean {
  for (let k = place.from; k < place.to; k++) if (SINGULAR_QUANTITY.test(place.tokens[k]!.lower)) return true;
  return false;
}

/** The article of a singular noun, as far as the word list and the ending tell. */
export function genderOf(noun: string, singularEn: boolean): Gender {
  const w = noun.toLowerCase();
  if (HET_WORDS.has(w) || DIMINUTIVE.test(w)) return 'het';
  // A compound takes the article of its last part: "zorgpakket" is "het" because "pakket" is.
  if (endsInHetWord(w)) return 'het';
  if (DE_ENDING.test(w)) return 'de';
  // In place of a singular noun a word on -en is an infinitive or a noun like "leven": "het".
  if (singularEn && /en$/.test(w)) return 'het';
  // "doorgaan", "meedoen": an infinitive used as a noun is a het-word too ("het doorgaan").
  if (singularEn && INFINITIVE_END.test(w) && isSeparable(w)) return 'het';
  return 'unknown';
}

export interface FixPlace {
  tokens: readonly Token[];
  /** First token of the span and the token after it, within one sentence. */
  from: number;
  to: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** Whether the span is used as a noun (an article before it belongs to it). */
  noun: boolean;
  /** Whether the span is the term in its dictionary (singular) form. */
  singular: boolean;
  /** Whether the term is a "van" phrase that follows a noun ("van beperkte omvang"). */
  startsWithPreposition: boolean;
  /** Whether the term itself ends in a preposition ("zorg dragen voor"): its object follows anyway. */
  endsWithPreposition: boolean;
  /** Long-sentence limit in words (null: that rule is off). */
  sentenceLimit: number | null;
}

/** The word right before the span, if nothing but a space separates them. */
function previousWord(place: FixPlace): string | null {
  if (place.from <= place.sentenceStart) return null;
  const previous = place.tokens[place.from - 1]!;
  return previous.after === '' && place.tokens[place.from]!.before === '' ? previous.lower : null;
}

/** "te" later in the clause (before a comma or the end of the sentence). */
function teFollows(place: FixPlace): boolean {
  for (let k = place.to; k < place.sentenceEnd; k++) {
    if (place.tokens[k - 1]!.after.trim() !== '') return false;
    if (place.tokens[k]!.lower === 'te') return true;
  }
  return false;
}

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);

/** A form of "worden" earlier in the sentence: a participle there makes a passive. */
function passiveBefore(place: FixPlace): boolean {
  for (let k = place.sentenceStart; k < place.from; k++) if (WORDEN.has(place.tokens[k]!.lower)) return true;
  return false;
}

/** A form of "zijn", "blijven", ... earlier in the sentence: an adjective after it is said of the subject. */
function copulaBefore(place: FixPlace): boolean {
  for (let k = place.sentenceStart; k < place.from; k++) if (COPULAS.has(place.tokens[k]!.lower)) return true;
  return false;
}

/** A modal or "gaan" earlier in the sentence: an infinitive there is not the finite verb. */
function modalBefore(place: FixPlace): boolean {
  for (let k = place.sentenceStart; k < place.from; k++) {
    const w = place.tokens[k]!.lower;
    if (MODALS.has(w) || w === 'gaan' || w === 'gaat') return true;
  }
  return false;
}

/**
 * A passive anywhere in the sentence (a form of "worden" with a participle after it, or right
 * before it): "door" there reads as who does it, not as the means. ("sterker kan worden" is none.)
 */
function passiveInSentence(place: FixPlace): boolean {
  const { tokens, sentenceStart, sentenceEnd } = place;
  for (let k = sentenceStart; k < sentenceEnd; k++) {
    if (!WORDEN.has(tokens[k]!.lower)) continue;
    if (k > sentenceStart && isPassiveParticiple(tokens[k - 1]!.lower)) return true;
    for (let j = k + 1; j < sentenceEnd; j++) if (isPassiveParticiple(tokens[j]!.lower)) return true;
  }
  return false;
}

const ZIJN = new Set(['is', 'zijn', 'was', 'waren']);
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);
/** Participles that take "zijn", not "hebben": "is begonnen", never "heeft begonnen". */
const WITH_ZIJN = new Set(['begonnen', 'gegaan', 'gekomen', 'gebleven', 'geworden', 'ontstaan', 'verschenen', 'gestegen', 'gedaald', 'gegroeid', 'toegenomen', 'afgenomen', 'verdwenen']);
/** Words that point at one thing: after "door" they make a cause ("door deze brief"). */
const POINTING = new Set(['deze', 'dit', 'die', 'dat']);

/** The words of the clause around the span: up to a comma, semicolon or colon, or the sentence's ends. */
function clauseAround(place: FixPlace): { start: number; end: number } {
  const { tokens } = place;
  let start = place.from;
  while (start > place.sentenceStart && !/[,;:]/.test(tokens[start - 1]!.after)) start--;
  let end = place.to;
  while (end < place.sentenceEnd && !/[,;:]/.test(tokens[end - 1]!.after)) end++;
  return { start, end };
}

/**
 * A form of "zijn" in the span's clause that no participle turns into a passive or perfect: the
 * span is then said of the subject ("die woonachtig zijn", "niet conform de regeling is").
 */
function predicateOfZijn(place: FixPlace): boolean {
  const { start, end } = clauseAround(place);
  let zijn = false;
  for (let k = start; k < end; k++) {
    if (k >= place.from && k < place.to) continue;
    const w = place.tokens[k]!.lower;
    if (ZIJN.has(w)) zijn = true;
    else if (isParticiple(w) || isPassiveParticiple(w)) return false;
  }
  return zijn;
}

function someInSentence(place: FixPlace, words: ReadonlySet<string>): boolean {
  for (let k = place.sentenceStart; k < place.sentenceEnd; k++) if (words.has(place.tokens[k]!.lower)) return true;
  return false;
}

/** "ten minste tien jaar", "twee weken": a number or quantifier and a unit of time right after the span. */
function durationFollows(place: FixPlace): boolean {
  const next = place.to < place.sentenceEnd ? place.tokens[place.to]! : undefined;
  if (!next || !(DURATION_START.has(next.lower) || /^\d/.test(next.text))) return false;
  for (let k = place.to + 1; k < Math.min(place.sentenceEnd, place.to + 4); k++) if (TIME_UNIT.test(place.tokens[k]!.lower)) return true;
  return false;
}

/** "nieuwe" → "nieuw", "snelle" → "snel", "grote" → "groot": candidates for the bare adjective. */
function bareForms(word: string): string[] {
  if (!word.endsWith('e')) return [word];
  const stem = word.slice(0, -1);
  const forms = [stem, stem.replace(/(.)\1$/, '$1'), stem.replace(/v$/, 'f').replace(/z$/, 's')];
  const long = /^(.*[^aeiou])([aeou])([^aeiou])$/.exec(stem);
  if (long) forms.push(long[1]! + long[2]! + long[2]! + long[3]!);
  return forms;
}

/**
 * The adjective right before a noun span and the determiner before it, if the word before the span
 * is one: "het nieuwe [speelveld]", "een maatschappelijk [vraagstuk]", "in nauwe [afstemming]".
 */
function adjectiveBefore(place: FixPlace): { adjective: string; determiner: string | null } | null {
  if (place.from <= place.sentenceStart) return null;
  const previous = place.tokens[place.from - 1]!;
  if (previous.after !== '' || place.tokens[place.from]!.before !== '' || !/^\p{Ll}+$/u.test(previous.text)) return null;
  const word = previous.lower;
  if (ADJECTIVE_DETERMINERS.has(word) || PREPOSITIONS.has(word) || OWN_DETERMINER.has(word)) return null;
  const k = place.from - 2;
  const twoBefore = k >= place.sentenceStart && place.tokens[k]!.after === '' ? place.tokens[k]!.lower : null;
  if (!bareForms(word).some((form) => isAdjectival(form))) return null;
  // A bare form is only taken for an adjective right after an article or preposition: on its own
  // "kwartaal" or "ingediend" end like adjectives too.
  if (!word.endsWith('e') && (twoBefore === null || !(ADJECTIVE_DETERMINERS.has(twoBefore) || PREPOSITIONS.has(twoBefore)))) return null;
  return { adjective: word, determiner: twoBefore !== null && ADJECTIVE_DETERMINERS.has(twoBefore) ? twoBefore : null };
}

/** "problemen" (probleem), "doelen": after an adjective with -e a word on -en is a plural noun. */
function pluralWithLongVowel(word: string): boolean {
  const long = /^(.*[^aeiou])([aeou])([^aeiou])en$/.exec(word.toLowerCase());
  if (!long) return false;
  const singular = long[1]! + long[2]! + long[2]! + long[3]!;
  return HET_WORDS.has(singular) || DE_ENDING.test(singular) || endsInHetWord(singular);
}

/**
 * Whether a replacement noun still agrees with the adjective before the span: an adjective without
 * -e before a singular noun ("een maatschappelijk ...") needs a het-word; with -e after "het" too;
 * with -e after "de", "een" or no article a de-word or a plural.
 */
function agreesWithAdjective(place: FixPlace, found: { adjective: string; determiner: string | null }, head: string, words: readonly string[]): boolean {
  const { adjective, determiner } = found;
  if (INVARIABLE.has(adjective) || /en$/.test(adjective)) return true;
  const inflected = adjective.endsWith('e');
  if ((looksPlural(head) || pluralWithLongVowel(head)) && words.length === 1) return inflected;
  if (!place.singular) return false;
  const gender = genderOf(head, words.length === 1);
  if (!inflected) return gender === 'het';
  if (determiner !== null && HET_DETERMINERS.has(determiner)) return gender === 'het';
  // After a possessive or "die"/"dat" every singular noun takes the -e.
  if (determiner !== null && DEFINITE.has(determiner) && !DE_DETERMINERS.has(determiner)) return true;
  // After "de", "een" or no article the -e goes with a de-word.
  return gender !== 'het';
}

/** "het dagelijks leven" → "het dagelijkse leven"; "een dagelijks leven" stays. Null: cannot tell. */
function agreeAdjective(words: string[], determiner: string | null, gender: Gender): string[] | null {
  const adjective = words[0]!.toLowerCase();
  if (words.length !== 2 || INVARIABLE.has(adjective) || !isAdjectival(adjective)) return words;
  const needsE = determiner !== null && DEFINITE.has(determiner) ? true : gender === 'het' ? false : gender === 'de' ? true : null;
  if (needsE === null) return null;
  const base = adjective.endsWith('e') ? null : adjective;
  if (!needsE && base === null) return null;
  return [needsE ? withAdjectiveE(words[0]!) : words[0]!, words[1]!];
}

/** A sense word stands at `word`: the word itself or the last part of a compound ("verkeersregels"). */
function senseWordAt(word: string, listed: readonly string[]): boolean {
  return listed.some((w) => word === w || (w.length >= 4 && word.length > w.length + 2 && word.endsWith(w)));
}

/**
 * Whether the sentence shows the sense the alternatives fit: one of `near` in it (when given) and
 * none of `notNear`. "Wij handhaven het lichtniveau" keeps the light as it is; "controleren" only
 * fits where rules are enforced.
 */
export function senseFits(place: Pick<FixPlace, 'tokens' | 'from' | 'to' | 'sentenceStart' | 'sentenceEnd'>, near: readonly string[] | undefined, notNear: readonly string[] | undefined): boolean {
  let found = near === undefined;
  for (let k = place.sentenceStart; k < place.sentenceEnd; k++) {
    if (k >= place.from && k < place.to) continue;
    const word = place.tokens[k]!.lower;
    if (notNear && senseWordAt(word, notNear)) return false;
    if (!found && near && senseWordAt(word, near)) found = true;
  }
  return found;
}

/** Words that open a clause's subject: after them a conjunction such as "maar" reads. */
const SUBJECT_START = new Set(['de', 'het', 'een', 'dit', 'deze', 'dat', 'die', 'wij', 'we', 'ik', 'u', 'zij', 'ze', 'hij', 'men', 'er', 'iedereen', 'niemand', 'alle', 'veel', 'sommige', 'ook', 'dan', 'wel', 'niet']);

/** The span opens its clause: the sentence's first word, or the first after a comma, semicolon or colon. */
function opensClause(place: FixPlace): boolean {
  return place.from === place.sentenceStart || /[,;:]/.test(place.tokens[place.from - 1]!.after);
}

/**
 * "maar" joins two clauses and the subject comes next ("…, maar Hoornwaard plaatst"). In the
 * middle of a clause it means "only" ("staat maar onder druk"), and where an adverb opened a main
 * clause the verb follows ("Evenwel is het …" → "Maar is het …"): both read wrong.
 */
function conjunctionFits(place: FixPlace): boolean {
  const next = place.to < place.sentenceEnd ? place.tokens[place.to]! : undefined;
  if (!next || !opensClause(place)) return false;
  return SUBJECT_START.has(next.lower) || (place.from !== place.sentenceStart && /^\p{Lu}/u.test(next.text));
}

/** Forms of "noemen": it takes a thing ("noemt de naam"), never a clause ("noemt dat …"). */
const NOEMEN = new Set(['noem', 'noemt', 'noemen', 'noemde', 'noemden', 'genoemd']);
const CLAUSE_OPENERS = new Set(['dat', 'of', 'hoe', 'waarom', 'wanneer', 'welke']);

/**
 * A clause follows the span in its own clause: "vermeldt bij publiciteit dat …". A "dat" right
 * after a het-word is a relative pronoun ("het bedrag dat"), not the start of a clause.
 */
function clauseFollows(place: FixPlace): boolean {
  const { tokens } = place;
  for (let k = place.to; k < place.sentenceEnd; k++) {
    if (k > place.to && /[,;:]/.test(tokens[k - 1]!.after)) return false;
    const w = tokens[k]!.lower;
    if (!CLAUSE_OPENERS.has(w)) continue;
    if (w === 'dat' && k > place.to && genderOf(tokens[k - 1]!.lower, false) === 'het') return false;
    return true;
  }
  return false;
}

/**
 * The span is an adjective before its noun ("als integraal onderdeel"): the replacement has to be
 * an adjective too; "samen" or "als geheel" cannot stand there.
 */
function attributiveAdjective(place: FixPlace): boolean {
  if (place.to - place.from !== 1 || place.to >= place.sentenceEnd) return false;
  const word = place.tokens[place.from]!;
  const next = place.tokens[place.to]!;
  if (word.after !== '' || next.before !== '' || !/^\p{Ll}+$/u.test(next.text)) return false;
  if (!bareForms(word.lower).some((form) => isAdjectival(form))) return false;
  // The next word is a noun as far as the lists tell: a known het-word, a noun ending or a plural
  // ("onderdeel" ends like "geheel" but is listed as a het-word).
  if (isParticiple(next.lower) || PREPOSITIONS.has(next.lower)) return false;
  return HET_WORDS.has(next.lower) || endsInHetWord(next.lower) || DE_ENDING.test(next.lower) || (!isAdjectival(next.lower) && looksPlural(next.lower));
}

/**
 * A replacement that can stand before a noun: an adjective ("makkelijk bereikbare"), or an
 * invariable one such as "extra"; not a phrase that opens with a preposition ("als geheel").
 */
function adjectiveReplacement(words: readonly string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length > 1 && PREPOSITIONS.has(words[0]!.toLowerCase())) return false;
  return INVARIABLE.has(last) || bareForms(last).some((form) => isAdjectival(form));
}

/** Words that open a subclause, where the verb goes to the end and a separable verb stays whole. */
const SUBORDINATORS = new Set(['dat', 'omdat', 'als', 'wanneer', 'zodat', 'doordat', 'terwijl', 'nadat', 'voordat', 'indien', 'of', 'die', 'wie', 'waar', 'waarin', 'waarmee', 'waarbij', 'waaraan', 'waardoor', 'hoe', 'welke', 'zodra', 'totdat', 'mits', 'tenzij', 'hoewel', 'opdat']);
/** Verbs before a bare infinitive: with one of them in the clause, "meedoen" is an infinitive. */
const INFINITIVE_TAKERS = new Set([...MODALS, 'te', 'gaan', 'gaat', 'ging', 'gingen', 'laten', 'laat', 'liet', 'lieten', 'blijven', 'blijft', 'bleef', 'komen', 'komt', 'kwam', 'hoeven', 'hoeft', 'zien', 'ziet', 'helpen', 'helpt']);

function someInClause(place: FixPlace, words: ReadonlySet<string>): boolean {
  const { start } = clauseAround(place);
  for (let k = start; k < place.from; k++) if (words.has(place.tokens[k]!.lower)) return true;
  return false;
}

/**
 * A separable verb in the shape its place needs: in a subclause it stays whole ("dat iedereen
 * doet mee" → "dat iedereen meedoet"); as the finite verb of a main clause it splits ("Alle
 * scholen meedoen" → "Alle scholen doen mee"). The second word of a phrase is left alone.
 */
function placeSeparable(replacement: string, place: FixPlace, dictionaryForm: string): string {
  if (place.noun) return replacement;
  const words = replacement.split(' ');
  const verb = dictionaryForm.split(' ')[0]!;
  const parts = separableParts(verb);
  if (!parts) return replacement;
  const subordinate = someInClause(place, SUBORDINATORS);
  if (words.length === 2 && words[1] === parts[0] && subordinate) return `${words[1]}${words[0]}`;
  const finitePlural = words.length === 1 && words[0]!.toLowerCase() === verb.toLowerCase() && place.to - place.from === 1 && /en$/.test(place.tokens[place.from]!.lower);
  if (finitePlural && !subordinate && !someInClause(place, INFINITIVE_TAKERS) && afterPluralSubject(place)) return `${parts[1]} ${parts[0]}`;
  return replacement;
}

const PLURAL_PRONOUNS = new Set(['wij', 'we', 'zij', 'ze', 'jullie']);
const NOT_A_SUBJECT = new Set(['tussen', 'binnen', 'buiten', 'boven', 'beneden', 'tegen', 'ons', 'onze', 'zijn', 'hun', 'uw', 'des', 'mits', 'indien', 'tenzij']);

/**
 * The word before the span is a plural subject ("wij", "alle scholen"): the span is then the
 * finite verb. After a preposition, an article or another verb ("voor prestatieafspraken",
 * "maakt prestatieafspraken") a word on -en is a noun or an infinitive.
 */
function afterPluralSubject(place: FixPlace): boolean {
  if (place.from <= place.sentenceStart) return false;
  const previous = place.tokens[place.from - 1]!;
  if (previous.after !== '') return false;
  const w = previous.lower;
  if (PLURAL_PRONOUNS.has(w)) return true;
  if (PREPOSITIONS.has(w) || ADJECTIVE_DETERMINERS.has(w) || OWN_DETERMINER.has(w) || NOT_A_SUBJECT.has(w)) return false;
  return /\p{L}{2,}(?:en|s)$/u.test(w) && !isParticiple(w);
}

/**
 * The replacement as it must be written at this place, or null when it would not read right
 * there (the finding then offers advice only).
 */
export function fitReplacement(replacement: string, place: FixPlace, dictionaryForm: string = replacement): string | null {
  const placed = placeSeparable(replacement, place, dictionaryForm);
  /** A separable verb joined for its subclause ("meedoet"): it may stand before its object there. */
  const joined = placed !== replacement && !placed.includes(' ');
  let words = placed.split(' ');
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  const { tokens } = place;
  const before = previousWord(place);
  const next = place.to < place.sentenceEnd ? tokens[place.to]! : undefined;

  // Doubled words at the seams: "om om", "met met".
  if (before !== null && before === first) return null;
  if (next && tokens[place.to - 1]!.after === '' && next.lower === last) return null;

  // "staat evenwel onder druk" → "staat maar onder druk": see conjunctionFits.
  if (words.length === 1 && first === 'maar' && !conjunctionFits(place)) return null;
  // "vermeldt bij publiciteit dat …" → "noemt … dat": the new verb takes no clause.
  if (NOEMEN.has(first) && clauseFollows(place)) return null;
  // "als integraal onderdeel" → "als samen onderdeel": before a noun only an adjective reads.
  if (!place.noun && attributiveAdjective(place) && !adjectiveReplacement(words)) return null;
  // "Teneinde de kosten te dekken" → "om te de kosten te dekken": the clause has its "te" already.
  if (last === 'te' && teFollows(place)) return null;
  // "alvorens over te gaan" → "voordat over te gaan", "gelet op de kosten" → "omdat de kosten": a
  // conjunction needs a clause with a finite verb, which a swap cannot write.
  if (CLAUSE_CONJUNCTIONS.has(first) && (place.endsWithPreposition || teFollows(place))) return null;
  // "ingediend middels het formulier" → "ingediend door het formulier": in a passive "door" names
  // who acts.
  if (first === 'door' && words.length === 1 && passiveInSentence(place)) return null;
  // "Middels deze brief informeren wij u" → "Door deze brief …": before "deze" or "dit" "door"
  // names a cause, not the means ("door het formulier in te vullen" is another matter).
  if (first === 'door' && words.length === 1 && next !== undefined && POINTING.has(next.lower)) return null;
  // "heeft een onderzoek geïnitieerd" → "heeft een onderzoek begonnen": this participle goes with
  // "zijn", which a swap cannot change.
  if (words.length === 1 && WITH_ZIJN.has(first) && someInSentence(place, HEBBEN) && !someInSentence(place, ZIJN)) return null;
  // "gedurende ten minste tien jaar" → "tijdens ten minste tien jaar": "tijdens" takes an event, not a length of time.
  if (first === 'tijdens' && durationFollows(place)) return null;
  // "eisen op het gebied van veiligheid" → "eisen bij veiligheid": after a noun or verb the phrase
  // needs the preposition that word governs ("eisen voor"); "bij" only opens a clause.
  if (first === 'bij' && words.length === 1 && place.to - place.from > 1 && before !== null && !COPULAS.has(before)) return null;
  // "dat aandacht behoeft" → "dat aandacht hoeft": "hoeven" only reads with "te".
  if (HOEVEN.has(first) && !teFollows(place)) return null;
  // "een groot aantal huiseigenaren is ondersteund" → "veel huiseigenaren is ...": a plural subject
  // needs another verb form.
  if (quantityNoun(place) && !SINGULAR_QUANTITY.test(last) && someInSentence(place, SINGULAR_VERBS)) return null;
  // "drie speerpunten" → "drie belangrijkste doelen": a superlative needs "de" or a possessive.
  if (words.length > 1 && /ste$/.test(first) && isAdjectival(first.replace(/ste$/, '')) && (before === null || !DEFINITE.has(before))) return null;

  // "die woonachtig zijn" → "die wonend zijn", "niet conform de regeling is" → "niet volgens de
  // regeling is": after "zijn" a present participle or "volgens" does not read; the verb has to
  // change with it ("wonen", "past bij"), which a swap cannot do.
  // ("is blijvend" reads: a participle without a phrase after it is an adjective there.)
  const participleWithPhrase = PRESENT_PARTICIPLE.test(first) && next !== undefined && PREPOSITIONS.has(next.lower);
  if (words.length === 1 && (participleWithPhrase || ACCORDING_TO.has(first)) && predicateOfZijn(place)) return null;

  // "het nieuwe speelveld" → "het nieuwe situatie", "een maatschappelijk vraag", "in nauwe overleg":
  // an adjective before the span agrees with the old noun; the new one must take the same.
  const adjective = place.noun ? adjectiveBefore(place) : null;
  if (adjective && !agreesWithAdjective(place, adjective, (words.length === 2 && HET_WORDS.has(first) ? first : last), words)) return null;

  if (place.noun && before !== null && ((DEFINITE.has(before) && !CONJUNCTION_TOO.has(before)) || INDEFINITE.has(before))) {
    // After an article the replacement must be a noun phrase of its own: no second article, no
    // preposition phrase ("de per wijk"), the right article for its noun.
    if (OWN_DETERMINER.has(first) || PREPOSITIONS.has(first)) return null;
    // The noun the article goes with: the last word, or the first of "aantal medewerkers".
    const head = words.length === 2 && HET_WORDS.has(first) ? first : last;
    const gender = genderOf(head, place.singular && words.length <= 2);
    if (place.singular && DE_DETERMINERS.has(before) && gender === 'het') return null;
    // After "het" only a word known to take "het" is safe: most nouns take "de".
    if (HET_DETERMINERS.has(before) && gender !== 'het') return null;
    if (place.singular && looksPlural(head)) return null;
    if (words.length === 2 && ADJECTIVE_FIRST(words)) {
      const agreed = agreeAdjective(words, before, gender);
      if (agreed === null) return null;
      words = agreed;
    }
  }

  // A noun replaced by a verb phrase ("leefbaarheid" → "prettig wonen", "kennisdeling" → "kennis
  // delen"): another word class, the sentence has to be rebuilt around it.
  // ("gelijke kansen" is a noun: an adjective with -e before a plural.)
  const beforeLast = words[words.length - 2]?.toLowerCase() ?? '';
  if (place.noun && words.length >= 2 && /en$/.test(last) && !HET_WORDS.has(last) && !looksPlural(last) && !/e$/.test(beforeLast)) return null;
  // A verb that needs its object after a preposition ("continueren" → "doorgaan met") cannot end
  // the clause; a separable verb ("behelst" → "houdt in") cannot stand before its object.
  const endsClause = !next || tokens[place.to - 1]!.after.trim() !== '';
  if (PREPOSITIONS.has(last) && last !== 'als' && !place.endsWithPreposition && endsClause) return null;
  // (A clause may follow: "merkt op dat ...".)
  const split = isSeparable(dictionaryForm.split(' ')[0]!) && words.length === 2 && PARTICLES.has(last);
  if (split && !endsClause && !PREPOSITIONS.has(next!.lower) && !CLAUSE_START.has(next!.lower)) return null;
  // "zorg gedragen voor goede afspraken" → "geregeld goede afspraken": without its preposition a
  // participle or infinitive stands before its object. (A finite verb is fine: "regelt goede ...".)
  if (place.endsWithPreposition && !PREPOSITIONS.has(last) && (isParticiple(first) || INFINITIVE_END.test(first))) return null;
  // "van beperkte omvang" → "klein" reads after "is", not after a noun ("een project klein").
  if (place.startsWithPreposition && words.length === 1 && isAdjectival(first) && (before === null || !COPULAS.has(before))) return null;
  if (MODALS.has(first) && teFollows(place)) return null;
  // "wij normaliseren de hulp" → "wij gewoon maken de hulp": a verb with a word before it
  // ("gewoon maken", "laten zien") splits in a main clause ("wij maken de hulp gewoon") and takes
  // "te" in between ("gewoon te maken"); it only fits where the clause ends.
  if (!place.noun && words.length === 2 && INFINITIVE_END.test(last) && isAdverbialWord(first)) {
    if (before === 'te' || (!endsClause && !CLAUSE_START.has(next!.lower))) return null;
  }
  // A separable verb as it stands in the dictionary ("invoeren" for "implementeren") fits at the
  // end of a clause or after a modal ("wil doorgaan met"); "te invoeren" and "wij invoeren de
  // regels" do not read.
  if (!place.noun && !joined && isSeparable(first) && (before === 'te' || (!endsClause && !modalBefore(place)))) return null;
  // "wordt ingezet op" → "wordt gewerkt aan": a participle with its preposition after "worden" is
  // a passive without a subject, which a resident cannot follow; the sentence needs an active
  // rewrite, not a swap. ("wordt gemonitord" → "wordt gevolgd" is fine.)
  if (words.length > 1 && isParticiple(first) && passiveBefore(place)) return null;

  // "zodat inwoners laagdrempelig terecht kunnen" → "makkelijk bereikbaar terecht kunnen": an
  // adjective used as an adverb takes no phrase that describes a place; after "is" or before its noun it does.
  if (!place.noun && words.length > 1 && isAdjectival(dictionaryForm) && !/e$/.test(tokens[place.to - 1]!.lower) && (before === null || !ADJECTIVE_DETERMINERS.has(before)) && !copulaBefore(place)) return null;

  const length = place.sentenceEnd - place.sentenceStart;
  if (crossesLimit(length, words.length - (place.to - place.from), place.sentenceLimit)) return null;
  return words.join(' ');
}

/** "gewoon", "mogelijk", "eenvoudiger": an uninflected adjective or comparative (not "grote", "andere", "wij"). */
function isAdverbialWord(word: string): boolean {
  const w = word.toLowerCase();
  return !w.endsWith('e') && (isAdjectival(w) || (/er$/.test(w) && isAdjectival(w.slice(0, -2))));
}

/** "dagelijks leven", "eigen betaling": an adjective before the noun (not "makkelijk bereikbaar"). */
const ADJECTIVE_FIRST = (words: readonly string[]): boolean => isAdjectival(words[0]!) && !isAdjectival(words[1]!);
