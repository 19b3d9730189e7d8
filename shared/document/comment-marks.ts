// Comment marks as a note stores them: one table beside the document tree instead of mark nodes
// in it. Each mark node split the text it covered and added an element around it, so a note with
// 2,000 marked threads stored ~980 KB against ~125 KB without, and the editor parsed all of it only
// to lift the marks out again. The table holds, per block that has marks, the length of the
// block's text and its runs: characters [start, end) with the thread ids on them (innermost
// first). Older notes keep their mark nodes until their next save; both forms are read.
import type { SerializedUnknownNode } from './lexical-json';

/** The key of the table in the stored editor state, beside `root`. */
export const COMMENT_MARKS_KEY = 'commentMarks';

/** Characters [start, end) of a block's text carrying these thread ids (innermost first). */
export interface MarkRun {
  ids: string[];
  start: number;
  end: number;
}

/** A block's marks: `order` is its place among all blocks (see BLOCK_TYPES), `length` its text's. */
export interface StoredMarkBlock {
  order: number;
  length: number;
  runs: MarkRun[];
}

/** Nodes whose inline children make one block of text, as the comment anchors count them. */
export const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem']);
export const LINK_TYPES: ReadonlySet<string> = new Set(['link', 'autolink']);

/** A thread id as the table keeps it: any short string (the database holds the real ids). */
const MAX_ID_LENGTH = 200;

/** A leaf's characters in the block text (the editor counts the same way), or null for a container. */
export function leafText(node: SerializedUnknownNode): string | null {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  return null;
}

/** The text of a block's inline children: marks and links are read through, a nested list is not. */
export function inlineTextOf(children: readonly SerializedUnknownNode[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'mark' || LINK_TYPES.has(child.type)) text += inlineTextOf(child.children ?? []);
    else text += leafText(child) ?? '';
  }
  return text;
}

/**
 * Calls `visit` for every block in document order, a list item before its nested items; the
 * index is the block's `order`. The tree must have passed the depth check (readable.ts).
 */
export function forEachBlock(root: SerializedUnknownNode, visit: (block: SerializedUnknownNode, order: number) => void): void {
  let order = 0;
  const walk = (node: SerializedUnknownNode) => {
    if (!Array.isArray(node.children)) return;
    const isBlock = BLOCK_TYPES.has(node.type);
    if (isBlock) visit(node, order++);
    for (const child of node.children) if (!isBlock || child.type === 'list') walk(child);
  };
  walk(root);
}

const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function readRun(value: unknown, length: number): MarkRun | null {
  if (!Array.isArray(value) || value.length < 3) return null;
  const [start, end, ...ids] = value as unknown[];
  if (!isIndex(start) || !isIndex(end) || start >= end || end > length) return null;
  if (!ids.every((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH)) return null;
  return { start, end, ids };
}

/**
 * The table as stored, read and checked: blocks in rising order, every run inside its block's
 * text. Null for anything else (a damaged file, or a form a newer Helder wrote).
 */
export function readMarkTable(value: unknown): StoredMarkBlock[] | null {
  if (!Array.isArray(value)) return null;
  const out: StoredMarkBlock[] = [];
  let previous = -1;
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
    const { block, length, runs } = entry as Record<string, unknown>;
    if (!isIndex(block) || block <= previous || !isIndex(length) || !Array.isArray(runs) || runs.length === 0) return null;
    previous = block;
    const read: MarkRun[] = [];
    for (const run of runs as unknown[]) {
      const checked = readRun(run, length);
      if (!checked) return null;
      read.push(checked);
    }
    out.push({ order: block, length, runs: read });
  }
  return out;
}

/**
 * The same characters per thread in the fewest runs: each thread's stretches merged where they
 * touch or overlap, and threads on exactly the same stretch in one run, in the order of their
 * starts. Mark nodes give one run per stretch between two mark edges, with every id over it: for
 * 2,000 overlapping threads more than twice the bytes. (Reading puts the narrowest first again.)
 */
export function compactRuns(runs: readonly MarkRun[]): MarkRun[] {
  // Runs the comments layer made itself are already one per thread.
  const seen = new Set<string>();
  if (runs.every((run) => run.ids.length === 1 && !seen.has(run.ids[0]!) && seen.add(run.ids[0]!))) return runs.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const perId = new Map<string, Array<[number, number]>>();
  for (const run of runs) for (const id of run.ids) (perId.get(id) ?? perId.set(id, []).get(id)!).push([run.start, run.end]);
  const byStretch = new Map<string, MarkRun>();
  for (const [id, stretches] of perId) {
    stretches.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of stretches) {
      const last = merged.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    for (const [start, end] of merged) {
      const key = `${start}:${end}`;
      const run = byStretch.get(key);
      if (run) run.ids.push(id);
      else byStretch.set(key, { start, end, ids: [id] });
    }
  }
  return [...byStretch.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The stored form of `blocks` (which must be in rising order, each with runs). */
export function writeMarkTable(blocks: readonly StoredMarkBlock[]): unknown[] {
  return blocks.map((block) => ({ block: block.order, length: block.length, runs: compactRuns(block.runs).map((run) => [run.start, run.end, ...run.ids]) }));
}

/**
 * Whether a stored table fits the tree it sits beside: readable, and every block it names exists
 * with text of the length it was written for. A table that does not fit would put marks on other
 * words, so the note is then not loaded as editable.
 */
export function markTableFits(root: SerializedUnknownNode, value: unknown): boolean {
  const table = readMarkTable(value);
  if (!table) return false;
  if (table.length === 0) return true;
  const wanted = new Map(table.map((block) => [block.order, block.length]));
  let fitting = 0;
  forEachBlock(root, (block, order) => {
    const length = wanted.get(order);
    if (length !== undefined && inlineTextOf(block.children ?? []).length === length) fitting += 1;
  });
  return fitting === table.length;
}

/** The table with only the ids in `keep`; runs and blocks left without ids go. */
export function keepMarkTable(value: unknown, keep: ReadonlySet<string>): unknown[] {
  const table = readMarkTable(value) ?? [];
  const kept: StoredMarkBlock[] = [];
  for (const block of table) {
    const runs = block.runs.map((run) => ({ ...run, ids: run.ids.filter((id) => keep.has(id)) })).filter((run) => run.ids.length > 0);
    if (runs.length > 0) kept.push({ ...block, runs });
  }
  return writeMarkTable(kept);
}

/** Every thread id with a mark in a stored document, in either form (mark nodes or the table). */
export function markedThreadIds(json: string): Set<string> {
  const ids = new Set<string>();
  const state = JSON.parse(json) as Record<string, unknown>;
  for (const block of readMarkTable(state[COMMENT_MARKS_KEY] ?? []) ?? []) for (const run of block.runs) for (const id of run.ids) ids.add(id);
  const stack: unknown[] = [state.root];
  while (stack.length > 0) {
    const node = stack.pop() as SerializedUnknownNode | undefined;
    if (typeof node !== 'object' || node === null) continue;
    if (node.type === 'mark' && Array.isArray(node.ids)) for (const id of node.ids) if (typeof id === 'string') ids.add(id);
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return ids;
}
