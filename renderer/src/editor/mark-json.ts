// Comment marks in a note's stored JSON, read at open and written on save. A note with thousands of
// comments held thousands of mark nodes, and every one of them (with the text it splits) became a
// Lexical node to parse, reconcile and keep at open: ~6,500 nodes against ~700 without marks. The
// editor loads the text without them and keeps each block's marks aside (deferred-marks.ts) until
// the block comes into view. Notes now store the marks as a table beside the tree
// (shared/document/comment-marks.ts); mark nodes of older notes are lifted out here and written
// as the table on the next save. Pure: no Lexical, so both directions are tested on plain JSON.
import { BLOCK_TYPES, COMMENT_MARKS_KEY, forEachBlock, inlineTextOf, leafText, LINK_TYPES, readMarkTable, type MarkRun, type SerializedUnknownNode, type StoredMarkBlock } from '../../../shared/document';

export { BLOCK_TYPES, inlineTextOf, type MarkRun };

/** A block's marks at open; `text` is known when they were lifted from mark nodes. */
export interface LiftedBlock extends StoredMarkBlock {
  text?: string;
}

type Json = SerializedUnknownNode;

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
      const block = liftBlock(node.children);
      const children = block.children.map((child) => (child.type === 'list' ? walk(child) : child));
      if (block.runs.length > 0) blocks.push({ order: own, length: block.text.length, text: block.text, runs: block.runs });
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

/** True when a block's inline children (links read through) hold a mark node. */
export function holdsMarkNodes(children: readonly Json[]): boolean {
  return children.some((child) => child.type === 'mark' || (LINK_TYPES.has(child.type) && holdsMarkNodes(child.children ?? [])));
}

/** A block's inline children without mark nodes (their text stays), its text, and the runs they covered. */
export function liftBlock(children: readonly Json[]): { children: Json[]; text: string; runs: MarkRun[] } {
  const block = { text: '', runs: [] as MarkRun[] };
  return { children: liftInline(children, [], block), ...block };
}

/** Runs that fit a block's text: what the stored table may hold (readMarkTable refuses anything else). */
export const fittingRuns = (runs: readonly MarkRun[], length: number): MarkRun[] => runs.filter((run) => run.start >= 0 && run.start < run.end && run.end <= length && run.ids.length > 0);

/**
 * The marks of a stored document: its tree without mark nodes and the marks per block, from the
 * table beside the tree and from the mark nodes of an older note (`mayHoldNodes`: the JSON text
 * may hold some). Null when the table cannot be read.
 */
export function marksAtOpen(state: { root: Json; [key: string]: unknown }, table: unknown, mayHoldNodes: boolean): { root: Json; blocks: LiftedBlock[] } | null {
  const stored = table === undefined ? [] : readMarkTable(table);
  if (!stored) return null;
  const fromNodes = mayHoldNodes ? liftMarks(state.root) : { root: state.root, blocks: [] };
  if (stored.length === 0) return fromNodes;
  const byOrder = new Map<number, LiftedBlock>(fromNodes.blocks.map((block) => [block.order, block]));
  for (const block of stored) {
    const known = byOrder.get(block.order);
    byOrder.set(block.order, known ? { ...known, runs: [...known.runs, ...block.runs] } : block);
  }
  return { root: fromNodes.root, blocks: [...byOrder.values()].sort((a, b) => a.order - b.order) };
}

/** The tree with `blocks`' runs put back as mark nodes (for when the editor cannot keep them aside). */
export function withMarkNodes(root: Json, blocks: readonly LiftedBlock[]): Json {
  const byOrder = new Map(blocks.map((block) => [block.order, block.runs]));
  const copy = structuredClone(root);
  forEachBlock(copy, (block, order) => {
    const runs = byOrder.get(order);
    if (runs) block.children = wrapRuns(block.children ?? [], runs);
  });
  return copy;
}

/**
 * A stored document parsed once: its tree without mark nodes and its comment marks per block (from
 * the stored table, or lifted out of an older note's mark nodes). Null when the text is not JSON
 * (the editor's parse reports that) or has no root; 'unreadable' when the mark table cannot be
 * read (main refuses such a note before it gets here).
 */
export function documentWithMarks(json: string): { json: { root: Json }; blocks: LiftedBlock[] } | 'unreadable' | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const state = parsed as { root?: Json; [COMMENT_MARKS_KEY]?: unknown };
  const root = state.root;
  if (!root || typeof root !== 'object' || !Array.isArray(root.children)) return null;
  const marks = marksAtOpen({ root }, state[COMMENT_MARKS_KEY], mayHoldMarks(json));
  return marks ? { json: { root: marks.root }, blocks: marks.blocks } : 'unreadable';
}

/** How much of a note its opening screen can show at most: lines of at most so many characters. */
export interface ScreenSize {
  lines: number;
  charactersPerLine: number;
}

/**
 * The marks of the blocks a note shows when it opens (at its top) put back into the tree as mark
 * nodes, the others left to keep aside: `root` gets the nodes (it must be the caller's own copy),
 * `kept` are the blocks still to keep. Blocks are taken from the top while they fit on `screen`,
 * each at least one line; the guess errs on the side of more blocks, and a block it leaves out
 * still gets its marks when it comes into view (kept-in-view.ts), only a frame later.
 * Making these marks with the note saves a second pass over the blocks in view straight after
 * opening (nodes written out, wrapped, read in and drawn again) and a second layout of them.
 */
export function withOpeningMarks(root: Json, blocks: readonly LiftedBlock[], screen: ScreenSize): { root: Json; kept: LiftedBlock[] } {
  const byOrder = new Map(blocks.map((block) => [block.order, block]));
  let lines = 0;
  let shown = -1;
  forEachBlock(root, (block, order) => {
    if (lines >= screen.lines) return;
    lines += Math.max(1, Math.ceil(inlineTextOf(block.children ?? []).length / screen.charactersPerLine));
    shown = order;
    const marked = byOrder.get(order);
    if (marked) block.children = wrapRuns(block.children ?? [], marked.runs);
  });
  return { root, kept: blocks.filter((block) => block.order > shown) };
}

/**
 * A stored note as the editor opens it: documentWithMarks, with the marks of the opening screen
 * made as mark nodes (withOpeningMarks) and only the other blocks' marks left to keep aside.
 */
export function documentForEditor(json: string, screen: ScreenSize): ReturnType<typeof documentWithMarks> {
  const read = documentWithMarks(json);
  if (read === null || read === 'unreadable' || read.blocks.length === 0) return read;
  const opening = withOpeningMarks(read.json.root, read.blocks, screen);
  return { json: { root: opening.root }, blocks: opening.kept };
}
