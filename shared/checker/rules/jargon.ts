// Jargon and officialese from the dictionaries: multi-word terms first (longest wins), then
// single words in any inflection, then compounds that contain a listed term.
import type { Token } from '../analyse';
import { alternativeFor, isAdjectival, isParticiple } from '../dictionary/inflect-alternative';
import type { CompiledDictionary, MultiWordTerm } from '../dictionary/matcher';
import type { TermEntry } from '../dictionary/schema';
import { memoByObject, memoByWord } from '../memo';
import { fitReplacement, genderOf, senseFits, type FixPlace } from '../fix-fit';
import { wordCount } from '../sentence-limit';
import { defineRule, severityOf, type BlockContext, type SettledFinding } from './define';
import { findFrames } from './frames';
import { ARTICLES } from '../determiners';
import { findSupportVerbs, type SupportVerbMatch } from './support-verb';
import { abstractCompound, type AbstractCompound } from '../abstract-compound';
import { isWebOrMailAddress } from '../web-address';
import { tokenClasses, wordClass } from './word-classes';

const CATEGORY_LABEL: Record<TermEntry['category'], string> = {
  ambtelijk: 'ambtelijke taal',
  'vakjargon-sociaal-domein': 'vaktaal',
  'engels-leenwoord': 'een Engels woord',
  'vage-beleidstaal': 'vage beleidstaal',
  bestuurstaal: 'bestuurstaal',
  zorgjargon: 'vaktaal uit de zorg',
  juridisch: 'juridische taal',
};

/** "kies: A · B · C": alternatives that cannot be read as one phrase. */
export function choiceList(alternatives: readonly string[]): string {
  const shown = alternatives.slice(0, 3).map((a) => `'${a}'`);
  return shown.length === 1 ? `Schrijf liever ${shown[0]}.` : `Kies: ${shown.join(' · ')}.`;
}

/** "'A' of 'B'": the first two alternatives, as the advice names them. Per entry, once. */
const examplesOf = memoByObject((entry: TermEntry): string => entry.alternatives.slice(0, 2).map((a) => `'${a}'`).join(' of '));

function message(actual: string, entry: TermEntry, partOf: string | null, fixes: readonly string[]): string {
  const label = CATEGORY_LABEL[entry.category];
  const examples = examplesOf(entry);
  if (partOf) {
    return `'${partOf}' bevat '${entry.term}' (${label}). Zeg in gewone woorden wat u bedoelt.${examples ? ` Bijvoorbeeld met ${examples}.` : ''}`;
  }
  if (fixes.length > 0) return `'${actual}' is ${label}. ${choiceList(fixes)}`;
  if (examples) return `'${actual}' is ${label}. Schrijf de zin anders, bijvoorbeeld met ${examples}.`;
  return `'${actual}' is ${label}. Zeg in gewone woorden wat u bedoelt.`;
}

/** The alternatives in the form of the words in the text; those that cannot be made are left out. */
/** A fix in the form of the text, and the dictionary alternative it was made from. */
interface Fix {
  form: string;
  alternative: string;
}

/** Per dictionary, per entry, per form in the text: the fixes that are not listed terms themselves. */
const fixesMemo = new WeakMap<CompiledDictionary, WeakMap<TermEntry, Map<string, Fix[]>>>();

function unlistedFixesFor(context: BlockContext, actual: string, entry: TermEntry): Fix[] {
  let byEntry = fixesMemo.get(context.dictionary);
  if (!byEntry) {
    byEntry = new WeakMap();
    fixesMemo.set(context.dictionary, byEntry);
  }
  let byActual = byEntry.get(entry);
  if (!byActual) {
    byActual = new Map();
    byEntry.set(entry, byActual);
  }
  let fixes = byActual.get(actual);
  if (!fixes) {
    fixes = computeFixes(actual, entry).filter((fix) => !isListed(context, fix.form));
    byActual.set(actual, fixes);
  }
  return fixes;
}


/**
 * A paraphrase ("jeugdhulp" → "hulp voor kinderen en ouders") needs the sentence rebuilt around it:
 * swapped in by one click it lengthens the sentence, drags in prepositions and changes what the
 * article and adjectives refer to. It is shown as an example in the advice, not applied.
 */
export function isParaphrase(actual: string, alternative: string): boolean {
  return wordCount(alternative) > wordCount(actual) + 1;
}

function computeFixes(actual: string, entry: TermEntry): Fix[] {
  const lower = actual.toLowerCase();
  const isVariant = (entry.variants ?? []).some((v) => v.toLowerCase() === lower);
  return entry.alternatives.flatMap((alternative) => {
    if (isParaphrase(actual, alternative)) return [];
    const form = alternativeFor(entry.term, actual, alternative, isVariant);
    return form === null ? [] : [{ form, alternative }];
  });
}

function matchMultiWord(context: BlockContext, tokens: Token[], i: number, sentenceEnd: number): { n: number; entry: TermEntry } | null {
  const first = tokens[i];
  // Every phrase has two words or more; a comma or bracket after the first breaks it.
  if (!first || i + 2 > sentenceEnd || first.after !== '') return null;
  const candidates = context.dictionary.multiWordByPair.get(first.lower)?.get(tokens[i + 1]!.lower);
  if (!candidates) return null;
  for (const candidate of candidates) {
    const n = candidate.words.length;
    if (i + n > sentenceEnd) continue;
    let ok = true;
    for (let k = 2; k < n && ok; k++) {
      const token = tokens[i + k];
      // A sentence-internal comma or bracket breaks a phrase.
      ok = token !== undefined && candidate.words[k]!.has(token.lower) && (tokens[i + k - 1]?.after ?? '') === '';
    }
    if (ok) return { n, entry: candidate.entry };
  }
  return null;
}

