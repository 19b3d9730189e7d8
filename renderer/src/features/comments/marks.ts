// Comment marks in the editor: Lexical MarkNodes whose ids are thread ids. A thread's words may be
// split over several MarkNodes (across blocks, around a link, or where comments overlap), so a
// thread's place is the union of all MarkNodes that carry its id.
import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { $getSelection, $isRangeSelection, $nodesOfType, $setSelection, type LexicalNode, type PointType } from 'lexical';
import { $caretSelection, $flatOffsetOfPoint, $readBlockAlone, $readLiveText, $refreshBlock, $selectionForRange, blockIndexAt, type LiveBlock, type LiveText } from './editor-text';
import { $rebuildBlocksWithMarks, type NewMark } from './rebuild-marks';
import { $keptRuns, $showKeptBlock, type DeferredMarks } from '../../editor/deferred-marks';
import type { MarkRun } from '../../../../shared/document';

/** Updates that only place marks: they must not start another round of re-anchoring. */
export const MARK_TAG = 'helder-comment-marks';

export interface MarkRange {
  start: number;
  end: number;
  /** Keys of the MarkNodes carrying this id, for decorating their DOM elements. */
  keys: string[];
}

const NO_RUNS: readonly MarkRun[] = [];

/** A block's kept runs (deferred-marks.ts), as they stand: none when it has mark nodes or its text changed. */
function keptRunsOf(block: LiveBlock | undefined, kept: DeferredMarks | undefined): readonly MarkRun[] {
  if (!kept || !block || block.marks.length > 0 || !kept.has(block.key)) return NO_RUNS;
  return kept.runsFor(block.key, block.text) ?? NO_RUNS;
}

/** A block's kept marks as flat marks, one per thread and run. */
function keptMarks(live: LiveText, index: number, kept: DeferredMarks | undefined): NewMark[] {
  const blockStart = live.flat.starts[index] ?? 0;
  return keptRunsOf(live.blocks[index], kept).flatMap((run) => run.ids.map((id) => ({ id, start: blockStart + run.start, end: blockStart + run.end })));
}

/**
 * Every thread id that has a mark, with the flat range its marks cover. Marks still kept aside
 * for a block out of view count too (they have no element yet: no keys).
 */
export function $collectMarks(live: LiveText, kept?: DeferredMarks): Map<string, MarkRange> {
  const ranges = new Map<string, MarkRange>();
  const add = (id: string, start: number, end: number, key: string | null) => {
    const known = ranges.get(id);
    if (known) {
      // Blocks come in text order and one thread's marks never nest, so its keys do too.
      known.start = Math.min(known.start, start);
      known.end = Math.max(known.end, end);
      if (key !== null) known.keys.push(key);
    } else ranges.set(id, { start, end, keys: key === null ? [] : [key] });
  };
  live.blocks.forEach((block, index) => {
    const blockStart = live.flat.starts[index] ?? 0;
    for (const mark of block.marks) for (const id of mark.ids) add(id, blockStart + mark.start, blockStart + mark.end, mark.key);
    // Kept runs read in place (what keptMarks gives, without a list per block): at open every mark of the note is kept.
    for (const run of keptRunsOf(block, kept)) for (const id of run.ids) add(id, blockStart + run.start, blockStart + run.end, null);
  });
  return ranges;
}

/** Keys of the blocks (from `keys`) whose kept marks are not nodes yet; must run inside a read or update. */
export function $blocksWithKeptMarks(kept: DeferredMarks, keys: Iterable<string>): string[] {
  const out: string[] = [];
  for (const key of keys) if (($keptRuns(kept, key)?.length ?? 0) > 0) out.push(key);
  return out;
}

