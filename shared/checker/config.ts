import type { CefrLevel, RuleId, Severity } from './types';

export interface RuleSettings {
  enabled: boolean;
  /** Overrides the rule's own severity (for jargon: the entry's severity). */
  severity?: Severity;
}

export interface CheckerConfig {
  /** The level the writer aims for; the reading-level rule reports when the text is harder. */
  targetLevel: CefrLevel;
  jargon: RuleSettings;
  'long-sentence': RuleSettings & { warnAbove: number; errorAbove: number };
  'hard-word': RuleSettings & { minSyllables: number; maxLetters: number };
  passive: RuleSettings;
  nominalisation: RuleSettings;
  abbreviation: RuleSettings;
  spelling: RuleSettings;
  'double-negative': RuleSettings;
  'vague-filler': RuleSettings;
  'long-paragraph': RuleSettings & { maxWords: number; maxSentences: number };
  'reading-level': RuleSettings;
}

/** What callers may pass: any rule's settings may be given partially. */
export type CheckerConfigInput = {
  [K in keyof CheckerConfig]?: CheckerConfig[K] extends object ? Partial<CheckerConfig[K]> : CheckerConfig[K];
};

export const RULE_IDS: readonly RuleId[] = [
  'jargon',
  'long-sentence',
  'hard-word',
  'passive',
  'nominalisation',
  'abbreviation',
  'spelling',
  'double-negative',
  'vague-filler',
  'long-paragraph',
  'reading-level',
];

export function defaultConfig(): CheckerConfig {
  return {
    targetLevel: 'B1',
    jargon: { enabled: true },
    // B1 guidance: up to about 15 words on average; above 20 is long, above 30 is too long.
    'long-sentence': { enabled: true, warnAbove: 20, errorAbove: 30 },
    'hard-word': { enabled: true, minSyllables: 5, maxLetters: 18 },
    passive: { enabled: true },
    nominalisation: { enabled: true },
    abbreviation: { enabled: true },
    // Spelling needs the large hunspell dictionary; callers that have it switch it on.
    spelling: { enabled: false },
    'double-negative': { enabled: true },
    'vague-filler': { enabled: true },
    'long-paragraph': { enabled: true, maxWords: 120, maxSentences: 7 },
    // Off by default: the editor shows the level itself; the CLI switches it on with --level.
    'reading-level': { enabled: false },
  };
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
