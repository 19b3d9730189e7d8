// Passive voice (lijdende vorm): a form of "worden" or "zijn" with a past participle in the same
// clause, in either order ("wordt opgesteld", "die worden gemaakt", "moet hersteld worden",
// "is onlangs afgerond"). With "zijn", verbs that form their perfect with zijn ("is gegaan") and
// participles used as adjectives ("is gezond", "is bekend") are not passive.
import type { Token } from '../analyse';
import { defineRule, type BlockContext } from './define';
import { wordSet } from '../dictionary/word-lists';
import { memoByWord } from '../memo';
import { insideQuote, quotedSpeech, type QuoteSpan } from '../quoted-speech';
import { tokenClasses, wordClass, wordClassOf } from './word-classes';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest']);
/**
 * A participle next to a form of "hebben" is that verb's perfect, in a clause of its own: in "Dat is
 * meer dan wij hadden verwacht" the "is" does not govern "verwacht".
 */
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'gehad']);

const SEPARABLE = '(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|samen|tegen|vrij|teweeg|tot|achter|neer|los|rond|dicht|open|goed|kapot|bekend|stop|plaats|vooruit|voort|binnen|buiten|mede|uiteen|bijeen|tegemoet|voorbij|terecht|omhoog|omlaag|ineen)';
const GE_PARTICIPLE = new RegExp(`^${SEPARABLE}?ge(?:[\\p{L}]{2,}[dt]|[\\p{L}]{1,2}aan)$`, 'u');
const GE_STRONG = new RegExp(`^${SEPARABLE}?ge(?:ë|ï)?([\\p{L}]{3,}en)$`, 'u');
// With an inseparable prefix only -d/-t endings are safe: "beslissen" looks like "besproken".
// A separable particle may precede it: "uitbetaald", "aanbesteed", "doorverwezen".
const PREFIX_PARTICIPLE = new RegExp(`^${SEPARABLE}?(?:be|ver|ont|her|er|mis|onder|over|door|voor|mede)[\\p{L}]{2,}[dt]$`, 'u');
const SEPARABLE_START = new RegExp(`^${SEPARABLE}`);
/** Strong participles without ge- (or irregular ones) that the patterns above cannot tell from an infinitive. */
const IRREGULAR = wordSet('passive', 'irregularParticiples');

/**
 * Stems of strong participles whose vowel differs from the infinitive ("sproken" from spreken).
 * With an inseparable prefix they are participles and never an infinitive or plural noun:
 * "besproken", "verboden", "onderschreven". Stems that equal an infinitive ("dragen", whence
 * "bedragen") are left out on purpose.
 */
const STRONG_STEMS = wordSet('passive', 'strongStems');

/**
 * Bodies of strong participles after ge- ("ge" + "geven", "ge" + "sproken"). A ge- word in -en
 * is only read as a participle with one of these bodies, so plural nouns such as "gezinnen",
 * "gesprekken", "gevolgen" or "gemeenten" are not.
 */
const GE_STRONG_BODIES = new Set([...STRONG_STEMS, ...wordSet('passive', 'geStrongBodies')]);
const INSEPARABLE = ['onder', 'over', 'door', 'voor', 'ver', 'ont', 'her', 'mis', 'be', 'er'];

function isPrefixedStrongParticiple(lower: string): boolean {
  for (const prefix of INSEPARABLE) {
    if (lower.startsWith(prefix) && STRONG_STEMS.has(lower.slice(prefix.length))) return true;
  }
  const particle = SEPARABLE_START.exec(lower);
  return particle !== null && particle[0].length < lower.length - 4 && isPrefixedStrongParticiple(lower.slice(particle[0].length));
}

/** Active perfects with zijn, also with a particle: "is gegaan", "is overgegaan", "is teruggekomen". */
function isZijnPerfect(lower: string): boolean {
  if (ZIJN_PERFECT.has(lower)) return true;
  const particle = SEPARABLE_START.exec(lower);
  return particle !== null && ZIJN_PERFECT.has(lower.slice(particle[0].length));
}

