// Double negatives: two negations in one clause ("niemand hoeft niets te doen") or "niet" with a
// negative adjective ("niet onbelangrijk"). Readers have to work out what is meant.
import type { Token } from '../analyse';
import { defineRule, type BlockContext } from './define';
import { tokenClasses, wordClass } from './word-classes';

const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens', 'noch', 'nimmer']);
const CLAUSE_WORDS = new Set(['en', 'maar', 'of', 'want', 'als', 'omdat', 'dat', 'die', 'wanneer', 'terwijl', 'doordat', 'zodat', 'hoewel', 'tenzij', 'behalve', 'zonder']);
/** Words the loop below acts on; any other word only matters for the punctuation after it. */
const C_ACTS = wordClass((lower) => NEGATIONS.has(lower) || CLAUSE_WORDS.has(lower));
const NEGATIVE_ADJECTIVE = /^on(?!der|tv|tw|ts|th|tdek|tmoet|tstaan|tvang)\p{L}{4,}(?:lijk|rijk|ig|baar|isch|echt|oon|eden|ker|aar|kend|zinnig)e?$/u;

function report(context: BlockContext, a: Token, b: Token): void {
  context.report({
    start: a.start,
    end: b.end,
    severity: context.settings.severity ?? 'warning',
    message: 'Dubbele ontkenning. Zeg het positief: "belangrijk" in plaats van "niet onbelangrijk".',
    explanation: 'Twee keer "niet" of "geen" in één zin is moeilijk te begrijpen.',
  });
}

export const doubleNegativeRule = defineRule({
  id: 'double-negative',
  family: 'other',
  defaults: { enabled: true },
  userToggle: true,
  labelKey: 'checks.rule.double-negative',
  check(context) {
    const { tokens, sentences } = context.analysis;
    const classes = tokenClasses(context.analysis, context.dictionary);
    for (const sentence of sentences) {
      let first: Token | null = null;
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const token = tokens[i]!;
        if ((classes[i]! & C_ACTS) === 0) {
          if (first !== null && token.after !== '' && /[,;:]/.test(token.after)) first = null;
          continue;
        }
        if (CLAUSE_WORDS.has(token.lower)) first = null;
        if (token.lower === 'niet') {
          const next = tokens[i + 1];
          if (next && i + 1 < sentence.endToken && NEGATIVE_ADJECTIVE.test(next.lower)) {
            report(context, token, next);
            first = null;
            i++;
            continue;
          }
        }
        if (NEGATIONS.has(token.lower)) {
          if (first) {
            report(context, first, token);
            first = null;
          } else {
            first = token;
          }
        }
        if (token.after !== '' && /[,;:]/.test(token.after)) first = null;
      }
    }
  },
});
