// Nominalisation (naamwoordstijl): a verb hidden in a noun. Three patterns:
// - "het + infinitive + van": "het verstrekken van informatie" → "verstrekken";
// - a listed -ing/-atie noun followed by "van": "de vaststelling van het plan" → "vaststellen";
// - a listed noun with its weak verb nearby: "een besluit nemen" → "besluiten".
// Only abstract policy verbs count ("realiseren", "vaststellen", not "opknappen" or "uitwerken"):
// "het opknappen van een speelplek" is plain Dutch. The fix needs a new sentence, so the finding
// gives an example instead of a one-click replacement.
import type { Token } from '../analyse';
import type { NominalisationEntry } from '../dictionary/schema';
import { defineRule, type BlockContext } from './define';
import { wordSet } from '../dictionary/word-lists';
import { tokenClasses, wordClass } from './word-classes';

/** Nouns ending in -en that are not infinitives. */
const EN_NOUNS = wordSet('nominalisation', 'enNouns');
const ABSTRACT_VERBS = wordSet('nominalisation', 'abstractVerbs');
/**
 * Compounds ending in one of these nouns are nouns too ("kenteken", "schoolexamen"). Not "leven"
 * or "bestaan": "naleven" and "voortbestaan" are verbs.
 */
const EN_NOUN_END = /(?:teken|examen|laken|kussen|varken|geheugen|seizoen|pensioen|keuken|deken|wapen|vermogen)$/;

/** Forms of weak verbs that carry a noun ("een besluit nemen", "uitvoering geven aan"). */
const IRREGULAR_FORMS: Record<string, string[]> = {
  nemen: ['neem', 'neemt', 'nam', 'namen', 'genomen', 'nemen', 'te nemen'],
  geven: ['geef', 'geeft', 'gaf', 'gaven', 'gegeven', 'geven'],
  doen: ['doe', 'doet', 'deed', 'deden', 'gedaan', 'doen'],
  brengen: ['breng', 'brengt', 'bracht', 'brachten', 'gebracht', 'brengen'],
  houden: ['houd', 'houdt', 'hield', 'hielden', 'gehouden', 'houden'],
  komen: ['kom', 'komt', 'kwam', 'kwamen', 'gekomen', 'komen'],
  treffen: ['tref', 'treft', 'trof', 'troffen', 'getroffen', 'treffen'],
  voeren: ['voer', 'voert', 'voerde', 'voerden', 'gevoerd', 'voeren'],
  indienen: ['dien', 'dient', 'diende', 'dienden', 'ingediend', 'indienen', 'in te dienen'],
};

function weakVerbForms(verb: string): Set<string> {
  const irregular = IRREGULAR_FORMS[verb];
  if (irregular) return new Set(irregular);
  const stem = verb.endsWith('en') ? verb.slice(0, -2) : verb;
  return new Set([verb, stem, stem + 't', stem + 'te', stem + 'de', stem + 'ten', stem + 'den', 'ge' + stem + 'd', 'ge' + stem + 't']);
}

const weakFormsCache = new Map<string, Set<string>>();
function formsOf(verb: string): Set<string> {
  let forms = weakFormsCache.get(verb);
  if (!forms) {
    forms = weakVerbForms(verb);
    weakFormsCache.set(verb, forms);
  }
  return forms;
}

function report(context: BlockContext, from: Token, to: Token, verb: string, message: string): void {
  // Inside a phrase the jargon rule reported ("ter verbetering van"): one finding per span.
  if (context.jargonTokens.has(from.index) && context.jargonTokens.has(to.index)) return;
  context.report({
    start: from.start,
    end: to.end,
    severity: context.settings.severity ?? 'info',
    message,
    expected: [],
    explanation: 'Een werkwoord maakt een zin levendiger en korter dan een zelfstandig naamwoord.',
  });
}

/** "wij + verb": the infinitive is the plural present, separable verbs split ("stellen ... vast"). */
function firstPerson(verb: string): string {
  const particle = /^(vast|aan|af|in|op|uit|door|terug|toe|mee|voor|samen)(?=\p{L}{4,})/u.exec(verb);
  return particle ? `${verb.slice(particle[0].length)} ... ${particle[0]}` : verb;
}

function isInfinitive(token: Token): boolean {
  return token.lower.length >= 5 && token.lower.endsWith('en') && /^\p{Ll}+$/u.test(token.text) && !EN_NOUNS.has(token.lower) && !EN_NOUN_END.test(token.lower);
}

/** "het" (before an infinitive) or a listed noun of an abstract verb: the words the loop in check() acts on. */
const C_ACTS = wordClass((lower, dictionary) => {
  if (lower === 'het') return true;
  const entry = dictionary.nominalisations.get(lower);
  return entry !== undefined && ABSTRACT_VERBS.has(entry.verb);
});

export const nominalisationRule = defineRule({
  id: 'nominalisation',
  family: 'nominal',
  defaults: { enabled: true },
  userToggle: true,
  labelKey: 'checks.rule.nominalisation',
  groupsRepeats: true,
  check(context) {
    const { tokens, sentences } = context.analysis;
    const listed = context.dictionary.nominalisations;
    const classes = tokenClasses(context.analysis, context.dictionary);
    for (const sentence of sentences) {
      const end = sentence.endToken;
      for (let i = sentence.firstToken; i < end; i++) {
        if ((classes[i]! & C_ACTS) === 0) continue;
        const token = tokens[i]!;
        // het (+ one adverb) + infinitive + van
        if (token.lower === 'het') {
          for (const gap of [1, 2]) {
            const inf = tokens[i + gap];
            const van = tokens[i + gap + 1];
            if (!inf || !van || i + gap + 1 >= end || van.lower !== 'van' || !isInfinitive(inf) || !ABSTRACT_VERBS.has(inf.lower)) continue;
            if (gap === 2 && tokens[i + 1]!.after !== '') continue;
            report(context, token, van, inf.lower, `Naamwoordstijl: '${context.analysis.text.slice(token.start, van.end)}'. Zeg wie wat doet, met het werkwoord: 'wij ${firstPerson(inf.lower)} ...'.`);
            i += gap + 1;
            break;
          }
          continue;
        }
        const entry: NominalisationEntry | undefined = listed.get(token.lower);
        if (!entry || !ABSTRACT_VERBS.has(entry.verb)) continue;
        const next = tokens[i + 1];
        if (next && i + 1 < end && next.lower === 'van' && token.after === '' && entry.withVan !== false) {
          const article = tokens[i - 1];
          const from = article && i - 1 >= sentence.firstToken && (article.lower === 'de' || article.lower === 'het') ? article : token;
          report(context, from, next, entry.verb, `Naamwoordstijl: '${context.analysis.text.slice(from.start, next.end)}'. Zeg wie wat doet, met het werkwoord: 'wij ${firstPerson(entry.verb)} ...'.`);
          continue;
        }
        weakVerbs: for (const weak of entry.weakVerbs ?? []) {
          const forms = formsOf(weak);
          for (let k = Math.max(sentence.firstToken, i - 4); k < Math.min(end, i + 5); k++) {
            if (k === i || !forms.has(tokens[k]!.lower)) continue;
            const [a, b] = k < i ? [tokens[k]!, token] : [token, tokens[k]!];
            report(context, a, b, entry.verb, `'${token.text}' met '${tokens[k]!.text}' is omslachtig. Gebruik het werkwoord: 'wij ${firstPerson(entry.verb)} ...'.`);
            break weakVerbs;
          }
        }
      }
    }
  },
});
