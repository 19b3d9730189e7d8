// Between block offsets (how the checker names places) and the page (where the mouse and the
// selection are). Read-only helpers on top of the checks' dom-ranges and offsets modules.
import type { LexicalEditor } from 'lexical';
import type { TermPlace } from '../../../../shared/explain/term-explanation';
import { $blockSegments, rangeInBlock } from '../checks/dom-ranges';
import { blockPointOfDom, type BlockPoint } from '../checks/session';

export type { BlockPoint };

/** The words at a place as a range over the rendered text, or null when they are not rendered. */
export function termRange(editor: LexicalEditor, place: TermPlace): StaticRange | null {
  const segments = editor.read(() => $blockSegments(place.blockId));
  return segments ? rangeInBlock(editor, segments, place) : null;
}

/** A live Range for measuring or selecting (StaticRange has no rects). */
export function liveRange(range: StaticRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** The character under the mouse, or null when the pointer is beside the text (margins, line ends). */
export function blockPointAtMouse(editor: LexicalEditor, root: HTMLElement, x: number, y: number): BlockPoint | null {
  const caret = document.caretPositionFromPoint?.(x, y);
  const fallback = caret ? null : document.caretRangeFromPoint?.(x, y);
  const node = caret?.offsetNode ?? fallback?.startContainer ?? null;
  const offset = caret?.offset ?? fallback?.startOffset ?? 0;
  if (!node || node.nodeType !== Node.TEXT_NODE || !root.contains(node)) return null;
  const length = (node as Text).length;
  if (length === 0) return null;
  // The caret position is the nearest gap between characters; check the pointer is on one.
  // The character is the one after the gap, or before it when the pointer is on its right half.
  for (const at of [Math.min(offset, length - 1), Math.max(0, offset - 1)]) {
    const probe = document.createRange();
    probe.setStart(node, at);
    probe.setEnd(node, at + 1);
    for (const rect of probe.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return blockPointOfDom(editor, node, at);
    }
  }
  return null;
}

/** Where the page's selection ends, when it is inside this editor. */
export function blockPointOfSelection(editor: LexicalEditor, root: HTMLElement): BlockPoint | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.focusNode || !root.contains(selection.focusNode)) return null;
  return blockPointOfDom(editor, selection.focusNode, selection.focusOffset);
}
