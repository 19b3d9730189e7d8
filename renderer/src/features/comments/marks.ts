// Comment marks in the editor: Lexical MarkNodes whose ids are thread ids. A thread's words may be
// split over several MarkNodes (across blocks, around a link, or where comments overlap), so a
// thread's place is the union of all MarkNodes that carry its id.
import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { $getSelection, $isRangeSelection, $nodesOfType, $setSelection, type LexicalNode } from 'lexical';
import { $caretSelection, $flatOffsetOfPoint, $readLiveText, $refreshBlock, $selectionForRange, blockIndexAt, type LiveText } from './editor-text';
import { $rebuildBlocksWithMarks } from './rebuild-marks';

export interface MarkRange {
  start: number;
  end: number;
  /** Keys of the MarkNodes carrying this id, for decorating their DOM elements. */
  keys: string[];
}

/** Every thread id that has a mark, with the flat range its marks cover. */
export function $collectMarks(live: LiveText): Map<string, MarkRange> {
  const ranges = new Map<string, MarkRange>();
  live.blocks.forEach((block, index) => {
    const blockStart = live.flat.starts[index] ?? 0;
    for (const mark of block.marks) {
      const start = blockStart + mark.start;
      const end = blockStart + mark.end;
      for (const id of mark.ids) {
        const known = ranges.get(id);
        if (known) {
          // Blocks come in text order and one thread's marks never nest, so its keys do too.
          known.start = Math.min(known.start, start);
          known.end = Math.max(known.end, end);
          known.keys.push(mark.key);
        } else ranges.set(id, { start, end, keys: [mark.key] });
      }
    }
  });
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

/** Removes one thread's marks; marks shared with other threads only lose this id. */
export function $removeMark(id: string): void {
  // Lexical keeps committed states' nodes by type: no walk over the note.
  for (const mark of $nodesOfType(MarkNode)) {
    if (!mark.hasID(id)) continue;
    if (mark.getIDs().length > 1) mark.deleteID(id);
    else $unwrapMarkNode(mark);
  }
}
