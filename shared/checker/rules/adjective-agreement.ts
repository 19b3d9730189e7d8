// Adjective agreement: "een belangrijk taak" → "belangrijke", "een belangrijke besluit" →
// "belangrijk". Optional (off by default): Helder has no part-of-speech tagger, so the rule only
// speaks where the words leave no doubt. It needs an article or possessive in front (or, for a
// needless -e, a preposition: "van grote belang"), an adjective it knows, and a noun whose
// article it knows. Names, fixed phrases ("het openbaar vervoer"), adjectives that never change
// ("houten", "extra"), adverbs ("heel") and predicative use ("de taak is belangrijk") are left
// alone, and so is every case the word lists cannot settle.
import type { Token } from '../analyse';
import { DE_ENDING, endsInHetWord, isParticiple, looksPlural, plainLetters as plain, plural, withAdjectiveE } from '../dictionary/inflect-alternative';
import { wordSet } from '../dictionary/word-lists';
import { defineRule } from './define';
import { determinersWhere } from '../determiners';

const HET_LISTED = new Set([...wordSet('nouns', 'het'), ...wordSet('agreement', 'hetNouns')]);
const DE_LISTED = wordSet('agreement', 'deNouns');
const BOTH_GENDERS = wordSet('agreement', 'bothGenders');
const ADJECTIVES = new Set([...wordSet('nouns', 'adjectives'), ...wordSet('agreement', 'adjectives')]);
const NOT_ADJECTIVES = new Set([...wordSet('nouns', 'invariable'), ...wordSet('agreement', 'notAdjectives')]);
const CLASSIFYING = wordSet('agreement', 'classifying');
const FIXED = wordSet('agreement', 'fixed');

/** After these an adjective always takes -e; they go with de-words and plurals ("de", "onze", "elke"). */
const ALWAYS_E_DE = determinersWhere((d) => d.selects === 'de' && d.alwaysE);
/** The same, before any noun ("mijn", "uw", "alle"); not "zijn", "haar", "die", which are other words too. */
const ALWAYS_E = determinersWhere((d) => d.selects === 'any' && d.alwaysE && !d.ambiguous);
/** "het" and "dit": -e too, but they also stand alone ("wij vinden dit goed werk"). */
const HET_DEFINITE = determinersWhere((d) => d.selects === 'het' && d.alwaysE);
/** Before a het-word in the singular the adjective has no -e; before a de-word it has. */
const INDEFINITE = determinersWhere((d) => d.selects === 'any' && !d.alwaysE && !d.quantity);
/** These go with het-words only ("elk besluit", "elke taak"): after them only a needless -e is certain. */
const HET_ONLY = determinersWhere((d) => d.selects === 'het' && !d.alwaysE);
/** Numbers and quantities: plural or mass, the form depends on more than the next word. */
const QUANTITY = /^(?:\d[\d.,]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|veel|weinig|meer|minder|genoeg|wat|zoveel|hoeveel)$/u;
const PREPOSITIONS = new Set(['van', 'met', 'voor', 'in', 'op', 'zonder', 'tot', 'uit', 'naar', 'bij', 'over', 'door', 'onder', 'na', 'tegen', 'om', 'aan', 'via', 'per']);
/** Adverbs that may stand between the article and the adjective ("een heel belangrijk besluit"). */
const ADVERBS = new Set([
  'heel', 'zeer', 'erg', 'echt', 'zo', 'te', 'nog', 'meest', 'minst', 'vrij', 'bijzonder', 'uiterst', 'relatief', 'extra', 'ontzettend', 'enorm',
  'steeds', 'iets', 'best', 'nauwelijks', 'bijna', 'vooral', 'even', 'niet', 'meer', 'minder', 'helemaal', 'nogal', 'tamelijk', 'behoorlijk', 'redelijk',
  'volledig', 'geheel', 'zeker', 'goed', 'slecht', 'ruim', 'veel',
]);
/** Verbs after which "het"/"dit" + adjective + noun may be a predicate ("wij vinden het goed werk"). */
const PREDICATE_VERBS = new Set([
  'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'blijft', 'blijven', 'bleef', 'lijkt', 'lijken', 'leek', 'blijkt', 'bleek',
  'vind', 'vindt', 'vinden', 'vond', 'vonden', 'noem', 'noemt', 'noemen', 'noemde', 'acht', 'achten', 'achtte', 'heet', 'heten', 'maakt', 'maken',
  'maakte', 'houdt', 'houden', 'beschouwt', 'beschouwen', 'ervaart', 'ervaren',
]);
/** Verbs of judging: "omdat wij dit waardevol werk vinden" is a predicate wherever the verb stands. */
const JUDGE_VERB = /^(?:vind|vindt|vinden|vond|vonden|gevonden|noem|noemt|noemen|noemde|noemden|genoemd|acht|achten|achtte|achtten|geacht|beschouw|beschouwt|beschouwen|beschouwd|ervaart|ervaren)$/u;
/** Words that may also stand alone, before a verb: "of deze goed werken" has no plural noun. */
const PRONOUN_TOO = new Set(['deze', 'sommige', 'enkele', 'beide', 'alle', 'welke']);
/** Endings that make a word an adjective that takes -e ("zorgvuldig", "kwetsbaar", "praktisch"). */
const ADJECTIVE_ENDING = /\p{L}{2}(?:ig|lijk|baar|zaam|loos|isch)$/u;
/** "vastgesteld", "gewijzigd", "begeleid": a participle on -d/-t used as an adjective. */
const PARTICIPLE = /^\p{L}*ge\p{L}{3,}[dt]$/u;
/** "volgend", "groeiend": a present participle. */
const PRESENT_PARTICIPLE = /^\p{L}{4,}end$/u;
/** People by their job ("de medisch specialist", "een sociaal werker"): a kind, no -e needed. */
const PERSON = /(?:er|eur|ist|aris|ant|ent|iër|ier|or|loog|aar|ige)(?:s|en|n)?$/u;
/** Short words on -ij, -ist ... that are no noun here: "bij", "wij", "wist". */
const NOT_A_NOUN = /^(?:\p{L}{0,3}|\p{L}*bij|wist|\p{L}*beslist|\p{L}*vergist)$/u;
const DIMINUTIVE = /(?:tje|pje|kje|etje|[^aeiou]je)$/u;
const NOT_DIMINUTIVE = new Set(['franje', 'oranje', 'plunje']);