/** Words that cannot stand between a verb and the rest of its phrase: they start another clause. */
const GAP_STOP = new Set([
  'te', 'en', 'of', 'maar', 'want', 'dat', 'omdat', 'als', 'indien', 'wanneer', 'zodat', 'terwijl', 'die', 'wat', 'welke', 'waar',
]);
/** A gap that ends in one of these leaves its noun waiting: "vindt een plaats", "neemt zijn plaats in". */
const DETERMINER = new Set(['de', 'het', 'een', 'geen', 'deze', 'dit', 'die', 'dat', 'zijn', 'haar', 'hun', 'onze', 'uw', 'mijn', 'elk', 'elke', 'ieder', 'iedere', 'veel', 'weinig']);
/**
 * The second half of a phrase made only of these ("merkt ... op", "stemt ... af") is a particle
 * that also starts a prepositional phrase; the prepositions after which a particle still closes
 * its clause ("stemt de planning af met de buren").
 */
const PARTICLE = new Set(['aan', 'op', 'af', 'toe', 'mee', 'in', 'uit', 'terug', 'door', 'over', 'met', 'voor', 'naar', 'om', 'bij', 'onder', 'te']);
const AFTER_PARTICLE = new Set(['dat', 'met', 'op', 'aan', 'in', 'bij', 'voor', 'over', 'van', 'naar', 'door', 'om', 'tot', 'tegen']);
/** First words of listed phrases ending in -t that are not finite verbs. */
const NOT_A_FINITE_VERB = new Set(['met', 'niet', 'het', 'dat', 'wat', 'tot', 'uit', 'echt', 'best', 'front', 'soft', 'right', 'last', 'gelet', 'krediet', 'inzicht', 'voortgezet', 'beschut', 'geacht', 'ingezet', 'gedekt', 'mocht', 'dient']);
const MAX_GAP = 4;

/**
 * A listed phrase that starts with a finite verb, with the subject or an adverb between the verb
 * and the rest: "vindt gefaseerd plaats", "draagt er zorg voor", "neemt de gemeente de aanvraag in
 * behandeling", "vindt op maandag plaats". Dutch puts the subject, adverbs and adjuncts there in
 * any main clause, so a list of contiguous phrases misses them. The gap holds at most four words,
 * no punctuation, no conjunction or relative word (which would start another clause) and does not
 * end in an article ("vindt een plaats" is a noun phrase). A rest that is one particle must close the
 * clause ("stemt ... af.", "stemt ... af met"), or it is a preposition: "schrijft een brief aan de
 * raad"; two ("zetten wij in op") are the phrase.
 */
/** Every form the second word of these phrases may take: a gap must end before one of them. */
const secondWordsOf = memoByObject(
  (candidates: MultiWordTerm[]): Set<string> => new Set(candidates.flatMap((c) => (c.words[1] ? [...c.words[1]] : []))),
);

function matchGapped(context: BlockContext, tokens: Token[], i: number, sentenceEnd: number): { end: number; entry: TermEntry } | null {
  const first = tokens[i]!;
  if (first.after !== '' || first.lower.length < 4 || !(first.lower.endsWith('t') || first.lower.endsWith('en'))) return null;
  const candidates = context.dictionary.multiWord.get(first.lower);
  if (!candidates || NOT_A_FINITE_VERB.has(first.lower)) return null;
  const seconds = secondWordsOf(candidates);
  for (let gap = 1; gap <= MAX_GAP; gap++) {
    const last = tokens[i + gap];
    if (!last || i + gap >= sentenceEnd || GAP_STOP.has(last.lower)) return null;
    if (last.after !== '') return null;
    const restStart = i + gap + 1;
    if (DETERMINER.has(last.lower) || restStart >= sentenceEnd || !seconds.has(tokens[restStart]!.lower)) continue;
    for (const candidate of candidates) {
      const n = candidate.words.length;
      if (n < 2 || restStart + n - 1 > sentenceEnd) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const token = tokens[restStart + k - 1]!;
        ok = candidate.words[k]!.has(token.lower) && (k === 1 || tokens[restStart + k - 2]!.after === '');
      }
      if (!ok) continue;
      const end = restStart + n - 1;
      const singleParticle = n === 2 && [...candidate.words[1]!].every((w) => PARTICLE.has(w));
      if (singleParticle) {
        const closes = end >= sentenceEnd || tokens[end - 1]!.after !== '' || AFTER_PARTICLE.has(tokens[end]!.lower);
        if (!closes) continue;
      }
      return { end, entry: candidate.entry };
    }
  }
  return null;
}

const PREPOSITION_OR_ARTICLE = new Set(['aan', 'op', 'voor', 'met', 'van', 'over', 'naar', 'tot', 'in', 'om', 'bij', 'uit', 'door', 'te', 'ter', 'ten', 'de', 'het', 'een', 'onder', 'tegen']);
/** Listed phrases "verb + word ..." keyed by that second word, for the verb-final order. */
const verbFinalCandidates = memoByObject((dictionary: CompiledDictionary): Map<string, MultiWordTerm[]> => {
  const index = new Map<string, MultiWordTerm[]>();
  const seen = new Set<MultiWordTerm>();
  for (const [first, terms] of dictionary.multiWord) {
    if (!first.endsWith('t') || NOT_A_FINITE_VERB.has(first)) continue;
    for (const term of terms) {
      if (seen.has(term) || term.words.length < 2) continue;
      seen.add(term);
      const second = term.words[1]!;
      if ([...second].some((w) => PREPOSITION_OR_ARTICLE.has(w))) continue;
      for (const w of second) index.set(w, [...(index.get(w) ?? []), term]);
    }
  }
  return index;
});

/**
 * A listed "verb + word" phrase in the order of a subordinate clause, the verb after its word:
 * "waarin de bewoner centraal staat", "dat de verhuurder zorg draagt voor", "als de keuring plaats
 * vindt". Not after an article: "een plaats vindt" is a noun phrase.
 */
