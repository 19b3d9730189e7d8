// Abstract compounds built from bureaucratic parts ("participatietraject", "gebiedsniveau",
// "transportcapaciteit", "installatietechnische", "rioolheffing", "ontzorgingsperiode"): judged by
// their parts, not by a longer list of whole words. A word is one when a listed head ends it or a
// listed modifier starts it, or when its first part is an abstract noun that everyday Dutch does
// not use (not on the frequency list: "ontzorging", "inburgering", "beëindiging"); the other part
// is a real word, and the whole word is not an everyday word itself.
import { phraseList, wordSet } from './dictionary/word-lists';
import { isFamiliar, onEverydayList } from './familiarity';
import { memoByWordPerList } from './memo';

const byLength = (set: Set<string>): string[] => [...set].sort((a, b) => b.length - a.length);
const HEADS = byLength(new Set([...wordSet('bureaucraticParts', 'heads'), ...wordSet('bureaucraticParts', 'technical')]));
const WEAK_HEADS = byLength(wordSet('bureaucraticParts', 'weakHeads'));
const EVERYDAY_HEADS = byLength(wordSet('bureaucraticParts', 'everydayHeads'));
const WEAK_MODIFIERS = wordSet('bureaucraticParts', 'weakModifiers');
const MODIFIERS = byLength(wordSet('bureaucraticParts', 'modifiers'));
const ABSTRACT_ENDINGS = [...wordSet('bureaucraticParts', 'abstractEndings')];
const LEVEL_PREFIXES = [...wordSet('bureaucraticParts', 'levelPrefixes')];
const LEVEL_ADJECTIVES = wordSet('bureaucraticParts', 'levelAdjectives');
const COMMON = wordSet('commonWords', 'common');
const MIN_WORD = 10;
const MIN_PART = 4;

export interface AbstractCompound {
  /** '' for a process noun on its own ("extensivering"). */
  modifier: string;
  head: string;
  /** What the bureaucratic part means in plain words, when the glossary has it ("heffing": "een belasting ..."). */
  gloss?: { part: string; plain: string };
}

const GLOSSES = phraseList('partGlosses');

