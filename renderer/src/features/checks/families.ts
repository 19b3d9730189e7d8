// Rule families: what the writer sees as one kind of problem (one background tint each). The
// families and which rule belongs to which come from the checker's rule registry.
import type { Severity } from '../../../../shared/checker/types';

export type { Family } from '../../../../shared/checker/family';
export { FAMILIES, familyOf } from '../../../../shared/checker/rules/registry';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const severityRank = (severity: Severity): number => (severity === 'error' ? 3 : severity === 'warning' ? 2 : 1);