/** Adjectives that look like participles: never a passive, not even after "worden" ("wordt gezond"). */
const ADJECTIVES = wordSet('passive', 'adjectives');

/**
 * Participles that, after "zijn", describe a state like an adjective ("het is verboden",
 * "de winkel is gesloten"), but after "worden" are a real passive ("wordt verboden").
 */
const STATE_AFTER_ZIJN = wordSet('passive', 'stateAfterZijn');

/** First parts of ge- compounds that are nouns: "gemeenteraad" ends like "gemeend" but names a council. */
const NOUN_STARTS = [...wordSet('passive', 'nounStarts')];

/** Nouns that look like participles ("het beleid", "het gebied", "een besluit"). */
const PARTICIPLE_LIKE_NOUNS = wordSet('passive', 'participleLikeNouns');
/** Compounds that end in one of them are nouns too ("buitengebied", "raadsbesluit", "parkeerbeleid"). */
const PARTICIPLE_LIKE_END = new RegExp(`(?:${[...PARTICIPLE_LIKE_NOUNS].join('|')})$`, 'u');

/** Verbs that take zijn in the perfect: "is gegaan" is active. */
const ZIJN_PERFECT = wordSet('passive', 'zijnPerfect');

/** Words that end a clause: a participle beyond them belongs to another clause. */
const CLAUSE_WORDS = new Set([
  'en', 'maar', 'of', 'want', 'als', 'omdat', 'dat', 'die', 'wanneer', 'terwijl', 'doordat', 'zodat', 'hoewel', 'nadat', 'voordat',
  'welke', 'wat', 'wie', 'wiens', 'hoe', 'waarom', 'om', 'hetgeen', 'indien', 'mits', 'tenzij', 'zodra', 'totdat', 'opdat',
  'alvorens', 'zoals',
]);

/** "waar", "waarmee", "waarop", "waarvoor", ...: each opens a relative or question clause. */
const WAAR_WORD = /^waar(?:mee|in|op|voor|aan|over|door|bij|uit|na|van|toe|om|naar|tegen|achter|langs|zonder|tussen|boven|onder|heen)?$/;
const isClauseWord = (lower: string): boolean => CLAUSE_WORDS.has(lower) || WAAR_WORD.test(lower);

