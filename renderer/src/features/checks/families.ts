// Rule families: what the writer sees as one kind of problem (one background tint each).
import type { Severity } from '../../../../shared/checker/types';

export const FAMILIES = ['jargon', 'long-sentence', 'hard-word', 'passive', 'nominal', 'abbreviation', 'spelling', 'other'] as const;
export type Family = (typeof FAMILIES)[number];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const byRule: Record<string, Family> = {
  jargon: 'jargon',
  'long-sentence': 'long-sentence',
  'long-paragraph': 'long-sentence',
  'hard-word': 'hard-word',
  passive: 'passive',
  nominalisation: 'nominal',
  abbreviation: 'abbreviation',
  spelling: 'spelling',
};

export function familyOf(ruleId: string): Family {
  return byRule[ruleId] ?? 'other';
}

export const severityRank = (severity: Severity): number => (severity === 'error' ? 3 : severity === 'warning' ? 2 : 1);