function matchVerbFinal(index: ReadonlyMap<string, MultiWordTerm[]>, tokens: Token[], i: number, sentenceStart: number, sentenceEnd: number): { end: number; entry: TermEntry } | null {
  const word = tokens[i]!;
  const candidates = index.get(word.lower);
  if (!candidates || word.after !== '' || i + 1 >= sentenceEnd || (i > sentenceStart && DETERMINER.has(tokens[i - 1]!.lower))) return null;
  const verb = tokens[i + 1]!;
  for (const candidate of candidates) {
    const n = candidate.words.length;
    if (i + n > sentenceEnd || !candidate.words[0]!.has(verb.lower)) continue;
    let ok = true;
    for (let k = 2; k < n && ok; k++) ok = candidate.words[k]!.has(tokens[i + k]!.lower) && tokens[i + k - 1]!.after === '';
    if (ok) return { end: i + n, entry: candidate.entry };
  }
  return null;
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** Formulas and vague phrases are never words of a name, so a capital before them says nothing. */
const PHRASE_CATEGORIES = new Set<TermEntry['category']>(['ambtelijk', 'vage-beleidstaal']);
const QUOTE_OPEN = /["“‘«']$/;

/**
 * Part of a name: "Visie Samen Dalwijk", "de Participatiewet", "Programmabegroting 2025", a term in
 * quotes. A capital inside a sentence, a capitalised neighbour or a year after it marks a name.
 */
function isNamePart(tokens: Token[], from: number, to: number, sentenceStart: number, sentenceEnd: number, entry: TermEntry): boolean {
  const first = tokens[from]!;
  if (QUOTE_OPEN.test(first.before)) return true;
  const capital = CAPITALISED.test(first.text);
  if (capital && from > sentenceStart) return true;
  const previous = from > sentenceStart ? tokens[from - 1] : undefined;
  // "Wet maatschappelijke ondersteuning": a lower-case term right after a capitalised word goes on
  // the name. A formula or vague phrase only when a capital inside or right after it shows the
  // name goes on ("Onderwijs op Maat"), not in "het Energieloket een groot aantal woningen".
  if (previous && CAPITALISED.test(previous.text) && from - 1 > sentenceStart && previous.after === '') {
    if (!PHRASE_CATEGORIES.has(entry.category)) return true;
    for (let k = from + 1; k <= to && k < sentenceEnd; k++) if (CAPITALISED.test(tokens[k]!.text) && tokens[k - 1]!.after === '') return true;
  }
  const next = to < sentenceEnd ? tokens[to] : undefined;
  // A formula that opens the sentence has its capital from the sentence: "Ten opzichte van 2026".
  const sentenceCapital = from === sentenceStart && PHRASE_CATEGORIES.has(entry.category) && to - from > 1;
  if (capital && !sentenceCapital && next && tokens[to - 1]!.after === '' && (CAPITALISED.test(next.text) || /^\d{4}(?:-\d{4})?$/.test(next.text))) return true;
  return false;
}

/** An alternative that is itself a listed term ("beleidskader" → "uitgangspunten") trades one finding for another. */
function isListed(context: BlockContext, alternative: string): boolean {
  const words = alternative.toLowerCase().split(/\s+/u);
  if (context.dictionary.multiWord.has(words[0] ?? '')) return context.dictionary.multiWord.get(words[0]!)!.some((c) => c.words.every((set, k) => set.has(words[k] ?? '')));
  return words.some((word) => {
    const hit = context.dictionary.matchWord(word);
    return hit !== null && !hit.inCompound;
  });
}

/**
 * "In het licht van de ..." → "Gezien de ...": the replacement and the words after it would make
 * another listed phrase, a new finding where the old one was.
 */
function startsListedPhrase(context: BlockContext, replacement: string, following: readonly string[]): boolean {
  const own = lowerWords(replacement);
  for (let i = 0; i < own.length; i++) {
    const candidates = context.dictionary.multiWord.get(own[i]!);
    if (!candidates) continue;
    for (const c of candidates) if (i + c.words.length > own.length && phraseAt(c, own, following, i)) return true;
  }
  return false;
}

/** Whether a phrase reads at word i of the replacement's words followed by the text's (no array joined). */
function phraseAt(candidate: MultiWordTerm, own: readonly string[], following: readonly string[], i: number): boolean {
  for (let k = 0; k < candidate.words.length; k++) {
    const at = i + k;
    const word = at < own.length ? own[at]! : (following[at - own.length] ?? '');
    if (!candidate.words[k]!.has(word)) return false;
  }
  return true;
}

/** A replacement's words in lower case; the same few replacements come back all through a note. */
const lowerWords = memoByWord((phrase: string): readonly string[] => phrase.toLowerCase().split(/\s+/u), 10_000);

/** What fix-fit needs to know of a term's own shape, worked out once per entry. */
interface TermShape {
  noun: boolean;
  lowerTerm: string;
  endsWithPreposition: boolean;
  startsWithPreposition: boolean;
}
const shapeOf = memoByObject(
  (entry: TermEntry): TermShape => ({
    noun: isNounTerm(entry),
    lowerTerm: entry.term.toLowerCase(),
    endsWithPreposition: PREPOSITION_END.test(entry.term),
    startsWithPreposition: PREPOSITION_START.test(entry.term),
  }),
);

/** A noun term: an article before it is its own ("de ketenpartners"), unlike an adjective's or a verb's. */
function isNounTerm(entry: TermEntry): boolean {
  const words = entry.term.toLowerCase().split(' ');
  const last = words[words.length - 1]!;
  // Not a verb phrase ("zorg dragen voor", "ten doel gesteld", "wij streven naar") nor a phrase
  // that ends in a preposition ("in het kader van").
  // ("weerstandsvermogen", "voornemen": a het-word on -en is a noun all the same.)
  const hetNounOnEn = /en$/.test(last) && !PREPOSITION_FIRST.test(entry.term) && genderOf(last, false) === 'het';
  if (isAdjectival(entry.term) || (/en$/.test(last) && !hetNounOnEn) || isParticiple(last) || PREPOSITION_END.test(entry.term)) return false;
  // "plaatst de kanttekening", "vervult een spilfunctie": a verb with its object.
  return !(words.length > 2 && /t$/.test(words[0]!) && ARTICLES.has(words[1]!));
}

const PREPOSITION_START = /^van\s/u;
/** "naar vermogen", "in het algemeen": a phrase that opens with a preposition is no noun. */
const PREPOSITION_FIRST = /^(?:naar|in|op|met|voor|van|tot|uit|bij|door|aan|om|over)\s/u;
const PREPOSITION_END = /\s(?:aan|op|voor|met|van|over|naar|tot|in|om|bij|uit|door)$/u;

/** The fixes that read right at this place in the sentence (see fix-fit.ts). */
function fitted(context: BlockContext, from: number, to: number, entry: TermEntry, actual: string, fixes: readonly Fix[]): string[] {
  if (fixes.length === 0) return [];
  const sentence = context.analysis.sentences[context.analysis.tokens[from]!.sentence]!;
  const shape = shapeOf(entry);
  const place: FixPlace = {
    tokens: context.analysis.tokens,
    from,
    to,
    sentenceStart: sentence.firstToken,
    sentenceEnd: sentence.endToken,
    noun: shape.noun,
    singular: actual.toLowerCase() === shape.lowerTerm,
    endsWithPreposition: shape.endsWithPreposition,
    startsWithPreposition: shape.startsWithPreposition,
    sentenceLimit: context.sentenceLimit,
  };
  // A word with more than one sense: the alternatives fit one of them, told by the words around it.
  if ((entry.oneClickNear || entry.oneClickNotNear) && !senseFits(place, entry.oneClickNear, entry.oneClickNotNear)) return [];
  // The words after the span, for a listed phrase the replacement would start ("Gezien de").
  const following = context.analysis.tokens.slice(to, Math.min(to + 3, sentence.endToken)).map((t) => t.lower);
  return fixes.flatMap((fix) => {
    const form = fitReplacement(fix.form, place, fix.alternative);
    return form === null || startsListedPhrase(context, form, following) ? [] : [form];
  });
}

function report(context: BlockContext, from: number, to: number, entry: TermEntry, partOf: string | null, adviceOnly = false): void {
  // A word residents know from their own municipality ("wijkteam"): nothing to tell the writer.
  if (entry.familiar === true) return;
  const { tokens } = context.analysis;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const actual = context.analysis.text.slice(start, end);
  // Inside a compound a one-click swap would drop the rest of the word: advice only. Elsewhere only
  // alternatives that can be written in the form of the text (plural, -e, verb form) and that fit
  // the sentence (article, "te", length) are offered.
  const fixes = partOf || adviceOnly || entry.oneClick === false ? [] : fitted(context, from, to, entry, actual, unlistedFixesFor(context, actual, entry));
  context.report({
    start,
    end,
    severity: severityOf(context.settings, entry.severity),
    message: message(actual, entry, partOf, fixes),
    expected: fixes,
    explanation: entry.explanation,
    category: entry.category,
    termId: entry.id,
  });
}

/** "Dat heet bijzondere bijstand", "de zogenoemde eigen bijdrage": the text names the term for the reader. */
const NAMING = new Set(['heet', 'heten', 'noemen', 'noemt', 'genoemd', 'zogenoemde', 'zogenaamde', 'zogeheten']);
/** The next sentence explains the term that ends this one: "... een keukentafelgesprek. Dat is een gesprek ..." */
const EXPLAINING_START = /^\s*(?:(?:dat|dit)\s+(?:is|zijn)\s+(?:een|de|het|iemand|mensen)|(?:dat|dit)\s+(?:betekent|wil zeggen))\b/iu;
/** Brackets that refer elsewhere or give a figure do not explain: "(zie bijlage 2)", "(€ 3 mln.)". */
const NOT_AN_EXPLANATION = /^\s*\(\s*(?:zie|art|bijlage|p\.|blz|nr|[\d€%])/iu;

/**
 * A term the writer names or explains right where it stands needs no finding: B1 texts have to
 * use the official name of a provision, and do it this way. Also "term (uitleg)". (A definition
 * list "term: uitleg" is not enough: the editor still wants the plainer word there.)
 */
function isExplainedHere(context: BlockContext, from: number, to: number): boolean {
  const { tokens, text } = context.analysis;
  const previous = from > 0 ? tokens[from - 1] : undefined;
  if (previous && previous.after === '' && NAMING.has(previous.lower)) return true;
  // "Dat heet de eigen bijdrage": an article between the naming verb and the term.
  const beforeArticle = from > 1 ? tokens[from - 2] : undefined;
  if (previous && beforeArticle && ARTICLES.has(previous.lower) && beforeArticle.after === '' && previous.after === '' && NAMING.has(beforeArticle.lower)) return true;
  const last = tokens[to - 1]!;
  const rest = text.slice(last.end);
  if (/^\s?\(/u.test(rest) && !NOT_AN_EXPLANATION.test(rest)) return true;
  // "rijplaten: dat zijn grote stalen platen", "het sociaal minimum, dat is het bedrag ...".
  if (/^\s?[:,–—-]/u.test(rest) && EXPLAINING_START.test(rest.replace(/^\s?[:,–—-]/u, ''))) return true;
  const sentence = context.analysis.sentences[last.sentence];
  if (sentence && to === sentence.endToken && EXPLAINING_START.test(text.slice(last.end).replace(/^[.!?]+/u, ''))) return true;
  return definesTerm(context, from, to) || definedInNextSentence(context, from, to);
}

/** The term opens its sentence as the subject of a definition: "Het sociaal minimum is het bedrag dat ...". */
function definesTerm(context: BlockContext, from: number, to: number): boolean {
  const { tokens, sentences, text } = context.analysis;
  const first = sentences[tokens[from]!.sentence]!.firstToken;
  if (from !== first && !(from === first + 1 && ARTICLES.has(tokens[first]!.lower))) return false;
  return DEFINING_VERB.test(text.slice(tokens[to - 1]!.end));
}

/** The term as the subject of a definition: "Het sociaal minimum is het bedrag dat ...", "Jeugdhulp betekent ...". */
// After "is"/"zijn" a definition opens with "een", "iemand", ... or names a noun that a clause
// describes ("het bedrag dat ..."); "Het sociaal domein is de afgelopen jaren gegroeid" defines nothing.
const DEFINING_VERB =
  /^\s*(?:(?:betekent|betekenen|heet|heten|wil zeggen)[:\s]|(?:is|zijn)\s+(?:een|iemand|mensen|alles|wat)\s|(?:is|zijn)\s+(?:de|het)\s+[\p{L}-]+\s+(?:die|dat|waar[\p{L}]*|voor|van|om|met)\s)/iu;

/**
 * The sentence after the term's own opens with the term and a defining verb: the writer uses the
 * word and explains it on the spot, as B1 texts do with a name the reader must know.
 */
function definedInNextSentence(context: BlockContext, from: number, to: number): boolean {
  const { tokens, sentences } = context.analysis;
  const next = sentences[tokens[from]!.sentence + 1];
  if (!next || next.firstToken >= next.endToken) return false;
  let k = next.firstToken;
  if (ARTICLES.has(tokens[k]!.lower)) k++;
  const n = to - from;
  if (k + n >= next.endToken) return false;
  for (let m = 0; m < n; m++) if (tokens[k + m]!.lower !== tokens[from + m]!.lower) return false;
  return definesTerm(context, k, k + n);
}

/** "Wet gemeentelijke schuldhulpverlening (Wgs)": brackets that give the short name do not explain the term. */
const SHORT_NAME_AFTER = /^\s?\(\s*\p{Lu}[\p{L}\d-]{0,7}\s*\)/u;

/** The text explains the term here, so its later uses need no finding (not when it only gives its short name). */
function explainsTerm(context: BlockContext, to: number): boolean {
  return !SHORT_NAME_AFTER.test(context.analysis.text.slice(context.analysis.tokens[to - 1]!.end));
}

/** Prepositions of a spot ("aan de Populierenlaan"); not "in"/"op", which the metaphor takes too ("het speelveld in Dalwijk"). */
const PLACE_PREPOSITIONS = new Set(['aan', 'bij', 'langs', 'naast', 'achter', 'tegenover']);

/**
 * A policy metaphor used for a real place: "het nieuwe speelveld aan de Populierenlaan", "het
 * podium naast De Brug". A preposition of a spot and a name right after the word show the literal
 * sense, so the text itself says what it is; later uses of the word are repeats of this one.
 */
function isPlaceInText(entry: TermEntry, tokens: Token[], to: number, sentenceEnd: number): boolean {
  if (entry.category !== 'vage-beleidstaal' || to + 1 >= sentenceEnd) return false;
  const preposition = tokens[to]!;
  if (tokens[to - 1]!.after !== '' || !PLACE_PREPOSITIONS.has(preposition.lower)) return false;
  let k = to + 1;
  if ((tokens[k]!.lower === 'de' || tokens[k]!.lower === 'het') && k + 1 < sentenceEnd) k++;
  return /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text);
}

const DIENEN = new Set(['dient', 'dienen', 'diende', 'dienden']);
/** "dient als basis", "dient ter info", "dient tot": to serve as, not "must". */
const DIENEN_OTHER_SENSE = new Set(['als', 'ter', 'tot', 'om', 'voor', 'in', 'aan']);
const ADJUNCT_AFTER_DIENEN = new Set(['voor', 'in', 'aan']);
const DIENEN_FAR_STOP = new Set(['en', 'of', 'dat', 'die', 'om', 'omdat', 'als', 'wat', 'waar', 'maar']);

/**
 * "dient ... te + verb" with words between ("dient eenvoudiger te worden"): the officialese "must".
 * Found by the verb and a "te" later in the sentence; the listed phrase "dient te" covers the
 * adjacent form. Advice only: "moet" also drops the "te", which a swap cannot do.
 */
function isDienenTe(tokens: Token[], i: number, sentenceEnd: number): boolean {
  const token = tokens[i]!;
  if (!DIENEN.has(token.lower) || token.after !== '') return false;
  const next = tokens[i + 1];
  if (!next || i + 1 >= sentenceEnd || next.lower === 'te') return false;
  // "dient voor een verlies een voorziening te worden getroffen": a preposition of the other sense
  // may open an adjunct when an infinitive with "te" follows, and no "om ... te" of purpose.
  const adjunct = ADJUNCT_AFTER_DIENEN.has(next.lower);
  if (DIENEN_OTHER_SENSE.has(next.lower) && !adjunct) return false;
  for (let k = i + 2; k < Math.min(sentenceEnd, i + 16); k++) {
    if (tokens[k - 1]!.after !== '') return false; // a comma ends the clause
    if (k > i + 11 && DIENEN_FAR_STOP.has(tokens[k]!.lower)) return false; // far off, another clause may have begun
    if (adjunct && tokens[k]!.lower === 'om') return false;
    if (tokens[k]!.lower === 'te') return !adjunct || (k + 1 < sentenceEnd && /en$/u.test(tokens[k + 1]!.lower));
  }
  return false;
}

function reportDienenTe(context: BlockContext, token: Token): void {
  const must = token.lower === 'dient' ? 'moet' : token.lower === 'diende' ? 'moest' : token.lower === 'dienden' ? 'moesten' : 'moeten';
  context.report({
    start: token.start,
    end: token.end,
    severity: severityOf(context.settings, 'warning'),
    message: `'${token.text} ... te' is ambtelijke taal. Schrijf '${must}' en laat 'te' weg.`,
    expected: [],
    explanation: 'Dienen te betekent: moeten.',
    category: 'ambtelijk',
    termId: 'dienen-te',
  });
}

/**
 * Words after which "welke" is a relative pronoun, not a question word: after a comma and before a
 * pronoun, article, preposition, verb or adverb ("een agenda, welke jaarlijks wordt bijgewerkt").
 * Before a noun ("welke scholen") it asks a question and is plain Dutch.
 */
const AFTER_RELATIVE_WELKE = new Set([
  'wij', 'we', 'ik', 'u', 'zij', 'ze', 'hij', 'men', 'er', 'de', 'het', 'een', 'door', 'in', 'op', 'bij', 'met', 'voor', 'naar', 'aan',
  'uit', 'over', 'ten', 'ter', 'sinds', 'na', 'onder', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'kan', 'kunnen',
  'moet', 'moeten', 'zal', 'zullen', 'heeft', 'hebben', 'dan', 'nu', 'ook', 'al', 'reeds', 'nog', 'niet', 'inmiddels', 'vervolgens',
  'tevens', 'daarna', 'momenteel', 'jaarlijks', 'maandelijks', 'wekelijks', 'later', 'eerder', 'binnenkort',
]);

function isRelativeWelke(tokens: Token[], i: number, sentenceStart: number, sentenceEnd: number): boolean {
  const token = tokens[i]!;
  if (token.lower !== 'welke' || i === sentenceStart || i + 1 >= sentenceEnd) return false;
  return /,/.test(tokens[i - 1]!.after) && token.after === '' && AFTER_RELATIVE_WELKE.has(tokens[i + 1]!.lower);
}

function reportRelativeWelke(context: BlockContext, token: Token): void {
  context.report({
    start: token.start,
    end: token.end,
    severity: severityOf(context.settings, 'warning'),
    message: `'${token.text}' als betrekkelijk voornaamwoord is ambtelijke taal. Schrijf 'die' of 'dat'.`,
    expected: [],
    explanation: "Na een komma verwijst 'welke' terug naar een woord. Gewoon gezegd: 'die' (de-woorden, meervoud) of 'dat' (het-woorden).",
    category: 'ambtelijk',
    termId: 'welke-betrekkelijk',
  });
}

/** Words after which "bij deze" is the officialese "hierbij", not "deze" before its noun. */
const NOT_A_NOUN = new Set(['de', 'het', 'een', 'u', 'uw', 'ik', 'wij', 'we', 'ons', 'onze', 'mijn', 'hij', 'zij', 'ze', 'mee', 'aan', 'uit', 'toe', 'op', 'in', 'en', 'dat']);
const SUBJECT_PRONOUNS = new Set(['ik', 'wij', 'we', 'u', 'hij', 'zij', 'ze', 'men', 'het']);

/**
 * "bij deze brief", "bij deze vraag": the listed phrase ends in "deze" and a noun follows, so it is
 * a demonstrative with its noun, not the officialese "bij deze" (= hierbij). The officialese one is
 * followed by a verb and its subject ("Bij deze ontvangt u ..."), an article or pronoun ("stuur ik u
 * bij deze de stukken"), a particle or nothing.
 */
function isDemonstrativeDeze(tokens: Token[], to: number, sentenceEnd: number): boolean {
  if (tokens[to - 1]!.lower !== 'deze' || tokens[to - 1]!.after !== '' || to >= sentenceEnd) return false;
  const next = tokens[to]!;
  if (!/^\p{Ll}+$/u.test(next.text) || NOT_A_NOUN.has(next.lower)) return false;
  const after = to + 1 < sentenceEnd ? tokens[to + 1] : undefined;
  return !(after && next.after === '' && SUBJECT_PRONOUNS.has(after.lower));
}

/**
 * "hoe zij het geld gebruiken", "dat zij het verlies ... dragen": the pronoun "zij" and an article,
 * not the concessive "zij het" (= maar), which follows a comma or dash: "een goede, zij het dure
 * oplossing".
 */
function isPronounZij(text: string, tokens: Token[], from: number, sentenceStart: number): boolean {
  if (tokens[from]!.lower !== 'zij' || tokens[from + 1]?.lower !== 'het') return false;
  return from > sentenceStart && !/[,;:–—-]/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start));
}

/**
 * A heading that names the kind of document ("Raadsvoorstel ...", "Beleidsnota ...") is a label;
 * so is such a name on a line of its own above a letter: capitalised, at most three words, no full
 * stop ("Raadsinformatiebrief").
 */
/**
 * "Betreft: de energietoeslag", "Onderwerp: ...": the label of a line in a letter's head, a form
 * field the genre prescribes, not a word of the writer's prose. The line has no sentence end.
 */
function isFieldLabel(context: BlockContext, index: number): boolean {
  const { tokens, text } = context.analysis;
  const token = tokens[index]!;
  if (!token.after.startsWith(':')) return false;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  if (text.slice(lineStart, token.start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', token.end);
  return !/[.!?]["'”’)]*\s*$/u.test(text.slice(token.end, lineEnd < 0 ? text.length : lineEnd));
}

function isHeadingLabel(context: BlockContext, index: number, entry: TermEntry): boolean {
  if (isFieldLabel(context, index)) return true;
  const { kind, tokens, text } = context.analysis;
  if (kind === 'paragraph') {
    return entry.category === 'bestuurstaal' && index === 0 && tokens.length <= 3 && /^\p{Lu}/u.test(text) && !text.includes('\n') && !/[.!?:;,]\s*$/u.test(text);
  }
  // "Verslag bestuurlijk overleg ...", "Concept raadsvoorstel ...": the kind after one word that says what of it.
  const opens = index === 0 || (index === 1 && entry.category === 'bestuurstaal');
  return kind === 'heading' && (opens || tokens.length <= 3) && (entry.category === 'bestuurstaal' || tokens.length <= 3);
}

export const jargonRule = defineRule({
  id: 'jargon',
  family: 'jargon',
  defaults: { enabled: true },
  userToggle: true,
  labelKey: 'checks.rule.jargon',
  groupsRepeats: true,
  check(context) {
    const { tokens, sentences } = context.analysis;
    // Looked up once per block, not per word (a WeakMap lookup each).
    const verbFinal = verbFinalCandidates(context.dictionary);
    const classes = tokenClasses(context.analysis, context.dictionary);
    for (const sentence of sentences) {
      // Support-verb phrases are found first so that a listed single word inside one ("aan een
      // evaluatie onderwerpen") leaves the finding to the phrase: swapping the word alone would keep
      // the empty verb. Listed phrases and frames still win (see reportSupportVerbs).
      const supportVerbs = findSupportVerbs(tokens, classes, sentence.firstToken, sentence.endToken, context.jargonTokens);
      let i = sentence.firstToken;
      while (i < sentence.endToken) {
        const c = classes[i]!;
        if ((c & C_ACTS) === 0) {
          i++;
          continue;
        }
        const multi = (c & C_PHRASE_START) === 0 ? null : matchMultiWord(context, tokens, i, sentence.endToken);
        if (multi) {
          if (isExplainedHere(context, i, i + multi.n)) {
            if (explainsTerm(context, i + multi.n)) context.explained(multi.entry.id, tokens[i]!.start);
          } else if (
            !isNamePart(tokens, i, i + multi.n, sentence.firstToken, sentence.endToken, multi.entry) &&
            !isHeadingLabel(context, i, multi.entry) &&
            !isDemonstrativeDeze(tokens, i + multi.n, sentence.endToken) &&
            !isPronounZij(context.analysis.text, tokens, i, sentence.firstToken)
          ) {
            report(context, i, i + multi.n, multi.entry, null);
          }
          for (let k = 0; k < multi.n; k++) context.jargonTokens.add(i + k);
          i += multi.n;
          continue;
        }
        const gapped =
          ((c & C_GAPPED_START) === 0 ? null : matchGapped(context, tokens, i, sentence.endToken)) ??
          ((c & C_VERB_FINAL_START) === 0 ? null : matchVerbFinal(verbFinal, tokens, i, sentence.firstToken, sentence.endToken));
        if (gapped) {
          if (!isNamePart(tokens, i, i + 1, sentence.firstToken, sentence.endToken, gapped.entry) && !isHeadingLabel(context, i, gapped.entry)) {
            // The words in the gap stay where they are, so a swap of the whole span would drop them.
            report(context, i, gapped.end, gapped.entry, null, true);
          }
          for (let k = i; k < gapped.end; k++) context.jargonTokens.add(k);
          i = gapped.end;
          continue;
        }
        const token = tokens[i]!;
        if (isRelativeWelke(tokens, i, sentence.firstToken, sentence.endToken)) {
          reportRelativeWelke(context, token);
          context.jargonTokens.add(i);
          i++;
          continue;
        }
        if (isDienenTe(tokens, i, sentence.endToken) && !context.jargonTokens.has(i)) {
          reportDienenTe(context, token);
          context.jargonTokens.add(i);
          i++;
          continue;
        }
        if ((c & (C_LISTED | C_ABSTRACT_COMPOUND)) !== 0 && token.hasLetter && !isWebOrMailAddress(token.text) && !insideSupportVerb(supportVerbs, i)) {
          const hit = (c & C_LISTED) === 0 ? null : context.dictionary.matchWord(token.lower);
          // A term that is only the first part of a compound ("integratie" in "integratie-uitkering")
          // says nothing about the whole word: no finding.
          const usable = hit && !(hit.inCompound && (!hit.head || context.dictionary.allowedLong.has(token.lower)));
          if (hit && usable && !isNamePart(tokens, i, i + 1, sentence.firstToken, sentence.endToken, hit.entry) && !isHeadingLabel(context, i, hit.entry)) {
            if (isExplainedHere(context, i, i + 1)) {
              if (explainsTerm(context, i + 1)) context.explained(hit.entry.id, token.start);
            } else if (isPlaceInText(hit.entry, tokens, i + 1, sentence.endToken)) context.explained(hit.entry.id, token.start);
            else report(context, i, i + 1, hit.entry, hit.inCompound ? token.text : null);
          }
          if (hit) context.jargonTokens.add(i);
          // A listed term that is only the first part ("participatie" in "participatietraject") did
          // not judge the word: its parts may.
          if (!usable && (c & C_ABSTRACT_COMPOUND) !== 0 && (!CAPITALISED.test(token.text) || i === sentence.firstToken)) reportAbstractCompound(context, i, sentence.firstToken, sentence.endToken);
        }
        i++;
      }
      reportFrames(context, classes, sentence.firstToken, sentence.endToken);
      reportSupportVerbs(context, supportVerbs);
    }
  },
  settle(context) {
    if (context.analysis.sentences.length < 2 || !PLAIN_JUDGES.every((rule) => context.ruleEnabled(rule))) return;
    if (!context.findings.every(isEverydayLoan)) return;
    for (const finding of [...context.findings]) context.withdraw(finding);
  },
});

function abstractCompoundMessage(word: string, parts: AbstractCompound): string {
  if (!parts.modifier) return `'${word}' is een abstract ambtelijk woord voor een proces. Zeg met een werkwoord wie wat doet.`;
  if (parts.gloss) return `'${word}' is een ambtelijk woord (${parts.modifier} + ${parts.head}); '${parts.gloss.part}' betekent: ${parts.gloss.plain}. Zeg in gewone woorden wat u bedoelt, of leg het woord uit.`;
  return `'${word}' is een abstract ambtelijk woord (${parts.modifier} + ${parts.head}). Zeg in gewone woorden wat er gebeurt of wat u bedoelt.`;
}

// What each step of the loop in check() can act on, as word classes (word-classes.ts): most words
// start no listed phrase (contiguous, gapped or verb-final), are not "welke" or a form of
// "dienen", and are neither a listed term nor a compound of bureaucratic parts; one lookup per
// token then replaces the seven the steps would each make.
/** The first word of a listed phrase (matchMultiWord). */
const C_PHRASE_START = wordClass((lower, dictionary) => dictionary.multiWordByPair.has(lower));
/** What matchGapped asks of the verb before it looks further. */
const C_GAPPED_START = wordClass(
  (lower, dictionary) => lower.length >= 4 && (lower.endsWith('t') || lower.endsWith('en')) && dictionary.multiWord.has(lower) && !NOT_A_FINITE_VERB.has(lower),
);
const C_VERB_FINAL_START = wordClass((lower, dictionary) => verbFinalCandidates(dictionary).has(lower));
const C_WELKE = wordClass((lower) => lower === 'welke');
const C_DIENEN = wordClass((lower) => DIENEN.has(lower));
const C_LISTED = wordClass((lower, dictionary) => dictionary.matchWord(lower) !== null);
const C_ABSTRACT_COMPOUND = wordClass((lower, dictionary) => abstractCompound(lower, dictionary.allowedLong) !== null);
const C_ACTS = C_PHRASE_START | C_GAPPED_START | C_VERB_FINAL_START | C_WELKE | C_DIENEN | C_LISTED | C_ABSTRACT_COMPOUND;

/** Rules whose findings show that a paragraph is not plain. */
const PLAIN_JUDGES = ['long-sentence', 'passive', 'nominalisation'];

/**
 * An English loan that has become everyday Dutch ("workshop", "update", "deadline": the dictionary
 * gives them info severity). In a paragraph with nothing else to report, a B1 editor leaves it: the
 * reader of a youth centre's page knows what a workshop is. Among officialese it is reported.
 */
function isEverydayLoan(finding: SettledFinding): boolean {
  return finding.ruleId === 'jargon' && finding.category === 'engels-leenwoord' && finding.severity === 'info';
}

/**
 * A compound built from bureaucratic parts that no dictionary lists ("participatietraject",
 * "gebiedsniveau"): advice only, since what it stands for depends on the text.
 */
function reportAbstractCompound(context: BlockContext, i: number, sentenceStart: number, sentenceEnd: number): void {
  const token = context.analysis.tokens[i]!;
  if (context.analysis.kind === 'heading' && context.analysis.tokens.length <= 3) return;
  const parts = abstractCompound(token.lower, context.dictionary.allowedLong);
  if (!parts) return;
  // A word of a name: "Programma Gebiedsontwikkeling Zuid".
  const previous = i > sentenceStart ? context.analysis.tokens[i - 1] : undefined;
  const next = i + 1 < sentenceEnd ? context.analysis.tokens[i + 1] : undefined;
  if ((previous && CAPITALISED.test(previous.text) && i - 1 > sentenceStart) || (next && CAPITALISED.test(next.text))) return;
  context.report({
    start: token.start,
    end: token.end,
    severity: severityOf(context.settings, 'info'),
    message: abstractCompoundMessage(token.text, parts),
    expected: [],
    explanation: parts.gloss
      ? `'${parts.gloss.part}' is een woord van de overheid. Het betekent: ${parts.gloss.plain}.`
      : 'Samenstellingen met ambtelijke delen als -traject, -niveau, -capaciteit of participatie- zeggen lezers weinig. Beschrijf wat er echt gebeurt.',
    category: 'bestuurstaal',
    termId: `abstract-${token.lower}`,
  });
  context.jargonTokens.add(i);
}

/**
 * Empty frames in one sentence, after the listed terms: a frame that overlaps a term already
 * reported ("is het wenselijk" holds "wenselijk") is left to that term's finding.
 */
function reportFrames(context: BlockContext, classes: Int32Array, from: number, to: number): void {
  const { tokens, text } = context.analysis;
  for (const match of findFrames(tokens, classes, from, to)) {
    let free = true;
    for (let k = match.from; k < match.to && free; k++) free = !context.jargonTokens.has(k);
    if (!free) continue;
    const start = tokens[match.from]!.start;
    const end = tokens[match.to - 1]!.end;
    context.report({
      start,
      end,
      severity: severityOf(context.settings, 'warning'),
      message: `'${text.slice(start, end)}' is een leeg zinsdeel: het zegt weinig. ${match.frame.advice}`,
      expected: [],
      explanation: 'Ambtelijke zinsdelen als deze maken de zin langer zonder iets te zeggen.',
      category: 'ambtelijk',
      termId: `frame-${match.frame.id}`,
    });
    for (let k = match.from; k < match.to; k++) context.jargonTokens.add(k);
  }
}

/**
 * Support-verb phrases ("in behandeling nemen", "controles uitvoeren"), after the listed terms and
 * frames: a phrase those already reported keeps that finding. Advice only: the plain verb needs
 * the sentence rebuilt ("wij behandelen de meldingen").
 */
function reportSupportVerbs(context: BlockContext, matches: readonly SupportVerbMatch[]): void {
  const { tokens, text } = context.analysis;
  for (const match of matches) {
    let free = true;
    for (let k = match.from; k < match.to && free; k++) free = !context.jargonTokens.has(k);
    if (!free) continue;
    const start = tokens[match.from]!.start;
    const end = tokens[match.to - 1]!.end;
    const plain = match.plain ? match.plain.split(/,\s*/u) : [];
    const advice = plain.length === 0 ? 'Gebruik het werkwoord zelf en zeg wie wat doet.' : plain.length === 1 ? `Schrijf het werkwoord zelf: '${plain[0]}'.` : `Schrijf het werkwoord zelf, kies: ${plain.map((p) => `'${p}'`).join(' · ')}.`;
    context.report({
      start,
      end,
      severity: severityOf(context.settings, 'warning'),
      message: `'${text.slice(start, end)}' is omslachtig: '${match.verb}' zegt weinig, de betekenis zit in ${match.noun ? `'${match.noun}'` : `wat na '${match.verb === 'overgaan' ? 'tot' : match.verb}' komt`}. ${advice}`,
      expected: [],
      explanation: "Een steunwerkwoord met een abstract woord ('in behandeling nemen', 'een bijdrage leveren') is langer en vager dan het werkwoord zelf ('behandelen', 'bijdragen').",
      category: 'ambtelijk',
      termId: `steunwerkwoord-${match.noun || match.verb}`,
    });
    for (let k = match.from; k < match.to; k++) context.jargonTokens.add(k);
  }
}

function insideSupportVerb(matches: readonly SupportVerbMatch[], i: number): boolean {
  for (const match of matches) if (i >= match.from && i < match.to) return true;
  return false;
}
