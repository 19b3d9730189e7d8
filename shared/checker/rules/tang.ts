// Tangconstructies: words wedged between an article and its noun ("de door de raad op 3 maart
// vastgestelde regels"). The reader holds "de" in mind through the whole wedge before learning
// what it is about. Found as: article, a wedge that opens with a preposition or a time word, a
// participle used as an adjective ("vastgestelde", "besproken", "wonende") and then the noun.
import type { Token } from '../analyse';
import { defineRule } from './define';
import { isParticiple } from './passive';
import { tokenClasses, wordClass, wordClassOf } from './word-classes';

const ARTICLES = new Set(['de', 'het', 'een', 'deze', 'dit', 'onze', 'uw', 'hun', 'elke', 'iedere', 'alle']);

/** How a wedge opens: a preposition ("de door de raad ...") or a time word ("de eerder ..."). */
const WEDGE_START = new Set([
  'door', 'in', 'op', 'bij', 'van', 'voor', 'met', 'na', 'tijdens', 'per', 'vanaf', 'uit', 'aan', 'over', 'onder', 'tot', 'binnen',
  'sinds', 'naar', 'via', 'volgens', 'rond', 'tussen', 'zonder', 'namens', 'conform', 'krachtens', 'eerder', 'reeds', 'al',
  'onlangs', 'recent', 'destijds', 'vooraf', 'hierboven', 'hiervoor', 'hieronder', 'daarvoor', 'inmiddels', 'vorig', 'vorige',
]);

/** Words that cannot be the noun after the participle: the participle then belongs to a verb. */
const NOT_A_NOUN = new Set([
  'en', 'of', 'maar', 'want', 'dat', 'die', 'als', 'om', 'te', 'door', 'in', 'op', 'bij', 'van', 'voor', 'met', 'na', 'aan', 'uit',
  'over', 'tot', 'naar', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'had', 'kan',
  'kunnen', 'moet', 'moeten', 'zal', 'zullen', 'niet', 'ook', 'nog', 'al', 'dan', 'wel', 'er', 'hier', 'daar', 'omdat', 'zodat',
  'nadat', 'voordat', 'wanneer', 'terwijl', 'hoewel', 'de', 'het', 'een',
]);

/** Words that end a clause: a participle beyond them is not part of the article's phrase. */
const CLAUSE_WORDS = new Set(['dat', 'die', 'omdat', 'als', 'wanneer', 'terwijl', 'doordat', 'zodat', 'maar', 'want', 'om', 'te', 'of']);

const MAX_WEDGE = 12;
const MIN_WEDGE = 2;
const NUMBER = /^\d/u;

/** "vastgestelde" from vastgesteld, "besproken", "wonende": a participle used as an adjective. */
function isAdjectivalParticiple(lower: string): boolean {
  if (lower.endsWith('ende') && lower.length > 6) return true;
  if (lower.endsWith('e') && isParticiple(lower.slice(0, -1))) return true;
  return lower.endsWith('en') && isParticiple(lower);
}

const breaks = (token: Token): boolean => token.after !== '' && /[,;:()"“”]/u.test(token.after);

const C_ARTICLE = wordClassOf(ARTICLES);
const C_WEDGE_START = wordClassOf(WEDGE_START);
const C_CLAUSE = wordClassOf(CLAUSE_WORDS);
const C_ADJECTIVAL_PARTICIPLE = wordClass(isAdjectivalParticiple);

/** Token index of the noun that closes the tang starting at the article, or -1. */
function tangEnd(tokens: Token[], classes: Int32Array, article: number, sentenceEnd: number): number {
  const first = tokens[article + 1];
  if (!first || article + 1 >= sentenceEnd || breaks(tokens[article]!) || (classes[article + 1]! & C_WEDGE_START) === 0) return -1;
  for (let k = article + 2; k < sentenceEnd && k <= article + 1 + MAX_WEDGE; k++) {
    if (breaks(tokens[k - 1]!)) return -1;
    const c = classes[k]!;
    if ((c & C_CLAUSE) !== 0) return -1;
    if (k - article - 1 < MIN_WEDGE || (c & C_ADJECTIVAL_PARTICIPLE) === 0) continue;
    // After the participle: optional numbers ("150 woningen"), then the noun.
    let n = k + 1;
    while (n < sentenceEnd && NUMBER.test(tokens[n]!.text) && !breaks(tokens[n - 1]!)) n++;
    const noun = tokens[n];
    if (!noun || n >= sentenceEnd || breaks(tokens[n - 1]!) || !noun.hasLetter || NOT_A_NOUN.has(noun.lower) || isParticiple(noun.lower)) return -1;
    return n;
  }
  return -1;
}

export const tangRule = defineRule({
  id: 'tang',
  family: 'other',
  defaults: { enabled: true },
  userToggle: true,
  labelKey: 'checks.rule.tang',
  check(context) {
    const { tokens, sentences, text } = context.analysis;
    const classes = tokenClasses(context.analysis, context.dictionary);
    for (const sentence of sentences) {
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        if ((classes[i]! & C_ARTICLE) === 0) continue;
        const article = tokens[i]!;
        const end = tangEnd(tokens, classes, i, sentence.endToken);
        if (end < 0) continue;
        const noun = tokens[end]!;
        const wedged = end - i - 1;
        const relative = article.lower === 'het' || article.lower === 'dit' ? 'dat' : article.lower === 'een' ? 'die of dat' : 'die';
        context.report({
          start: article.start,
          end: noun.end,
          severity: context.settings.severity ?? 'info',
          message: `Tangconstructie: tussen '${article.text}' en '${noun.text}' staan ${wedged} woorden. Noem eerst waar het om gaat: '${article.lower} ${noun.text} ${relative} ...'.`,
          explanation: `De lezer moet '${text.slice(article.start, article.end)}' onthouden tot het woord waar het om gaat. Zet de woorden ertussen achter dat woord, in een bijzin.`,
        });
        i = end;
      }
    }
  },
});
