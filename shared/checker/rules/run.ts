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
  const jargonTokens = new Set<number>();
  for (const rule of RULES) {
    const settings: RuleSettings = env.config[rule.id];
    if (!rule.check || !settings.enabled) continue;
    const context: BlockContext = {
      analysis,
      settings,
      dictionary: env.dictionary,
      spelling: env.spelling,
      jargonTokens,
      report: (r) => findings.push(buildFinding(rule.id, blockId, analysis.text, lineOf, r, rule.groupsRepeats)),
    };
    (rule.check as (context: BlockContext) => void)(context);
  }
  findings.sort(byPosition);
  return findings;
}
