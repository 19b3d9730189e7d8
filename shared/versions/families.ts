// Rule families: one kind of problem as the writer sees it. One mapping for the editor's tints
// (renderer/src/checks/families.ts), the Versies view, the trend and the report.
import type { Family } from '../contract/versions';

export const FAMILIES: readonly Family[] = ['jargon', 'long-sentence', 'hard-word', 'passive', 'nominal', 'abbreviation', 'spelling', 'other'];

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

export const familyOfRule = (ruleId: string): Family => byRule[ruleId] ?? 'other';

export function countFamilies(findings: readonly { ruleId: string }[]): Record<Family, number> {
  const counts = Object.fromEntries(FAMILIES.map((family) => [family, 0])) as Record<Family, number>;
  for (const finding of findings) counts[familyOfRule(finding.ruleId)] += 1;
  return counts;
}
