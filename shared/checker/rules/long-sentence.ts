// Long sentences: B1 guidance warns above 20 words and calls more than 30 too long.
// Words are counted as a reader sees them: numbers and abbreviations count, punctuation does not.
import type { Token } from '../analyse';
import { collectAbbreviations } from './abbreviation';
import { defineRule, type RuleSettings, type SettleContext, type SettledFinding } from './define';

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

/** Words over the limit that the corpus guide still calls acceptable when nothing else is hard: 21–25. */
const BORDERLINE = 5;
/** B1's limit. A writer who chose a stricter one (a preset such as Direct Duidelijk) gets every sentence over it. */
const B1_LIMIT = 20;
/** Rules whose findings judge the register of a sentence; without them a sentence cannot be called plain. */
const REGISTER_JUDGES = ['jargon', 'passive', 'nominalisation'];

/**
 * A sentence just over the limit that a B1 editor leaves in a plain paragraph ("In deze brief leggen
 * wij uit wat er op staat en wat u kunt doen als u het niet kunt betalen."): at most BORDERLINE
 * words too many, no other finding and no unexplained acronym in it, and the paragraph's other
 * sentences within the limit.
 * In official text such a sentence holds a formula, a passive or a term, and is reported.
 */
function isPlainBorderline(context: SettleContext<LongSentenceSettings>, finding: SettledFinding): boolean {
  if (finding.severity !== 'warning' || context.analysis.sentences.length < 2 || context.settings.warnAbove < B1_LIMIT) return false;
  const sentence = context.analysis.sentences.find((s) => context.analysis.tokens[s.firstToken]!.start === finding.start);
  if (!sentence || sentence.endToken - sentence.firstToken > context.settings.warnAbove + BORDERLINE) return false;
  for (const other of context.findings) {
    if (other !== finding && other.start >= finding.start && other.end <= finding.end) return false;
  }
  // Acronyms are judged over the whole note, after this: one not explained here counts as hard.
  return !collectAbbreviations(context.analysis, context.dictionary).some((use) => !use.defined && use.start >= finding.start && use.end <= finding.end);
}

interface LongSentenceSettings extends RuleSettings {
  warnAbove: number;
  errorAbove: number;
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
  settle(context) {
    if (!REGISTER_JUDGES.every((rule) => context.ruleEnabled(rule))) return;
    // Two long sentences in one paragraph: it is not plain.
    const own = context.findings.filter((f) => f.ruleId === 'long-sentence');
    if (own.length === 1 && isPlainBorderline(context, own[0]!)) context.withdraw(own[0]!);
  },
});