const DETERMINERS = new Set(['de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'onze', 'ons', 'uw', 'hun', 'haar', 'zijn', 'elke', 'ieder', 'iedere', 'alle', 'geen']);

/**
 * Words that may follow a passive participle at the end of its clause: prepositions of an
 * extraposed phrase ("wordt vastgesteld op ..."), verbs of the cluster and small adverbs.
 * Any other word after "de ... verbonden" is most likely the noun the participle describes.
 */
const AFTER_PARTICIPLE = new Set([
  'door', 'in', 'op', 'aan', 'met', 'voor', 'naar', 'bij', 'van', 'tot', 'uit', 'over', 'onder', 'tegen', 'tijdens', 'na', 'zonder',
  'via', 'binnen', 'buiten', 'per', 'vanaf', 'sinds', 'volgens', 'rond', 'langs', 'tussen', 'conform', 'te', 'niet', 'ook', 'nog',
  'er', 'worden', 'wordt', 'werd', 'werden', 'zijn', 'is', 'was', 'waren', 'kan', 'kunnen', 'moet', 'moeten', 'zal', 'zullen',
  'mag', 'mogen', 'wil', 'willen', 'heeft', 'hebben', 'had', 'hadden', 'geweest', 'geworden', 'omdat', 'zodat', 'als', 'dan',
  // Officialese prepositions: "wordt ingediend middels het formulier", "wordt georganiseerd ten behoeve van".
  'middels', 'ten', 'ter', 'inzake', 'omtrent', 'teneinde', 'overeenkomstig', 'alsmede', 'voorafgaand', 'voorafgaande', 'aansluitend',
]);

function isAttributive(tokens: Token[], aux: number, candidate: number, sentenceEnd: number): boolean {
  let determiner = false;
  for (let k = aux + 1; k < candidate; k++) if (DETERMINERS.has(tokens[k]!.lower)) determiner = true;
  // "is betaald werk": right after the auxiliary and before a noun, the participle describes it.
  if (!(determiner || candidate === aux + 1) || candidate + 1 >= sentenceEnd || breaksClause(tokens[candidate]!)) return false;
  const next = tokens[candidate + 1]!;
  return !AFTER_PARTICIPLE.has(next.lower) && !isClauseWord(next.lower);
}

// How far after the auxiliary the participle may stand. "worden" is almost always an auxiliary,
// so its middle field may be long ("wordt in samenwerking met de bibliotheek een aanbod van
// digitale vaardigheden ontwikkeld"); "zijn" is often a plain verb, so it gets a shorter reach.
const MAX_GAP_WORDEN = 14;
const MAX_GAP_ZIJN = 8;

// Memo of the word test: a note repeats the same words, and the test runs several regexes.
/** Participle tests are cached per word: the same words recur on every keystroke. */
export const isParticiple = memoByWord(testParticiple, 50_000);

function testParticiple(lower: string): boolean {
  if (lower.length < 5 || ADJECTIVES.has(lower) || PARTICIPLE_LIKE_NOUNS.has(lower) || PARTICIPLE_LIKE_END.test(lower)) return false;
  if (NOUN_STARTS.some((start) => lower.length > start.length + 2 && lower.startsWith(start))) return false;
  if (IRREGULAR.has(lower) || STATE_AFTER_ZIJN.has(lower) || isPrefixedStrongParticiple(lower)) return true;
  if (/(?:lijk|ig|isch|baar|aal|heid|teit)$/.test(lower)) return false;
  // A participle never ends in -dt ("geldt", "besteedt"); after l, g, w, v, z, b, -er, -en or
  // -in/-un a final -t is a present tense ("vertelt", "verandert", "betekent", "ondersteunt"): the
  // participle of such a verb ends in -d.
  if (/(?:dt|[lgwvzbj]t|ert|[eiu]nt)$/.test(lower)) return false;
  // Present participles end in -end ("volgend", "ontbrekend"); past ones in -kend from kennen,
  // -rekend, -tekend, -eend or -iend ("erkend", "berekend", "ondertekend", "verleend").
  if (/end$/.test(lower) && !/(?:(?:^|er|be|mis|ge|ver|her|onder)kend|(?<!sp|b)rekend|tekend|eend|iend)$/.test(lower)) return false;
  // "voorafgaand", "bestaand", "aansluitend": present participles of gaan, staan, slaan, zien, doen.
  if (/(?:gaand|staand|slaand|ziend|doend)$/.test(lower)) return false;
  if (GE_PARTICIPLE.test(lower) || PREFIX_PARTICIPLE.test(lower)) return true;
  const strong = GE_STRONG.exec(lower);
  return strong !== null && GE_STRONG_BODIES.has(strong[1]!);
}

/** Verbs that may stand between a participle and its auxiliary ("hersteld kan worden"). */
const CLUSTER_VERBS = new Set(['kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'zal', 'zullen', 'zou', 'zouden', 'wil', 'willen', 'worden', 'wordt', 'zijn', 'is', 'was', 'waren', 'werd', 'werden']);

/**
 * "is vervangen door een grotere": after "vervangen", "door" + "een" names what comes instead, not
 * who acts ("vervangen door de aannemer" may be either, and stays an actor).
 */
function namesReplacement(tokens: Token[], door: number): boolean {
  return door > 0 && tokens[door - 1]!.lower === 'vervangen' && tokens[door + 1]?.lower === 'een';
}

/** "door het college" → "het college": who acts, when the sentence says so. */
function actorOf(tokens: Token[], from: number, to: number): string | null {
  for (let k = from; k < to - 1; k++) {
    if (tokens[k]!.lower !== 'door' || breaksClause(tokens[k]!) || namesReplacement(tokens, k)) continue;
    const words: string[] = [];
    for (let m = k + 1; m < to && words.length < 5; m++) {
      const t = tokens[m]!;
      if (isParticiple(t.lower) || WORDEN.has(t.lower) || ZIJN.has(t.lower)) break;
      words.push(t.text);
      if (breaksClause(t) || /[.!?]/.test(t.after)) break;
    }
    // "door de inzet van ..." names a means, not an actor; keep short noun phrases only.
    if (words.length >= 2 && words.length <= 4 && /^(?:de|het|een|onze|ons|uw|hun|haar|zijn)$/i.test(words[0]!)) return words.join(' ');
  }
  return null;
}


/** Finite verbs and subject pronouns: after "en" they start a clause of their own. */
const FINITE_VERBS = new Set([
  'heeft', 'hebben', 'had', 'hadden', 'kan', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'moesten', 'zal', 'zullen',
  'zou', 'zouden', 'wil', 'willen', 'wilde', 'wilden', 'mag', 'mogen', 'mocht', 'mochten', 'gaat', 'gaan', 'ging', 'gingen',
  'komt', 'komen', 'kwam', 'kwamen', 'krijgt', 'krijgen', 'kreeg', 'kregen', 'doet', 'doen', 'deed', 'deden', 'blijft', 'blijven',
]);
const SUBJECT_PRONOUNS = new Set(['ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'men', 'er', 'het', 'dit', 'dat', 'daarna', 'dan', 'toen']);

/** "en"/"of" that joins two words of one phrase: a word on either side, no comma, no new subject. */
function isNounJoiner(tokens: Token[], k: number, sentenceEnd: number): boolean {
  const word = tokens[k]!;
  if (word.lower !== 'en' && word.lower !== 'of') return false;
  const next = k + 1 < sentenceEnd ? tokens[k + 1]! : undefined;
  if (!next || breaksClause(tokens[k - 1]!) || word.after !== '') return false;
  return !SUBJECT_PRONOUNS.has(next.lower) && !FINITE_VERBS.has(next.lower) && !isParticiple(next.lower);
}

/** "door" + article within reach: the sentence names who acts, so the participle is passive. */
function hasActorAhead(tokens: Token[], classes: Int32Array, aux: number, sentenceEnd: number): boolean {
  for (let k = aux + 1; k < Math.min(sentenceEnd - 1, aux + MAX_GAP_WORDEN); k++) {
    if (breaksClause(tokens[k - 1]!) || (classes[k]! & C_CLAUSE) !== 0) return false;
    if (tokens[k]!.lower === 'door' && DETERMINERS.has(tokens[k + 1]!.lower)) return true;
  }
  return false;
}

/** Words that open a subclause, whose finite verb stands at its end. */
const SUBORDINATORS = new Set([
  'die', 'dat', 'omdat', 'wanneer', 'terwijl', 'doordat', 'zodat', 'hoewel', 'nadat', 'voordat', 'indien', 'mits', 'tenzij', 'zodra',
  'totdat', 'opdat', 'alvorens', 'welke', 'wie', 'wat',
]);
/** "Die", "Dat", "Wat" opening the sentence are mostly the subject of a main clause. */
const PRONOUN_AT_START = new Set(['die', 'dat', 'wat', 'wie', 'welke']);

/** Whether the verb at `aux` is the finite verb of a subclause: a subordinator before it in the same clause. */
function endsSubclause(tokens: Token[], classes: Int32Array, aux: number, sentenceStart: number): boolean {
  for (let k = aux - 1; k >= sentenceStart; k--) {
    const t = tokens[k]!;
    if (breaksClause(t)) return false;
    const c = classes[k]!;
    if ((c & C_SUBORDINATOR) !== 0) return !(k === sentenceStart && PRONOUN_AT_START.has(t.lower));
    if ((c & C_CLAUSE) !== 0) return false;
  }
  return false;
}

/** Rules that run before this one and whose findings show a paragraph in official register. */
const REGISTER_RULES = new Set(['jargon', 'long-sentence', 'hard-word']);
/** Of those, the ones on by default: without them the register cannot be judged. */
const REGISTER_JUDGES = ['jargon', 'long-sentence'];

/**
 * A passive a B1 editor leaves in a plain paragraph: the actor is obvious or does not matter ("Uw
 * huis wordt ook aangesloten op het riool", "Er zijn 486 woningen gebouwd"). Only when
 * - the sentence names no actor ("door de raad"): then the active sentence is an easy rewrite;
 * - its subject has no "van" phrase: "De resultaten van het onderzoek worden ..." is policy text
 *   about abstract things, "De vuilnisbakken worden ..." is about things the reader knows;
 * - the paragraph is plain: more than one sentence, and no jargon, hard word or long sentence in it.
 *   With the jargon or the long-sentence rule switched off the register cannot be judged, and every
 *   passive is reported.
 */
function isHarmlessPassive(context: BlockContext, aux: number, sentenceFirst: number, sentenceEnd: number): boolean {
  const { tokens, sentences } = context.analysis;
  if (sentences.length < 2 || context.findings.some((f) => REGISTER_RULES.has(f.ruleId))) return false;
  if (!REGISTER_JUDGES.every((rule) => context.ruleEnabled(rule))) return false;
  for (let k = sentenceFirst; k < aux; k++) if (tokens[k]!.lower === 'van') return false;
  for (let k = sentenceFirst; k < sentenceEnd - 1; k++) if (tokens[k]!.lower === 'door' && DETERMINERS.has(tokens[k + 1]!.lower) && !namesReplacement(tokens, k)) return false;
  return true;
}

function breaksClause(token: Token): boolean {
  // Most words have no punctuation around them: no regular expression for those.
  if (token.after === '' && token.before === '') return false;
  return /[,;:()]/.test(token.after) || /[()]/.test(token.before);
}

// The word tests of the loop in check(), one bit each (see word-classes.ts).
const C_WORDEN = wordClassOf(WORDEN);
const C_ZIJN = wordClassOf(ZIJN);
const C_HEBBEN = wordClassOf(HEBBEN);
const C_CLAUSE = wordClass(isClauseWord);
const C_FINITE = wordClassOf(FINITE_VERBS);
const C_CLUSTER = wordClassOf(CLUSTER_VERBS);
const C_SUBORDINATOR = wordClassOf(SUBORDINATORS);
/** A participle that makes a passive with "worden" / with "zijn" ("zijn" takes fewer: "is ingewikkeld" is a state). */
const C_PASSIVE_WORDEN = wordClass((lower) => isParticiple(lower));
const C_PASSIVE_ZIJN = wordClass((lower) => isParticiple(lower) && !isZijnPerfect(lower) && !STATE_AFTER_ZIJN.has(lower));
const C_AUXILIARY = C_WORDEN | C_ZIJN;
const C_ENDS_MIDDLE = C_WORDEN | C_ZIJN | C_HEBBEN;

export const passiveRule = defineRule({
  id: 'passive',
  family: 'passive',
  defaults: { enabled: true },
  userToggle: true,
  labelKey: 'checks.rule.passive',
  check(context) {
    const { tokens, sentences } = context.analysis;
    const classes = tokenClasses(context.analysis, context.dictionary);
    let quotes: QuoteSpan[] | null = null;
    for (const sentence of sentences) {
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const auxClasses = classes[i]!;
        if ((auxClasses & C_AUXILIARY) === 0) continue;
        const isWorden = (auxClasses & C_WORDEN) !== 0;
        const accepted = isWorden ? C_PASSIVE_WORDEN : C_PASSIVE_ZIJN;
        let found: [number, number] | null = null;
        // Forward: "wordt opgesteld", "is onlangs afgerond", "worden door de gemeente betaald".
        // An actor in the middle field ("zijn de plannen na lang overleg door de raad goedgekeurd")
        // shows that "zijn" is an auxiliary, so it gets the long reach of "worden".
        const reach = isWorden || hasActorAhead(tokens, classes, i, sentence.endToken) ? MAX_GAP_WORDEN : MAX_GAP_ZIJN;
        let joined = false;
        // "zijn" that ends a subclause ("die in de straat woonachtig zijn ontvangen een brief"):
        // only a participle right after it belongs to it; the rest is the main clause.
        const lastK = !isWorden && endsSubclause(tokens, classes, i, sentence.firstToken) ? i + 1 : i + reach;
        for (let k = i + 1; k < sentence.endToken && k <= lastK; k++) {
          const t = tokens[k]!;
          const c = classes[k]!;
          if (breaksClause(tokens[k - 1]!) || (c & C_ENDS_MIDDLE) !== 0) break;
          if ((c & C_CLAUSE) !== 0) {
            // "en"/"of" between two nouns of the middle field ("in de wijken Hooghout en De Venne")
            // keeps the clause; before a subject or a finite verb it starts a new one.
            if (!isNounJoiner(tokens, k, sentence.endToken) || joined) break;
            joined = true;
            continue;
          }
          if (joined && (c & C_FINITE) !== 0) break;
          // "... dan wij verwacht hadden": the participle belongs to the "hebben" after it.
          const perfect = k + 1 < sentence.endToken && (classes[k + 1]! & C_HEBBEN) !== 0 && !breaksClause(t);
          if (perfect) break;
          if ((c & accepted) !== 0 && !isAttributive(tokens, i, k, sentence.endToken)) {
            found = [i, k];
            break;
          }
        }
        // Backward: "die worden gemaakt" is forward; "moet hersteld worden", "dat betaald is",
        // "hersteld kan worden". Only verbs may stand between: in "kan betaald werk zijn" the
        // participle describes "werk".
        if (!found) {
          for (let k = i - 1; k >= sentence.firstToken && k >= i - 3; k--) {
            const t = tokens[k]!;
            if (breaksClause(t)) break;
            const c = classes[k]!;
            if ((c & accepted) !== 0) {
              found = [k, i];
              break;
            }
            if ((c & C_CLAUSE) !== 0 || (c & C_CLUSTER) === 0) break;
          }
        }
        // Both verb parts inside a phrase the jargon rule reported ("er wordt naar gestreefd"):
        // that finding already asks who acts.
        if (!found || (context.jargonTokens.has(found[0]) && context.jargonTokens.has(found[1]))) continue;
        const first = tokens[found[0]]!;
        const last = tokens[found[1]]!;
        // Someone's words in quote marks are reported as said: not the writer's style to change.
        quotes ??= quotedSpeech(context.analysis.text);
        if (insideQuote(quotes, first.start, last.end)) {
          i = Math.max(i, found[1]);
          continue;
        }
        if (isHarmlessPassive(context, i, sentence.firstToken, sentence.endToken)) {
          i = Math.max(i, found[1]);
          continue;
        }
        const participle = found[0] === i ? last : first;
        // Only near the verb: a sentence can be a whole pasted page.
        const actor = actorOf(tokens, Math.max(sentence.firstToken, found[0] - 12), Math.min(sentence.endToken, found[1] + 12));
        const shown = found[1] === found[0] + 1 ? `${first.text} ${last.text}` : `${first.text} … ${last.text}`;
        context.report({
          start: first.start,
          end: last.end,
          severity: context.settings.severity ?? 'info',
          message: actor
            ? `Lijdende vorm '${shown}'. Maak '${actor}' het onderwerp: wat doet ${actor}?`
            : `Lijdende vorm '${shown}'. Zeg wie het doet: wie heeft het ${participle.lower}?`,
          explanation: 'Een zin is duidelijker als u leest wie iets doet.',
        });
        i = Math.max(i, found[1]);
      }
    }
  },
});
