// The Problems panel as one flat list of fixed-height rows (section or rule titles, sentence
// groups and findings), so only the rows in view are drawn while the counts and the keyboard cover
// every finding.
import type { SentenceGroup } from '../../../../../shared/checker/sentence-groups';
import type { Finding, Severity } from '../../../../../shared/checker/types';
import { findingKey } from '../session';
import type { FindingGroup } from './group-findings';

export type ProblemRow =
  | { kind: 'group'; key: string; title: string | null; count: number }
  /** One sentence with several findings: one entry, opened to show its findings (members). */
  | { kind: 'sentence'; key: string; members: Finding[]; severity: Severity; expanded: boolean }
  /**
   * repeat: a later use listed under the first; repeats: how many such rows follow a first use;
   * sentence: the row index of the sentence entry it is listed under, or -1.
   */
  | { kind: 'finding'; key: string; finding: Finding; repeat: boolean; repeats: number; sentence: number };

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A first use with the repeats listed right after it (a repeat whose first use is filtered out stands alone). */
interface Unit {
  head: Finding;
  repeats: Finding[];
}

function unitsOf(findings: readonly Finding[], repeats: ReadonlySet<Finding>): Unit[] {
  const units: Unit[] = [];
  let last: Unit | null = null;
  for (const finding of findings) {
    if (repeats.has(finding) && last && !repeats.has(last.head) && last.head.group !== undefined && last.head.group === finding.group) {
      last.repeats.push(finding);
      continue;
    }
    last = { head: finding, repeats: [] };
    units.push(last);
  }
  return units;
}

/**
 * The rows of the groups; a group's count is its findings without the repeats. A sentence in
 * `sentences` (sentenceGroupsOf over the listed findings) is one row at its first finding; its
 * findings (each with its repeats) follow only while its key is in `expanded`.
 */
export function flattenGroups(
  groups: readonly FindingGroup[],
  repeats: ReadonlySet<Finding> = new Set(),
  sentences: ReadonlyMap<Finding, SentenceGroup> = new Map(),
  expanded: ReadonlySet<string> = new Set(),
): ProblemRow[] {
  const rows: ProblemRow[] = [];
  const pushUnit = (unit: Unit, sentence: number): void => {
    const repeat = repeats.has(unit.head);
    rows.push({ kind: 'finding', key: findingKey(unit.head), finding: unit.head, repeat, repeats: repeat ? 0 : unit.repeats.length, sentence });
    for (const finding of unit.repeats) rows.push({ kind: 'finding', key: findingKey(finding), finding, repeat: true, repeats: 0, sentence });
  };
  for (const group of groups) {
    let count = 0;
    for (const finding of group.findings) if (!repeats.has(finding)) count++;
    rows.push({ kind: 'group', key: group.key, title: group.title, count });
    const units = unitsOf(group.findings, repeats);
    // Only an opened sentence entry needs its members' units: most updates open none.
    let unitOf: Map<Finding, Unit> | null = null;
    const listed = new Set<SentenceGroup>();
    for (const unit of units) {
      const sentence = repeats.has(unit.head) ? undefined : sentences.get(unit.head);
      if (!sentence) {
        pushUnit(unit, -1);
        continue;
      }
      if (listed.has(sentence)) continue;
      listed.add(sentence);
      const at = rows.length;
      const open = expanded.has(sentence.key);
      const severity = sentence.findings.reduce<Severity>((worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst), 'info');
      rows.push({ kind: 'sentence', key: `z:${sentence.key}`, members: sentence.findings, severity, expanded: open });
      if (!open) continue;
      unitOf ??= new Map(units.map((unit) => [unit.head, unit]));
      for (const member of sentence.findings) {
        const memberUnit = unitOf.get(member);
        if (memberUnit) pushUnit(memberUnit, at);
      }
    }
  }
  return rows;
}

/** Rows the keyboard stops on: findings and sentence entries, not titles. */
export const isFocusable = (row: ProblemRow | undefined): boolean => row !== undefined && row.kind !== 'group';

/** Indexes [first, end) of the rows to draw for a scroll position, with `overscan` rows either side. */
export function rowWindow(rowCount: number, rowPx: number, scrollTop: number, viewportPx: number, overscan: number): [number, number] {
  if (rowCount === 0) return [0, 0];
  const first = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  const end = Math.min(rowCount, Math.ceil((scrollTop + Math.max(viewportPx, rowPx)) / rowPx) + overscan);
  return [Math.min(first, end), end];
}

/**
 * The row a key moves to from `from`: `step` findings or sentence entries further (negative: back),
 * stopping at the first or last; title rows are skipped. -1 when there is nothing to stop on.
 */
export function moveAmongFindings(rows: readonly ProblemRow[], from: number, step: number): number {
  const findings: number[] = [];
  rows.forEach((row, index) => isFocusable(row) && findings.push(index));
  if (findings.length === 0) return -1;
  let position = findings.findIndex((index) => index >= from);
  if (position < 0) position = findings.length;
  if (findings[position] !== from && step > 0) position -= 1; // from sits on a title (or past the end): the next finding is one step
  const target = Math.min(findings.length - 1, Math.max(0, position + step));
  return findings[target] as number;
}

/** The scrollTop that brings row `index` fully into view, or the current one when it already is. */
export function scrollToShow(index: number, rowPx: number, scrollTop: number, viewportPx: number): number {
  const top = index * rowPx;
  if (top < scrollTop) return top;
  if (top + rowPx > scrollTop + viewportPx) return top + rowPx - viewportPx;
  return scrollTop;
}
