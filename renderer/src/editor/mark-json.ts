// Comment marks in a note's stored JSON, lifted out and put back. A note with thousands of
// comments holds thousands of mark nodes, and every one of them (with the text it splits) became a
// Lexical node to parse, reconcile and keep at open: ~6,500 nodes against ~700 without marks. The
// editor now loads the text without them and keeps each block's marks aside (deferred-marks.ts)
// until the block comes into view; on save they are written back as the same mark nodes.
// Pure: no Lexical, so both directions are tested on plain JSON.
import type { SerializedUnknownNode } from '../../../shared/document';

/** Characters [start, end) of a block's text carrying these thread ids (innermost first). */
export interface MarkRun {
  ids: string[];
  start: number;
  end: number;
}

export interface LiftedBlock {
  /** Place of the block among all blocks, in document order (see BLOCK_TYPES). */
  order: number;
  text: string;
  runs: MarkRun[];
}

type Json = SerializedUnknownNode;

/** Nodes whose inline children make one block of text, as the comment anchors count them. */
export const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem']);
const LINK_TYPES = new Set(['link', 'autolink']);

/** A leaf's characters in the block text (editor-text.ts counts the same way), or null for a container. */
function leafText(node: Json): string | null {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  return null;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

/** Text nodes Lexical itself would merge: same format, style, mode and detail. */
function mergeTexts(nodes: Json[]): Json[] {
  const out: Json[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (last && last.type === 'text' && node.type === 'text' && last.format === node.format && last.style === node.style && last.mode === node.mode && last.detail === node.detail) {
      out[out.length - 1] = { ...last, text: `${String(last.text)}${String(node.text)}` };
    } else out.push(node);
  }
  return out;
}

function liftInline(children: readonly Json[], ids: readonly string[], block: { text: string; runs: MarkRun[] }): Json[] {
  const out: Json[] = [];
  for (const child of children) {
    if (child.type === 'mark') {
      const own = (Array.isArray(child.ids) ? child.ids : []).filter((id): id is string => typeof id === 'string');
      out.push(...liftInline(child.children ?? [], [...own, ...ids.filter((id) => !own.includes(id))], block));
      continue;
    }
    if (LINK_TYPES.has(child.type)) {
      out.push({ ...child, children: liftInline(child.children ?? [], ids, block) });
      continue;
    }
    const piece = leafText(child);
    if (piece !== null && piece.length > 0 && ids.length > 0) {
      const start = block.text.length;
      const last = block.runs.at(-1);
      if (last && last.end === start && sameIds(last.ids, ids)) last.end = start + piece.length;
      else block.runs.push({ ids: [...ids], start, end: start + piece.length });
    }
    if (piece !== null) block.text += piece;
    out.push(child);
  }
  return mergeTexts(out);
}

/**
 * The document without mark nodes (their text stays, in place) and, per block that had marks, the
 * runs they covered. Blocks are numbered in document order, a list item before its nested items.
 */
export function liftMarks(root: Json): { root: Json; blocks: LiftedBlock[] } {
  const blocks: LiftedBlock[] = [];
  let order = 0;
  const walk = (node: Json): Json => {
    if (!Array.isArray(node.children)) return node;
    if (BLOCK_TYPES.has(node.type)) {
      const own = order++;
      const block = { text: '', runs: [] as MarkRun[] };
      const children = liftInline(node.children, [], block).map((child) => (child.type === 'list' ? walk(child) : child));
      if (block.runs.length > 0) blocks.push({ order: own, text: block.text, runs: block.runs });
      return { ...node, children };
    }
    return { ...node, children: node.children.map(walk) };
  };
  return { root: walk(root), blocks };
}

/** True when the JSON text may hold a mark node (a cheap test before parsing for them). */
export const mayHoldMarks = (json: string): boolean => json.includes('"mark"');

const markNode = (ids: string[]): Json => ({ children: [], ids, direction: null, format: '', indent: 0, type: 'mark', version: 1 });

/** The ids on characters [start, end): every run over them, the narrowest first (as nested marks list them). */
function idsOver(runs: readonly MarkRun[], start: number, end: number): string[] {
  const over = runs.filter((run) => run.start < end && run.end > start).sort((a, b) => a.end - a.start - (b.end - b.start));
  const ids: string[] = [];
  for (const run of over) for (const id of run.ids) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/**
 * A block's inline children with `runs` put back as mark nodes: text is cut where a run starts or
 * ends, and each stretch of characters with the same ids is one mark. A mark never holds a link:
 * inside a link the marks go around the link's own text, as Lexical's wrapping does.
 */
export function wrapRuns(children: readonly Json[], runs: readonly MarkRun[]): Json[] {
  if (runs.length === 0) return [...children];
  const cuts = [...new Set(runs.flatMap((run) => [run.start, run.end]))].sort((a, b) => a - b);
  let at = 0;
  const wrap = (nodes: readonly Json[]): Json[] => {
    const out: Json[] = [];
    let open: { key: string; mark: Json } | null = null;
    const place = (node: Json, start: number, end: number) => {
      const ids = end > start ? idsOver(runs, start, end) : [];
      if (ids.length === 0) {
        open = null;
        out.push(node);
        return;
      }
      const key = ids.join(' ');
      if (open?.key !== key) {
        open = { key, mark: markNode(ids) };
        out.push(open.mark);
      }
      open.mark.children!.push(node);
    };
    for (const node of nodes) {
      if (LINK_TYPES.has(node.type)) {
        open = null;
        out.push({ ...node, children: wrap(node.children ?? []) });
        continue;
      }
      const piece = leafText(node);
      if (piece === null) {
        open = null;
        out.push(node);
        continue;
      }
      const start = at;
      at += piece.length;
      if (node.type !== 'text') {
        place(node, start, at);
        continue;
      }
      const bounds = [start, ...cuts.filter((cut) => cut > start && cut < at), at];
      for (let index = 1; index < bounds.length; index += 1) {
        const from = bounds[index - 1]!;
        const to = bounds[index]!;
        place(bounds.length === 2 ? node : { ...node, text: piece.slice(from - start, to - start) }, from, to);
      }
    }
    return out;
  };
  return wrap(children);
}

/** The text of a block's inline children, as liftMarks counts it. */
export function inlineTextOf(children: readonly Json[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'mark' || LINK_TYPES.has(child.type)) text += inlineTextOf(child.children ?? []);
    else text += leafText(child) ?? '';
  }
  return text;
}

/**
 * Moves runs from a block's old text to its new text, for an edit Lexical made without the marks
 * being nodes (a block out of view changed by a command). The edit is taken as one change between
 * the common start and the common end of both texts: runs before it stay, runs after it shift, a
 * run around it stretches or shrinks with it, and a run whose characters all went is dropped.
 */
export function mapRuns(runs: readonly MarkRun[], before: string, after: string): MarkRun[] {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  const map = (offset: number, side: 'start' | 'end') => {
    if (offset <= prefix) return offset;
    if (offset >= oldEnd) return offset + (newEnd - oldEnd);
    // Inside the changed stretch: the run takes in the stretch's new characters (a start goes to
    // the stretch's start, an end to its new end); a run wholly inside a deletion comes out empty.
    return side === 'start' ? prefix : newEnd;
  };
  const out: MarkRun[] = [];
  for (const run of runs) {
    const start = map(run.start, 'start');
    const end = map(run.end, 'end');
    if (end > start) out.push({ ids: [...run.ids], start, end });
  }
  return out;
}
