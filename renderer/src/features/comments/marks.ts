// Comment marks in the editor: Lexical MarkNodes whose ids are thread ids. A thread's words may be
// split over several MarkNodes (across blocks, around a link, or where comments overlap), so a
// thread's place is the union of all MarkNodes that carry its id.
import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { $getSelection, $isElementNode, $isRangeSelection, $nodesOfType, $setSelection, type LexicalNode } from 'lexical';
import { $caretSelection, $flatOffsetOfPoint, $readLiveText, $refreshBlock, $selectionForRange, blockIndexAt, type LiveText } from './editor-text';

export interface MarkRange {
  start: number;
  end: number;
  /** Keys of the MarkNodes carrying this id, for decorating their DOM elements. */
  keys: string[];
}

/**
 * Every attached MarkNode, in no particular order. Lexical keeps committed states' nodes by type,
 * so this costs no walk over the note (a depth-first walk took ~150 ms with 2,000 marks).
 */
function $allMarkNodes(): MarkNode[] {
  return $nodesOfType(MarkNode);
}

/** Flat offset of every leaf key, so a mark's range can be found from its first and last leaf. */
function leafOffsets(live: LiveText): Map<string, { start: number; end: number }> {
  const offsets = new Map<string, { start: number; end: number }>();
  live.blocks.forEach((block, index) => {
    const blockStart = live.flat.starts[index] ?? 0;
    for (const segment of block.segments) {
      offsets.set(segment.key, { start: blockStart + segment.start, end: blockStart + segment.start + segment.length });
    }
  });
  return offsets;
}

function $leafRange(node: LexicalNode, offsets: Map<string, { start: number; end: number }>): { start: number; end: number } | null {
  if (!$isElementNode(node)) return offsets.get(node.getKey()) ?? null;
  const first = node.getFirstDescendant();
  const last = node.getLastDescendant();
  const a = first ? offsets.get(first.getKey()) : undefined;
  const b = last ? offsets.get(last.getKey()) : undefined;
  return a && b ? { start: a.start, end: b.end } : null;
}

/** Every thread id that has a mark, with the flat range its marks cover. */
export function $collectMarks(live: LiveText): Map<string, MarkRange> {
  const offsets = leafOffsets(live);
  const ranges = new Map<string, MarkRange>();
  const startOf = new Map<string, number>();
  const split: MarkRange[] = [];
  for (const mark of $allMarkNodes()) {
    const range = $leafRange(mark, offsets);
    if (!range) continue;
    startOf.set(mark.getKey(), range.start);
    for (const id of mark.getIDs()) {
      const known = ranges.get(id);
      if (known) {
        known.start = Math.min(known.start, range.start);
        known.end = Math.max(known.end, range.end);
        if (known.keys.length === 1) split.push(known);
        known.keys.push(mark.getKey());
      } else ranges.set(id, { start: range.start, end: range.end, keys: [mark.getKey()] });
    }
  }
  // The marks come in no particular order; a thread's keys go in text order (first = where its words start).
  for (const range of split) range.keys.sort((a, b) => (startOf.get(a) ?? 0) - (startOf.get(b) ?? 0));
  return ranges;
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
export function $applyMarks(marks: ReadonlyArray<{ id: string; start: number; end: number }>): void {
  const before = $getSelection();
  // Wrapping splits leaves but never changes the text, so the flat offsets stay valid and only
  // the blocks a mark touched need reading again (the whole note per mark was seconds for 2,000).
  const live = $readLiveText();
  let caret: { anchor: number; focus: number } | null = null;
  if ($isRangeSelection(before)) {
    const anchor = $flatOffsetOfPoint(live, before.anchor);
    const focus = $flatOffsetOfPoint(live, before.focus);
    if (anchor !== null && focus !== null) caret = { anchor, focus };
  }
  for (const mark of marks) {
    const selection = $selectionForRange(live, mark.start, mark.end);
    if (!selection) continue;
    $wrapSelectionInMarkNode(selection, false, mark.id);
    const first = Math.max(0, blockIndexAt(live, mark.start));
    const last = Math.max(first, blockIndexAt(live, Math.max(mark.start, mark.end - 1)));
    for (let index = first; index <= last; index += 1) $refreshBlock(live, index);
  }
  if (caret) {
    $setSelection($caretSelection(live, caret.anchor, caret.focus));
  } else if (before === null) $setSelection(null);
}

/** Removes one thread's marks; marks shared with other threads only lose this id. */
export function $removeMark(id: string): void {
  for (const mark of $allMarkNodes()) {
    if (!mark.hasID(id)) continue;
    if (mark.getIDs().length > 1) mark.deleteID(id);
    else $unwrapMarkNode(mark);
  }
}
