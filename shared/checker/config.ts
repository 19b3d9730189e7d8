// The checker's config: the target level plus one settings object per rule, with the defaults
// each rule module declares (see rules/registry.ts).
import type { CefrLevel } from './model';
import type { RuleSettings } from './rules/define';
import { RULE_IDS, RULES, type RuleSettingsById } from './rules/registry';

export type { RuleSettings } from './rules/define';

export type CheckerConfig = {
  /** The level the writer aims for; the reading-level rule reports when the text is harder. */
  targetLevel: CefrLevel;
} & RuleSettingsById;

/** What callers may pass: any rule's settings may be given partially. */
export type CheckerConfigInput = {
  [K in keyof CheckerConfig]?: CheckerConfig[K] extends object ? Partial<CheckerConfig[K]> : CheckerConfig[K];
};

export { RULE_IDS };

export function defaultConfig(): CheckerConfig {
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, { ...rule.defaults } as RuleSettings]));
  return { targetLevel: 'B1', ...(rules as RuleSettingsById) };
}

export function resolveConfig(input: CheckerConfigInput | undefined): CheckerConfig {
  const config = defaultConfig();
  if (!input) return config;
  if (input.targetLevel) config.targetLevel = input.targetLevel;
  for (const id of RULE_IDS) {
    const given = input[id];
    if (given) Object.assign(config[id], given);
  }
  return config;
}

/** Stable text form of the config, used in the block cache key. */
export function configFingerprint(config: CheckerConfig): string {
  return JSON.stringify(config);
}
