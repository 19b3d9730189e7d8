// A checker over the small test dictionaries in tests/fixtures/checker/, so rule tests do not
// depend on the (growing) built-in lists.
import abbreviations from '../../fixtures/checker/abbreviations.json';
import allowed from '../../fixtures/checker/allowed.json';
import nominalisations from '../../fixtures/checker/nominalisations.json';
import terms from '../../fixtures/checker/terms.json';
import { buildBuiltin, createChecker, type Checker, type CheckerOptions, type Finding, type RuleId } from '../../../shared/checker/index';

export const fixtureBuiltin = buildBuiltin([
  { file: 'terms.json', value: terms },
  { file: 'abbreviations.json', value: abbreviations },
  { file: 'allowed.json', value: allowed },
  { file: 'nominalisations.json', value: nominalisations },
]);

export function fixtureChecker(options: Omit<CheckerOptions, 'builtin'> = {}): Checker {
  return createChecker({ ...options, builtin: fixtureBuiltin });
}

const shared = fixtureChecker();

/** Findings of one rule for a plain paragraph, checked as a whole text. */
export function findingsOf(ruleId: RuleId, text: string, checker: Checker = shared): Finding[] {
  return checker.checkText(text).findings.filter((f) => f.ruleId === ruleId);
}

export function actualsOf(ruleId: RuleId, text: string, checker: Checker = shared): string[] {
  return findingsOf(ruleId, text, checker).map((f) => f.actual);
}
