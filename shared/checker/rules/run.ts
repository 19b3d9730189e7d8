// Runs the enabled block rules over one analysed block and turns their reports into findings.
import type { Analysis } from '../analyse';
import type { CheckerConfig } from '../config';
import type { CompiledDictionary } from '../dictionary/matcher';
import { buildFinding, byPosition } from '../finding';
import { createLineIndex } from '../location';
import type { SpellChecker } from '../spelling/spelling';
import type { Finding } from '../types';
import type { BlockContext, RuleSettings } from './define';
import { RULES } from './registry';

export interface RuleEnvironment {
  config: CheckerConfig;
  dictionary: CompiledDictionary;
  spelling: SpellChecker | null;
}

export function runRules(analysis: Analysis, blockId: string, env: RuleEnvironment): Finding[] {
  const findings: Finding[] = [];
  const lineOf = createLineIndex(analysis.text);
  // One context per block; the rule it reports for changes as the loop moves on (a context and a
  // report closure per rule per block showed up in profiles of the full check).
  let rule: (typeof RULES)[number] = RULES[0];
  const context: BlockContext = {
    analysis,
    settings: env.config[rule.id],
    dictionary: env.dictionary,
    spelling: env.spelling,
    jargonTokens: new Set<number>(),
    report: (r) => findings.push(buildFinding(rule.id, blockId, analysis.text, lineOf, r, rule.groupsRepeats)),
  };
  for (rule of RULES) {
    const settings: RuleSettings = env.config[rule.id];
    if (!rule.check || !settings.enabled) continue;
    context.settings = settings;
    (rule.check as (context: BlockContext) => void)(context);
  }
  findings.sort(byPosition);
  return findings;
}