const PLURALS = new Set<string>([...HET_LISTED, ...DE_LISTED].map((noun) => plural(noun)));

type Noun = 'het' | 'de' | 'plural';

/** A compound ends in a listed de-word ("doelgroep", "jeugdzorg"); the first part has 3+ letters. */
function endsInDeWord(word: string): boolean {
  for (let i = 3; i <= word.length - 4; i++) if (DE_LISTED.has(word.slice(i))) return true;
  return false;
}

/** What kind of noun the word is, as far as the lists and endings tell; null when unknown. */
function nounKind(token: Token): Noun | null {
  const w = token.lower;
  if (!/^\p{Ll}+$/u.test(token.text) || w.length < 2 || BOTH_GENDERS.has(w)) return null;
  if (HET_LISTED.has(w) || (DIMINUTIVE.test(w) && w.length > 4 && !NOT_DIMINUTIVE.has(w))) return 'het';
  if (DE_LISTED.has(w) || (DE_ENDING.test(w) && !NOT_A_NOUN.test(w))) return 'de';
  // "gedragen", "gesloten": a participle, even where it looks like a plural of "gedrag".
  if (PLURALS.has(w)) return isParticiple(w) ? null : 'plural';
  if (endsInHetWord(w)) return 'het';
  if (endsInDeWord(w)) return 'de';
  if (looksPlural(w) && !isParticiple(w)) return 'plural';
  return null;
}

/** A bare adjective that takes -e before a noun; null for anything else. */
function bareAdjective(w: string): { base: string } | null {
  // "gebroken", "houten", "eigen": an unstressed -en never takes -e ("groen", "algemeen" do).
  if (NOT_ADJECTIVES.has(w) || /[^aeiou]en$/u.test(w) || w.endsWith('e')) return null;
  if (ADJECTIVES.has(w)) return { base: w };
  if (!ADJECTIVE_ENDING.test(w) && !PARTICIPLE.test(w) && !PRESENT_PARTICIPLE.test(w)) return null;
  // "gemeenteraad" looks like a participle (ge...d): a noun we know is no adjective.
  if (HET_LISTED.has(w) || DE_LISTED.has(w) || DE_ENDING.test(w) || endsInHetWord(w) || endsInDeWord(w)) return null;
  return { base: w };
}

/** "belangrijke" → "belangrijk", "grote" → "groot", "lieve" → "lief"; null when not an inflected adjective we know. */
function inflectedAdjective(w: string): string | null {
  if (!w.endsWith('e') || w.length < 4) return null;
  const stem = w.slice(0, -1);
  const candidates = [stem, stem.replace(/(.)\1$/u, '$1'), stem.replace(/z$/u, 's').replace(/v$/u, 'f')];
  const last = /^(.*?)([aeou])([^aeiou])$/u.exec(candidates[2]!);
  if (last) candidates.push(`${last[1]}${last[2]}${last[2]}${last[3]}`);
  if (plain(stem).endsWith('iel')) candidates.push(`${plain(stem).slice(0, -3)}ieel`);
  for (const base of candidates) {
    const adjective = bareAdjective(base);
    if (adjective && plain(withAdjectiveE(base)) === plain(w)) return base;
  }
  return null;
}

const joined = (a: Token, b: Token): boolean => a.after === '' && b.before === '';
const isLowerWord = (token: Token): boolean => /^\p{Ll}/u.test(token.text);

/** Ordinals and other words on -e that stand before an adjective ("het eerste grote besluit"). */
const ORDINAL = /(?:ste|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|andere|volgende|vorige)$/u;

/**
 * The word that governs the adjective at `index`: adverbs and inflected adjectives before it are
 * skipped ("een heel belangrijk", "het eerste grote"), a bare adjective is not: in "wij vinden het
 * belangrijk goed werk te doen" the first adjective is a predicate.
 */
