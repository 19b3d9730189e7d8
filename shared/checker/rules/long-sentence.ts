// Long sentences: B1 guidance warns above 20 words and calls more than 30 too long.
// Words are counted as a reader sees them: numbers and abbreviations count, punctuation does not.
import type { Token } from '../analyse';
import { defineRule } from './define';

/** A colon that opens quoted speech: 'De wethouder zei: "Wij ...'. */
const OPENS_QUOTE = /:\s*["“„‘'«]/u;

/**
 * Words of the longest part when quoted speech after a colon is read as a sentence of its own: the
 * reader takes 'X zei tegen ons:' and the words said in two steps. Without such a colon, the
 * whole sentence.
 */
function longestPart(tokens: readonly Token[], first: number, end: number): number {
  let longest = 0;
  let from = first;
  for (let k = first; k < end - 1; k++) {
    if (!OPENS_QUOTE.test(tokens[k]!.after + tokens[k + 1]!.before)) continue;
    longest = Math.max(longest, k + 1 - from);
    from = k + 1;
  }
  return Math.max(longest, end - from);
}

export const longSentenceRule = defineRule({
  id: 'long-sentence',
  family: 'long-sentence',
  defaults: { enabled: true, warnAbove: 20, errorAbove: 30 },
  userToggle: true,
  labelKey: 'checks.rule.long-sentence',
  check(context) {
    const { sentences } = context.analysis;
    if (context.analysis.kind === 'heading') return;
    const settings = context.settings;
    const { tokens } = context.analysis;
    for (const sentence of sentences) {
      const words = sentence.endToken - sentence.firstToken;
      if (words <= settings.warnAbove) continue;
      if (longestPart(tokens, sentence.firstToken, sentence.endToken) <= settings.warnAbove) continue;
      const tooLong = words > settings.errorAbove;
      const first = context.analysis.tokens[sentence.firstToken]!;
      const last = context.analysis.tokens[sentence.endToken - 1]!;
      context.report({
        start: first.start,
        end: last.end + last.after.length,
        severity: settings.severity ?? (tooLong ? 'error' : 'warning'),
        message: tooLong
          ? `Deze zin heeft ${words} woorden. Dat is te lang: maak er twee of drie zinnen van.`
          : `Deze zin heeft ${words} woorden. Probeer onder de ${settings.warnAbove + 1} te blijven.`,
        explanation: 'Korte zinnen lezen makkelijker. Zet één boodschap in één zin.',
      });
    }
  },
});
