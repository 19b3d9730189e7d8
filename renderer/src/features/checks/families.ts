// Rule families: what the writer sees as one kind of problem (one background tint each).
import type { Severity } from '../../../../shared/checker/types';
import { familyOfRule } from '../../../../shared/versions/families';

export const FAMILIES = ['jargon', 'long-sentence', 'hard-word', 'passive', 'nominal', 'abbreviation', 'spelling', 'other'] as const;
export type Family = (typeof FAMILIES)[number];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One mapping for the editor, the Versies view and the report (shared/versions/families.ts). */
export function familyOf(ruleId: string): Family {
  return familyOfRule(ruleId);
}

export const severityRank = (severity: Severity): number => (severity === 'error' ? 3 : severity === 'warning' ? 2 : 1);
