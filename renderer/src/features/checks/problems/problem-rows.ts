// The Problems panel as one flat list of fixed-height rows (section or rule titles and findings),
// so only the rows in view are drawn while the counts and the keyboard cover every finding.
import type { Finding } from '../../../../../shared/checker/types';
import { findingKey } from '../session';
import type { FindingGroup } from './group-findings';

export type ProblemRow =
  | { kind: 'group'; key: string; title: string | null; count: number }
  /** repeat: a later use listed under the first; repeats: how many such rows follow a first use. */
  | { kind: 'finding'; key: string; finding: Finding; repeat: boolean; repeats: number };

/** The rows of the groups; a group's count is its findings without the repeats. */
export function flattenGroups(groups: readonly FindingGroup[], repeats: ReadonlySet<Finding> = new Set()): ProblemRow[] {
  const rows: ProblemRow[] = [];
  for (const group of groups) {
    const count = group.findings.filter((finding) => !repeats.has(finding)).length;
    rows.push({ kind: 'group', key: group.key, title: group.title, count });
    let head: { repeats: number } | null = null;
    for (const finding of group.findings) {
      const repeat = repeats.has(finding);
      const row: ProblemRow = { kind: 'finding', key: findingKey(finding), finding, repeat, repeats: 0 };
      if (repeat && head && finding.group !== undefined) head.repeats += 1;
      else if (!repeat) head = row;
      rows.push(row);
    }
  }
  return rows;
}

/** Indexes [first, end) of the rows to draw for a scroll position, with `overscan` rows either side. */
export function rowWindow(rowCount: number, rowPx: number, scrollTop: number, viewportPx: number, overscan: number): [number, number] {
  if (rowCount === 0) return [0, 0];
  const first = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  const end = Math.min(rowCount, Math.ceil((scrollTop + Math.max(viewportPx, rowPx)) / rowPx) + overscan);
  return [Math.min(first, end), end];
}

/**
 * The finding row a key moves to from `from`: `step` findings further (negative: back), stopping
 * at the first or last finding; title rows are skipped. -1 when there is no finding at all.
 */
export function moveAmongFindings(rows: readonly ProblemRow[], from: number, step: number): number {
  const findings: number[] = [];
  rows.forEach((row, index) => row.kind === 'finding' && findings.push(index));
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
