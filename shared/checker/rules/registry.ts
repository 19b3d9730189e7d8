// Every rule, in run order. Adding a rule: one module in this folder, one line here, its label in
// shared/i18n (checks.rule.<id>) and its data in dictionaries/. Ids, the config type, the settings
// list and the families are derived from this list.
// Jargon runs first so later rules can skip words it already reported.
import type { Family } from '../family';
import { abbreviationRule } from './abbreviation';
import { adjectiveAgreementRule } from './adjective-agreement';
import type { SettingsOf } from './define';
import { doubleNegativeRule } from './double-negative';
import { hardWordRule } from './hard-word';
import { jargonRule } from './jargon';
import { longParagraphRule } from './long-paragraph';
import { longSentenceRule } from './long-sentence';
import { nominalisationRule } from './nominalisation';
import { passiveRule } from './passive';
import { readingLevelRule } from './reading-level';
import { spellingRule } from './spelling';
import { tangRule } from './tang';
import { vagueFillerRule } from './vague-filler';

export const RULES = [
  jargonRule,
  longSentenceRule,
  hardWordRule,
  passiveRule,
  nominalisationRule,
  abbreviationRule,
  doubleNegativeRule,
  tangRule,
  vagueFillerRule,
  adjectiveAgreementRule,
  longParagraphRule,
  spellingRule,
  readingLevelRule,
] as const;

type AnyRule = (typeof RULES)[number];
export type RuleId = AnyRule['id'];

/** Settings per rule id, each with the fields its defaults have. */
export type RuleSettingsById = { [R in AnyRule as R['id']]: SettingsOf<R['defaults']> };

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

/** Rules the writer may switch on and off in the check settings (globally and per note). */
export const USER_TOGGLED_RULES: readonly RuleId[] = RULES.filter((rule) => rule.userToggle).map((rule) => rule.id);

const ON_BY_DEFAULT = new Map<string, boolean>(RULES.map((rule) => [rule.id, rule.defaults.enabled]));
/** Whether a rule runs when the writer has not switched it (the optional ones, such as adjective agreement, do not). */
export function enabledByDefault(ruleId: string): boolean {
  return ON_BY_DEFAULT.get(ruleId) ?? true;
}

/** The families in use, in registry order, with 'other' last. */
export const FAMILIES: readonly Family[] = [...new Set<Family>([...RULES.map((rule) => rule.family).filter((f) => f !== 'other'), 'other'])];

const FAMILY_OF = new Map<string, Family>(RULES.map((rule) => [rule.id, rule.family]));
export function familyOf(ruleId: string): Family {
  return FAMILY_OF.get(ruleId) ?? 'other';
}

const LABEL_OF = new Map<string, string>(RULES.map((rule) => [rule.id, rule.labelKey]));
/** i18n key of a rule's name. */
export function ruleLabelKey(ruleId: string): string {
  return LABEL_OF.get(ruleId) ?? `checks.rule.${ruleId}`;
}
