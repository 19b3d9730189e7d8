// Runs the enabled rules over one analysed block and turns their reports into findings.
import type { Analysis } from '../analyse';
import type { CheckerConfig } from '../config';
import type { CompiledDictionary } from '../dictionary/matcher';
import { createLineIndex } from '../location';
import type { SpellChecker } from '../spelling/spelling';
import type { Finding } from '../types';
import { BLOCK_RULES } from './registry';
import type { RuleContext } from './types';

export interface RuleEnvironment {
  config: CheckerConfig;
  dictionary: CompiledDictionary;
  spelling: SpellChecker | null;
}

export function runRules(analysis: Analysis, blockId: string, env: RuleEnvironment): Finding[] {
  const findings: Finding[] = [];
  const lineOf = createLineIndex(analysis.text);
  const context: RuleContext = {
    analysis,
    config: env.config,
    dictionary: env.dictionary,
    spelling: env.spelling,
    jargonTokens: new Set(),
    report(ruleId, r) {
      const { line, column } = lineOf(r.start);
      const finding: Finding = {
        ruleId,
        source: 'helder',
        severity: r.severity,
        blockId,
        start: r.start,
        end: r.end,
        line,
        column,
        actual: analysis.text.slice(r.start, r.end),
        expected: r.expected ?? [],
        message: r.message,
      };
      if (r.explanation) finding.explanation = r.explanation;
      if (r.category) finding.category = r.category;
      if (r.termId) finding.termId = r.termId;
      findings.push(finding);
    },
  };
  for (const rule of BLOCK_RULES) {
    if (env.config[rule.id].enabled) rule.check(context);
  }
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  return findings;
}
