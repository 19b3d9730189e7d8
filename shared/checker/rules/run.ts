// Runs the enabled block rules over one analysed block and turns their reports into findings.
import type { Analysis } from '../analyse';
import type { CheckerConfig } from '../config';
import type { CompiledDictionary } from '../dictionary/matcher';
import { buildFinding, byPosition } from '../finding';
import { createLineIndex, type LineIndex } from '../location';
import type { SpellChecker } from '../spelling/spelling';
import type { Explanation } from '../model';
import type { Finding } from '../types';
import type { BlockContext, Report, RuleSettings, SettleContext, SettledFinding } from './define';
import { RULES } from './registry';

export interface RuleEnvironment {
  config: CheckerConfig;
  dictionary: CompiledDictionary;
  spelling: SpellChecker | null;
}

type Rule = (typeof RULES)[number];

/**
 * One context per block; the rule it reports for moves on with the loop. A context object and a
 * report closure per rule per block showed up in profiles of the full check.
 */
class RuleRun implements BlockContext, SettleContext {
  readonly findings: Finding[] = [];
  readonly explanations: Explanation[] = [];
  readonly jargonTokens = new Set<number>();
  readonly dictionary: CompiledDictionary;
  readonly spelling: SpellChecker | null;
  readonly sentenceLimit: number | null;
  private readonly lineOf: LineIndex;
  rule: Rule = RULES[0];
  settings: RuleSettings;

  constructor(
    readonly analysis: Analysis,
    private readonly blockId: string,
    private readonly env: RuleEnvironment,
    private readonly sentenceStarts: readonly number[],
  ) {
    this.dictionary = env.dictionary;
    this.spelling = env.spelling;
    this.sentenceLimit = sentenceLimitOf(env.config);
    this.lineOf = createLineIndex(analysis.text);
    this.settings = env.config[this.rule.id];
    this.report = (r) => {
      this.findings.push(buildFinding(this.rule.id, this.blockId, this.analysis.text, this.lineOf, r, this.rule.groupsRepeats, this.sentenceStarts));
    };
    this.explained = (termId, start) => {
      this.explanations.push({ group: `${this.rule.id}:${termId}`, start });
    };
  }

  withdraw(finding: SettledFinding): void {
    const at = this.findings.findIndex((f) => f === finding);
    if (at >= 0 && finding.ruleId === this.rule.id) this.findings.splice(at, 1);
  }

  ruleEnabled(ruleId: string): boolean {
    const settings: unknown = (this.env.config as Partial<Record<string, unknown>>)[ruleId];
    return typeof settings === 'object' && settings !== null && (settings as { enabled?: unknown }).enabled === true;
  }

  // Arrows, so a rule may pass context.report around unbound. Assigned in the constructor rather
  // than as class fields: tsx (the CLI, the benches) names every field arrow with a property
  // definition, once per block.
  readonly report: (r: Report) => void;
  // The same group key buildFinding gives the term's findings.
  readonly explained: (termId: string, start: number) => void;
}

export function sentenceLimitOf(config: CheckerConfig): number | null {
  const long = config['long-sentence'];
  return long.enabled ? long.warnAbove : null;
}

/** `sentenceStarts`: the start offset of each of the analysis' sentences (the block result keeps the same array). */
export function runRules(analysis: Analysis, blockId: string, env: RuleEnvironment, sentenceStarts: readonly number[] = analysis.sentences.map((sentence) => sentence.start)): { findings: Finding[]; explained: Explanation[] } {
  const run = new RuleRun(analysis, blockId, env, sentenceStarts);
  for (const rule of RULES) {
    const settings: RuleSettings = env.config[rule.id];
    if (!rule.check || !settings.enabled) continue;
    run.rule = rule;
    run.settings = settings;
    (rule.check as (context: BlockContext) => void)(run);
  }
  run.findings.sort(byPosition);
  for (const rule of RULES) {
    const settings: RuleSettings = env.config[rule.id];
    if (!('settle' in rule) || !rule.settle || !settings.enabled) continue;
    run.rule = rule;
    run.settings = settings;
    (rule.settle as (context: SettleContext) => void)(run);
  }
  return { findings: run.findings, explained: run.explanations };
}
