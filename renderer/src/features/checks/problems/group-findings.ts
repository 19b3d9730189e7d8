// Grouping and filtering for the Problems panel, apart from React so it is unit-tested.
import type { Finding, Severity } from '../../../../../shared/checker/types';
import { familyOf, type Family } from '../families';

export interface SectionLike {
  headingId: string | null;
  title: string;
  blockIds: readonly string[];
}

export interface FindingGroup {
  key: string;
  /** Section title, or the rule id when grouped by rule; null for the text before the first heading. */
  title: string | null;
  findings: Finding[];
}

export interface ProblemFilter {
  severity: Severity | 'all';
  family: Family | 'all';
}

export function filterFindings(findings: readonly Finding[], filter: ProblemFilter): Finding[] {
  return findings.filter(
    (finding) => (filter.severity === 'all' || finding.severity === filter.severity) && (filter.family === 'all' || familyOf(finding.ruleId) === filter.family),
  );
}

export function groupBySection(findings: readonly Finding[], sections: readonly SectionLike[]): FindingGroup[] {
  const sectionOf = new Map<string, number>();
  sections.forEach((section, index) => section.blockIds.forEach((id) => sectionOf.set(id, index)));
  const groups = new Map<number, FindingGroup>();
  for (const finding of findings) {
    const index = sectionOf.get(finding.blockId) ?? -1;
    let group = groups.get(index);
    if (!group) {
      const section = sections[index];
      group = { key: `s${index}:${section?.headingId ?? ''}`, title: section?.headingId ? section.title : null, findings: [] };
      groups.set(index, group);
    }
    group.findings.push(finding);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => group);
}

export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.ruleId);
    if (!group) {
      group = { key: `r:${finding.ruleId}`, title: finding.ruleId, findings: [] };
      groups.set(finding.ruleId, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()].sort((a, b) => b.findings.length - a.findings.length || (a.title ?? '').localeCompare(b.title ?? ''));
}

export function countByRule(findings: readonly Finding[]): Array<{ ruleId: string; count: number }> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return [...counts.entries()].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count);
}

/**
 * Lists each repeat right after the first use of its term, in whatever group that first use is, so
 * a term used ten times is one finding with its repeats under it. A repeat whose first use is
 * filtered out keeps its own place. `group` builds the groups (by section or by rule).
 */
export function groupWithRepeats(
  findings: readonly Finding[],
  repeats: ReadonlySet<Finding>,
  group: (findings: readonly Finding[]) => FindingGroup[],
): FindingGroup[] {
  if (repeats.size === 0) return group(findings);
  const heads = new Map<string, Finding>();
  for (const finding of findings) if (!repeats.has(finding) && finding.group && !heads.has(finding.group)) heads.set(finding.group, finding);
  const under = new Map<Finding, Finding[]>();
  const listed: Finding[] = [];
  for (const finding of findings) {
    const head = repeats.has(finding) && finding.group ? heads.get(finding.group) : undefined;
    if (!head) {
      listed.push(finding);
      continue;
    }
    const list = under.get(head);
    if (list) list.push(finding);
    else under.set(head, [finding]);
  }
  return group(listed).map((g) => ({ ...g, findings: g.findings.flatMap((finding) => [finding, ...(under.get(finding) ?? [])]) }));
}
