// The contract every rule implements. A rule reads the shared Analysis of one block (parsed
// once) and reports findings through the context; the engine runs all rules over that one
// analysis instead of walking the syntax tree once per rule.
import type { Analysis } from '../analyse';
import type { CheckerConfig } from '../config';
import type { CompiledDictionary } from '../dictionary/matcher';
import type { SpellChecker } from '../spelling/spelling';
import type { RuleId, Severity } from '../types';

export interface Report {
  start: number;
  end: number;
  severity: Severity;
  message: string;
  expected?: string[];
  explanation?: string;
  category?: string;
  termId?: string;
}

export interface RuleContext {
  analysis: Analysis;
  config: CheckerConfig;
  dictionary: CompiledDictionary;
  spelling: SpellChecker | null;
  /** Token indexes already reported by the jargon rule, so other rules do not repeat them. */
  jargonTokens: Set<number>;
  report(ruleId: RuleId, report: Report): void;
}

export interface Rule {
  id: RuleId;
  check(context: RuleContext): void;
}

/** Severity from config when set, else the rule's own choice. */
export function severityFor(context: RuleContext, id: RuleId, fallback: Severity): Severity {
  const settings = context.config[id];
  return typeof settings === 'object' && settings.severity ? settings.severity : fallback;
}
