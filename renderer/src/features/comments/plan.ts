// Decides, for every thread of a note, where it stands in the current text: on its mark, on the
// words its quote selector finds again (a mark must then be made), or "tekst gewijzigd". Pure, so
// the rule "never on other words" is tested without an editor.
import { intactAt, reanchorFlat, withPlacement, type FlatText, type QuoteSelector } from '../../../../shared/comments';
import type { Anchor, AnchorStatus, ThreadSummary } from '../../../../shared/contract';

export interface ThreadPlace {
  /** Flat offset used for document order; orphaned threads sort at the start of their old block. */
  order: number;
  /** Index of the block holding the words (or the nearest block for an orphaned thread); -1 when the note is empty. */
  blockIndex: number;
  status: AnchorStatus;
}

export interface AnchorPlan {
  /** Threads without a mark whose words were found: marks to make. */
  marks: { id: string; start: number; end: number }[];
  /** Anchors that differ from what is stored. */
  updates: { threadId: string; anchor: Anchor }[];
  places: Map<string, ThreadPlace>;
}

/** The last block starting at or before `offset` (binary search: starts ascend), or -1. */
function blockIndexAt(flat: FlatText, offset: number): number {
  let low = 0;
  let high = flat.starts.length - 1;
  let index = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((flat.starts[middle] ?? 0) <= offset) {
      index = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return index;
}

const sameSelector = (a: QuoteSelector, b: QuoteSelector) =>
  a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.blockIndex === b.blockIndex && a.blockId === b.blockId && a.start === b.start && a.end === b.end;

export function planAnchors(flat: FlatText, marks: ReadonlyMap<string, { start: number; end: number }>, threads: ReadonlyArray<Pick<ThreadSummary, 'id' | 'anchor'>>): AnchorPlan {
  const plan: AnchorPlan = { marks: [], updates: [], places: new Map() };
  for (const thread of threads) {
    const stored = thread.anchor.selector as QuoteSelector;
    let selector = stored;
    let status: AnchorStatus;
    let order: number;
    const mark = marks.get(thread.id);
    const at = stored.start;
    if (at !== undefined && (!mark || (mark.start === at && mark.end === at + stored.exact.length)) && intactAt(flat.text, stored, at)) {
      // The common case at open: the words stand where they were last placed (and marked), their
      // context intact. The branches below would find them there too; this says so without
      // building the placement, the new selector and their comparison for each of 2,000 threads.
      const end = at + stored.exact.length;
      const blockIndex = blockIndexAt(flat, at);
      const blockId = flat.blocks[blockIndex]?.id;
      if (!mark) plan.marks.push({ id: thread.id, start: at, end });
      plan.places.set(thread.id, { order: at, blockIndex, status: 'exact' });
      if (thread.anchor.status !== 'exact' || stored.blockIndex !== blockIndex || stored.blockId !== blockId || stored.end !== end) {
        plan.updates.push({ threadId: thread.id, anchor: { selector: stripUndefined({ ...stored, blockIndex, blockId, start: at, end }), status: 'exact' } });
      }
      continue;
    }
    if (mark) {
      // The mark is the truth while it exists: the writer may have edited inside the words.
      const found = reanchorFlat(flat, stored);
      status = found.status !== 'orphaned' && found.start === mark.start && found.end === mark.end ? found.status : 'moved';
      const blockIndex = blockIndexAt(flat, mark.start);
      selector = { ...stored, start: mark.start, end: mark.end, blockIndex, blockId: flat.blocks[blockIndex]?.id };
      order = mark.start;
    } else {
      const found = reanchorFlat(flat, stored);
      status = found.status;
      if (found.status === 'orphaned') {
        const blockIndex = Math.min(Math.max(0, stored.blockIndex), flat.blocks.length - 1);
        order = blockIndex >= 0 ? (flat.starts[blockIndex] ?? 0) : 0;
      } else {
        plan.marks.push({ id: thread.id, start: found.start, end: found.end });
        selector = withPlacement(stored, found, flat);
        order = found.start;
      }
    }
    const blockIndex = status === 'orphaned' ? Math.min(Math.max(0, stored.blockIndex), flat.blocks.length - 1) : blockIndexAt(flat, order);
    plan.places.set(thread.id, { order, blockIndex, status });
    if (status !== thread.anchor.status || !sameSelector(selector, stored)) {
      plan.updates.push({ threadId: thread.id, anchor: { selector: stripUndefined(selector), status } });
    }
  }
  return plan;
}

/** zod's optional fields refuse an explicit undefined only in some versions; send absent keys instead. */
function stripUndefined(selector: QuoteSelector): Anchor['selector'] {
  const out: Anchor['selector'] = { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix, blockIndex: selector.blockIndex };
  if (selector.blockId !== undefined) out.blockId = selector.blockId;
  if (selector.start !== undefined) out.start = selector.start;
  if (selector.end !== undefined) out.end = selector.end;
  return out;
}

/**
 * The heading each block falls under (the nearest heading at or before it), '' before the first:
 * one pass, so placing thousands of threads does not walk back through the note for each.
 */
export function sectionsOfBlocks(blocks: ReadonlyArray<{ kind: string; text: string }>): string[] {
  let current = '';
  return blocks.map((block) => {
    if (block.kind === 'heading') current = block.text;
    return current;
  });
}