/** The thread ids of the marks around a node, innermost first. */
export function $markIdsAround(node: LexicalNode | null): string[] {
  const ids: string[] = [];
  for (let current = node; current !== null; current = current.getParent()) {
    if ($isMarkNode(current)) for (const id of current.getIDs()) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Wraps flat ranges in marks. Wrapping moves Lexical's selection, so the user's caret is put back
 * by its flat offsets afterwards (the text itself does not change).
 */
export function $applyMarks(newMarks: ReadonlyArray<{ id: string; start: number; end: number }>, kept?: DeferredMarks, showKeys: Iterable<string> = []): void {
  const before = $getSelection();
  // Wrapping splits leaves but never changes the text, so the flat offsets stay valid and only
  // the blocks a mark touched need reading again (the whole note per mark was seconds for 2,000).
  const live = $readLiveText();
  // A block whose marks are kept aside gets them as nodes together with the new ones: once a block
  // has mark nodes its kept marks no longer count. `showKeys` asks for that without new marks.
  const touched = new Set<number>();
  for (const mark of newMarks) {
    for (let index = Math.max(0, blockIndexAt(live, mark.start)); index <= blockIndexAt(live, Math.max(mark.start, mark.end - 1)); index += 1) touched.add(index);
  }
  const wanted = new Set(showKeys);
  live.blocks.forEach((block, index) => {
    if (wanted.has(block.key)) touched.add(index);
  });
  let caret: { anchor: number; focus: number } | null = null;
  if ($isRangeSelection(before)) {
    const anchor = $flatOffsetOfPoint(live, before.anchor);
    const focus = $flatOffsetOfPoint(live, before.focus);
    if (anchor !== null && focus !== null) caret = { anchor, focus };
  }
  const marks = [...newMarks];
  if (kept && kept.size > 0) {
    for (const index of touched) {
      const own = keptMarks(live, index, kept);
      if (own.length === 0) continue;
      // Kept marks become the very mark nodes the note stores; a block with a nested list gets them wrapped.
      if ($showKeptBlock(kept, live.blocks[index]!.key)) $refreshBlock(live, index);
      else marks.push(...own);
    }
  }
  // Blocks of plain text are rebuilt in one pass; a block with a link keeps Lexical's own wrapping.
  const { rest, rebuilt } = $rebuildBlocksWithMarks(live, marks);
  for (const index of rebuilt) $refreshBlock(live, index);
  for (const mark of rest) {
    const selection = $selectionForRange(live, mark.start, mark.end);
    if (!selection) continue;
    $wrapSelectionInMarkNode(selection, false, mark.id);
    const first = Math.max(0, blockIndexAt(live, mark.start));
    const last = Math.max(first, blockIndexAt(live, Math.max(mark.start, mark.end - 1)));
    for (let index = first; index <= last; index += 1) $refreshBlock(live, index);
  }
  if (caret) {
    $setSelection($caretSelection(live, caret.anchor, caret.focus));
  } else if (before === null || ($isRangeSelection(before) && !(before.anchor.getNode().isAttached() && before.focus.getNode().isAttached()))) {
    // Rebuilt blocks get new leaves: a selection left on an old one would point at nothing.
    $setSelection(null);
  }
}

/** The block (from `keys`) that holds a selection point, or null. */
function $blockHolding(point: PointType, keys: ReadonlySet<string>): string | null {
  for (let node: LexicalNode | null = point.getNode(); node !== null; node = node.getParent()) if (keys.has(node.getKey())) return node.getKey();
  return null;
}

/**
 * Turns the kept marks of these blocks into mark nodes, reading only those blocks: a block's kept
 * marks are put back as the note stores them ($showKeptBlock). Reading the whole note for that
 * (as $applyMarks does) cost more than the marks themselves for the few blocks a screen shows.
 * A caret in a rebuilt block is put back at the same place in its text; blocks this cannot
 * rebuild (a nested list) and a selection over several blocks go the long way, through $applyMarks.
 */
export function $showKeptMarks(kept: DeferredMarks, keys: readonly string[]): void {
  const wanted = new Set(keys);
  const selection = $getSelection();
  let caret: { key: string; anchor: number; focus: number } | null = null;
  if ($isRangeSelection(selection)) {
    const anchorBlock = $blockHolding(selection.anchor, wanted);
    const focusBlock = $blockHolding(selection.focus, wanted);
    if (anchorBlock !== focusBlock) {
      $applyMarks([], kept, keys);
      return;
    }
    if (anchorBlock !== null) {
      const live = $readBlockAlone(anchorBlock);
      const anchor = live ? $flatOffsetOfPoint(live, selection.anchor) : null;
      const focus = live ? $flatOffsetOfPoint(live, selection.focus) : null;
      if (anchor === null || focus === null) {
        $applyMarks([], kept, keys);
        return;
      }
      caret = { key: anchorBlock, anchor, focus };
    }
  }
  const rest = keys.filter((key) => !$showKeptBlock(kept, key) && ($keptRuns(kept, key)?.length ?? 0) > 0);
  if (caret) {
    const live = $readBlockAlone(caret.key);
    if (live) $setSelection($caretSelection(live, caret.anchor, caret.focus));
  }
  if (rest.length > 0) $applyMarks([], kept, rest);
}

/** Removes one thread's marks; marks shared with other threads only lose this id. */
export function $removeMark(id: string): void {
  // Lexical keeps committed states' nodes by type: no walk over the note.
  for (const mark of $nodesOfType(MarkNode)) {
    if (!mark.hasID(id)) continue;
    if (mark.getIDs().length > 1) mark.deleteID(id);
    else $unwrapMarkNode(mark);
  }
}
