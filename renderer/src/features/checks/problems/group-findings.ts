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
  /** Section title, or the family id when grouped by kind; null for the text before the first heading. */
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

/** By kind of problem: the same kinds, with the same names, as the "Soort" filter, the counts and the legend. */
export function groupByFamily(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<Family, FindingGroup>();
  for (const finding of findings) {
    const family = familyOf(finding.ruleId);
    let group = groups.get(family);
    if (!group) {
      group = { key: `f:${family}`, title: family, findings: [] };
      groups.set(family, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()].sort((a, b) => b.findings.length - a.findings.length || (a.title ?? '').localeCompare(b.title ?? ''));
}

export function countByFamily(findings: readonly Finding[]): Array<{ family: Family; count: number }> {
  const counts = new Map<Family, number>();
  for (const finding of findings) {
    const family = familyOf(finding.ruleId);
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  return [...counts.entries()].map(([family, count]) => ({ family, count })).sort((a, b) => b.count - a.count);
}

/**
 * Lists each repeat right after the first use of its term, in whatever group that first use is, so
 * a term used ten times is one finding with its repeats under it. A repeat whose first use is
 * filtered out keeps its own place. `group` builds the groups (by section or by kind).
 */
export function groupWithRepeats(
  findings: readonly Finding[],
  repeats: ReadonlySet<Finding>,
  group: (findings: readonly Finding[]) => FindingGroup[],
): FindingGroup[] {
  if (repeats.size === 0) return group(findings);
  // Runs after every result on notes with thousands of findings, most of them repeats: plain
  // loops, and no array made per finding.
  const heads = new Map<string, Finding>();
  for (const finding of findings) if (finding.group && !heads.has(finding.group) && !repeats.has(finding)) heads.set(finding.group, finding);
  const under = new Map<Finding, Finding[]>();
  const listed: Finding[] = [];
  for (const finding of findings) {
    const head = finding.group && repeats.has(finding) ? heads.get(finding.group) : undefined;
    if (!head) {
      listed.push(finding);
      continue;
    }
    const list = under.get(head);
    if (list) list.push(finding);
    else under.set(head, [finding]);
  }
  return group(listed).map((g) => {
    const withRepeats: Finding[] = [];
    for (const finding of g.findings) {
      withRepeats.push(finding);
      const later = under.get(finding);
      if (later) for (const repeat of later) withRepeats.push(repeat);
    }
    return { ...g, findings: withRepeats };
  });
}