/** The glossary entry of a part, also for its plural ("heffingen", "voorzieningen", "programma's"). */
function glossOf(part: string): { part: string; plain: string } | null {
  for (const form of [part, part.replace(/'s$/u, ''), part.replace(/en$/u, ''), part.replace(/s$/u, ''), part.replace(/n$/u, '')]) {
    const plain = GLOSSES.get(form);
    if (plain) return { part: form, plain };
  }
  return null;
}

/** The head's gloss first (the word is a kind of head), else the modifier's. */
function withGloss(parts: AbstractCompound): AbstractCompound {
  const gloss = glossOf(parts.head) ?? glossOf(parts.modifier);
  return gloss ? { ...parts, gloss } : parts;
}

/** A first part without its linking s/en/e first ("gebieds" → "gebied"), then as written. */
const withoutLink = (modifier: string): string[] => [modifier.replace(/s$/u, ''), modifier.replace(/en$/u, ''), modifier.replace(/e$/u, ''), modifier];

/** The modifier without a linking s/e/en, when that gives a real word ("gebieds" → "gebied"). */
function bareModifier(modifier: string, allowed: ReadonlySet<string>): string | null {
  // "onderwijs" as written, not "onderwij" (which splits into "onder" + "wij").
  if (COMMON.has(modifier) || allowed.has(modifier)) return modifier;
  for (const candidate of withoutLink(modifier)) {
    if (candidate.length >= MIN_PART && (isFamiliar(candidate, allowed) || MODIFIERS.includes(candidate) || WEAK_MODIFIERS.has(candidate))) return candidate;
  }
  // "afwegingskader", "inburgeringstraject": an abstract noun is a real first part too, known or not.
  return abstractModifier(modifier);
}

/** Shortest first part that can carry an abstract ending: "bescherming", not "ring". */
const MIN_ABSTRACT_MODIFIER = 7;

/**
 * A first part that is itself an abstract noun ("beschermings" → "bescherming", "veranderings" →
 * "verandering"): a noun made from a verb or an adjective names a process or a quality, so with a
 * weak head the whole word names an abstraction too ("beschermingsregime"), whether or not the
 * first part is listed. Only after a linking s or as written: a bare stem is not such a noun.
 */
function abstractModifier(modifier: string): string | null {
  for (const candidate of [modifier.replace(/s$/u, ''), modifier]) {
    if (candidate.length >= MIN_ABSTRACT_MODIFIER && ABSTRACT_ENDINGS.some((ending) => candidate.endsWith(ending))) return candidate;
  }
  return null;
}

/** A bureaucratic first part, with or without its linking s/e/en ("gebieds" → "gebied"). */
function weakModifier(modifier: string): string | null {
  for (const candidate of withoutLink(modifier)) {
    if (WEAK_MODIFIERS.has(candidate)) return candidate;
  }
  return abstractModifier(modifier);
}

/**
 * A first part that is an abstract noun everyday Dutch does not use ("ontzorgings" → "ontzorging",
 * "beëindigings" → "beëindiging"): not on the frequency list, though most such nouns are built from
 * known verbs. Residents meet these words only in letters from the government, so any compound
 * they start is a bureaucratic word ("ontzorgingsperiode"); "betalingsregeling" is not, because
 * "betaling" is an everyday word.
 */
function rareAbstractModifier(modifier: string, allowed: ReadonlySet<string>): string | null {
  const abstract = abstractModifier(modifier);
  return abstract && !onEverydayList(abstract, allowed) && !endsInEverydayWord(abstract, allowed) ? abstract : null;
}

/** "zwembadopening" is "zwembad" + the everyday "opening": not a rare word, only a rare compound. */
function endsInEverydayWord(word: string, allowed: ReadonlySet<string>): boolean {
  for (let i = MIN_PART; i <= word.length - 5; i++) {
    if (onEverydayList(word.slice(i), allowed) && isFamiliar(word.slice(0, i), allowed)) return true;
  }
  return false;
}

/**
 * Before any head, the first part must be rarer still: a noun on -ing whose verb is not everyday
 * either ("inburgering", "ontzorging"). "aanmelding" is missing from the list while "aanmelden" is
 * on it, so "aanmeldingsformulier" is left alone.
 */
function fromRareVerb(modifier: string, allowed: ReadonlySet<string>): boolean {
  return !modifier.endsWith('ing') || !onEverydayList(modifier.slice(0, -3) + 'en', allowed);
}

/** Split after a rare abstract first part, longest first part first, onto a familiar head. */
function afterRareAbstract(lower: string, allowed: ReadonlySet<string>): AbstractCompound | null {
  for (let i = lower.length - MIN_PART; i >= MIN_ABSTRACT_MODIFIER; i--) {
    // The head itself on the everyday list: "inwerkingtreding" is not "inwerking" + "treding".
    const head = lower.slice(i);
    if (!onEverydayList(head, allowed)) continue;
    const modifier = rareAbstractModifier(lower.slice(0, i), allowed);
    if (modifier && fromRareVerb(modifier, allowed)) return { modifier, head };
  }
  return null;
}

/** Two consonants that can begin a Dutch word ("pr", "st"); "xp" cannot, so "grond|exploitatie", not "gronde|xploitatie". */
const ONSET = /^(?:[aeiouy]|[^aeiouy][aeiouy]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kl|kn|kr|pl|pr|sc|sf|sj|sk|sl|sm|sn|sp|st|th|tr|vl|vr|wr|zw)/u;
const startsLikeAWord = (part: string): boolean => ONSET.test(part);

/** A last part on -atie/-itie that everyday Dutch does not use ("adaptatie", "exploitatie"). */
const RARE_HEAD_ENDING = /(?:atie|itie)s?$/u;
const MIN_RARE_HEAD = 8;

/**
 * "klimaatadaptatie", "grondexploitatie", "tariefdifferentiatie": a loanword for a process that
 * residents do not use, after a known first part. Only -atie/-itie: many everyday nouns on -ing are
 * missing from the list ("inzameling"), loanwords on -atie that residents know are on it
 * ("informatie", "situatie", "isolatie").
 */
function beforeRareHead(lower: string, allowed: ReadonlySet<string>): AbstractCompound | null {
  // Shortest head first: "klimaat" + "adaptatie", not "klim" + "aatadaptatie".
  for (let i = lower.length - MIN_RARE_HEAD; i >= MIN_PART; i--) {
    const head = lower.slice(i);
    // A known last part ("verkeers|situatie") is the word's real head: no longer split behind it.
    if (onEverydayList(head, allowed) || isFamiliar(head, allowed)) return null;
    if (!RARE_HEAD_ENDING.test(head) || !startsLikeAWord(head)) continue;
    // The first part exactly an everyday word, with or without its link: "uitkering|s", not "uitkerings|s".
    const modifier = withoutLink(lower.slice(0, i)).find((candidate) => candidate.length >= MIN_PART && (COMMON.has(candidate) || allowed.has(candidate)));
    if (modifier) return { modifier, head };
  }
  return null;
}

/**
 * A process noun made from a loan verb on -iveren, -iteren, -uleren, -iseren or -ificeren
 * ("extensivering", "prioritering", "harmonisering"), alone or at the end of a compound, that the
 * frequency list lacks, from a verb it lacks too: the writer names a process where a verb would say
 * who does what. The consonant before it keeps Dutch verbs out ("zuivering", "weigering").
 */
const LOAN_PROCESS = /[^aeiouy](?:iv|it|ul|is|ific)ering(?:en)?$/u;

function loanProcessNoun(lower: string, allowed: ReadonlySet<string>): AbstractCompound | null {
  if (!/^\p{Ll}+$/u.test(lower) || !LOAN_PROCESS.test(lower) || onEverydayList(lower, allowed)) return null;
  // "formulering": the verb is everyday ("formuleren"), so the noun is too.
  if (onEverydayList(lower.replace(/ing(?:en)?$/u, 'en'), allowed)) return null;
  return { modifier: '', head: lower };
}

/** "CROW-systematiek", "concept-uitvoeringsagenda": the last part after a hyphen carries the word. */
function hyphenated(lower: string, allowed: ReadonlySet<string>): AbstractCompound | null {
  const cut = lower.lastIndexOf('-');
  const before = lower.slice(0, cut);
  const last = lower.slice(cut + 1);
  if (!/^[\p{Ll}\d]+$/u.test(before.replace(/-/gu, '')) || !/^\p{Ll}+$/u.test(last) || last.length < MIN_PART) return null;
  if (HEADS.includes(last)) return { modifier: before, head: last };
  return last.length >= MIN_WORD ? splitParts(last, allowed) : null;
}

function splitUncached(word: string, allowed: ReadonlySet<string>): AbstractCompound | null {
  // "gebiedsprogramma's": the plural with an apostrophe is the same word.
  const lower = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (COMMON.has(lower) || allowed.has(lower)) return null;
  const parts = lower.includes('-') ? hyphenated(lower, allowed) : (splitParts(lower, allowed) ?? loanProcessNoun(lower, allowed));
  return parts ? withGloss(parts) : null;
}

function splitParts(lower: string, allowed: ReadonlySet<string>): AbstractCompound | null {
  if (lower.length < MIN_WORD || !/^\p{Ll}+$/u.test(lower) || COMMON.has(lower) || allowed.has(lower)) return null;
  for (const head of HEADS) {
    if (!lower.endsWith(head) || lower.length - head.length < MIN_PART) continue;
    const modifier = bareModifier(lower.slice(0, -head.length), allowed);
    if (modifier) return { modifier, head };
  }
  // "gebiedsniveau", "transportcapaciteit": abstract only with a bureaucratic first part
  // ("geluidsniveau", "parkeercapaciteit" are everyday words).
  for (const head of WEAK_HEADS) {
    if (!lower.endsWith(head) || lower.length - head.length < MIN_PART) continue;
    const modifier = weakModifier(lower.slice(0, -head.length));
    if (modifier) return { modifier, head };
  }
  // "vergunninghouder", "ontzorgingsperiode", "precariobelasting": an everyday last part makes a
  // bureaucratic word only after a bureaucratic first part or one everyday Dutch does not use.
  for (const head of EVERYDAY_HEADS) {
    if (!lower.endsWith(head) || lower.length - head.length < MIN_PART) continue;
    const rest = lower.slice(0, -head.length);
    const modifier = withoutLink(rest).find((candidate) => WEAK_MODIFIERS.has(candidate)) ?? rareAbstractModifier(rest, allowed);
    if (modifier) return { modifier, head };
  }
  for (const modifier of MODIFIERS) {
    if (!lower.startsWith(modifier)) continue;
    let rest = lower.slice(modifier.length);
    if (rest.startsWith('s') && !isFamiliar(rest, allowed)) rest = rest.slice(1);
    if (rest.length >= MIN_PART && isFamiliar(rest, allowed)) return { modifier, head: rest };
  }
  // "bovenlokaal", "intergemeentelijke", "multidisciplinair": a prefix of scale or number before an
  // adjective of government names a level of administration, not something a reader can see.
  for (const prefix of LEVEL_PREFIXES) {
    if (lower.startsWith(prefix) && LEVEL_ADJECTIVES.has(lower.slice(prefix.length))) return { modifier: prefix, head: lower.slice(prefix.length) };
  }
  return afterRareAbstract(lower, allowed) ?? beforeRareHead(lower, allowed);
}

/** The bureaucratic parts of a lower-case word, or null when it is not such a compound. */
export const abstractCompound: (lower: string, allowed: ReadonlySet<string>) => AbstractCompound | null = memoByWordPerList(splitUncached, 50_000);