function governor(tokens: readonly Token[], index: number, sentenceStart: number): Token | null {
  for (let k = index - 1, steps = 0; k >= sentenceStart && steps < 4; k--, steps++) {
    const token = tokens[k]!;
    if (tokens[k + 1]!.before !== '') return null;
    const w = token.lower;
    const skippable = ADVERBS.has(w) || (w.endsWith('e') && (ORDINAL.test(w) || inflectedAdjective(w) !== null));
    // A comma may part two adjectives ("een mooi, groot huis"), nothing else.
    if (token.after !== '' && !(token.after === ',' && skippable)) return null;
    if (!skippable) return token;
  }
  return null;
}

export const adjectiveAgreementRule = defineRule({
  id: 'adjective-agreement',
  family: 'other',
  defaults: { enabled: false },
  userToggle: true,
  labelKey: 'checks.rule.adjective-agreement',
  check(context) {
    const { tokens, sentences, text } = context.analysis;
    // 'error': a grammar mistake, and on the rule's own sentence set (tests/fixtures/checker/
    // adjective-agreement.json) no finding was wrong; the dev corpus and plain texts gave none.
    const severity = context.settings.severity ?? 'error';
    for (const sentence of sentences) {
      for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
        const adjective = tokens[i - 1]!;
        const noun = tokens[i]!;
        if (!joined(adjective, noun) || !isLowerWord(adjective)) continue;
        // The adjective first: most words are none, and that test is cheaper than the noun's.
        const bare = bareAdjective(adjective.lower);
        const base = bare === null && adjective.lower.endsWith('e') ? inflectedAdjective(adjective.lower) : null;
        if (bare === null && base === null) continue;
        const kind = nounKind(noun);
        if (kind === null || FIXED.has(`${adjective.lower} ${noun.lower}`)) continue;
        const before = governor(tokens, i - 1, sentence.firstToken);
        const det = before?.lower ?? null;
        if (det !== null && QUANTITY.test(det)) continue;
        if (kind === 'plural' && det !== null && PRONOUN_TOO.has(det) && noun.lower.endsWith('en')) continue;
        if (bare) {
          // A kind of thing or person: "het sociaal domein", "de medisch specialist".
          // A present participle too: "het groeiend aantal" is written as often as "groeiende".
          const classifying = CLASSIFYING.has(bare.base) || /(?:isch|eel|aal)$/u.test(bare.base) || (kind === 'het' && PRESENT_PARTICIPLE.test(bare.base));
          // Before a het-word a kind may drop its -e after any article: "uw sociaal netwerk".
          if (classifying && (PERSON.test(noun.lower) || kind === 'het')) continue;
          let why: string | null = null;
          if (det !== null && (ALWAYS_E.has(det) || (ALWAYS_E_DE.has(det) && kind !== 'het'))) why = `na '${det}' krijgt '${adjective.text}' een -e`;
          else if (det !== null && HET_DEFINITE.has(det) && kind === 'het' && !predicateBefore(tokens, sentence, before!.index)) why = `na '${det}' krijgt '${adjective.text}' een -e`;
          else if (det !== null && INDEFINITE.has(det) && kind === 'de') why = `'${noun.text}' is een de-woord, dus '${adjective.text}' krijgt een -e`;
          else if (det === 'geen' && kind === 'plural') why = `voor een meervoud krijgt '${adjective.text}' een -e`;
          if (why === null) continue;
          const fixed = withAdjectiveE(bare.base);
          context.report({
            start: adjective.start,
            end: adjective.end,
            severity,
            message: `Schrijf '${phrase(text, before!, adjective, fixed, noun)}': ${why}.`,
            expected: [fixed],
          });
          continue;
        }
        if (base === null || kind !== 'het') continue;
        const indefinite = det !== null && (INDEFINITE.has(det) || HET_ONLY.has(det));
        const noArticle = det !== null && PREPOSITIONS.has(det) && before!.index === i - 2;
        if (!indefinite && !noArticle) continue;
        const why = indefinite
          ? `'${noun.text}' is een het-woord, dus na '${det}' krijgt '${adjective.text}' geen -e`
          : `'${noun.text}' is een het-woord zonder 'het' ervoor, dus '${adjective.text}' krijgt geen -e`;
        context.report({
          start: adjective.start,
          end: adjective.end,
          severity,
          message: `Schrijf '${phrase(text, before!, adjective, base, noun)}': ${why}.`,
          expected: [base],
        });
      }
    }
  },
});

/** "een heel belangrijke taak": the phrase from its first word to the noun, with the adjective put right. */
function phrase(text: string, first: Token, adjective: Token, form: string, noun: Token): string {
  return text.slice(first.start, adjective.start) + form + text.slice(adjective.end, noun.end);
}

/** A verb like "is" before "het"/"dit", or "vinden" anywhere in the sentence: the phrase may be a predicate, not a noun phrase. */
function predicateBefore(tokens: readonly Token[], sentence: { firstToken: number; endToken: number }, detIndex: number): boolean {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const w = tokens[k]!.lower;
    if ((k < detIndex && PREDICATE_VERBS.has(w)) || JUDGE_VERB.test(w)) return true;
  }
  return false;
}
