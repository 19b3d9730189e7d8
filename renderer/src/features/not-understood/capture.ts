// Which words the resident means: the selection, or with only a caret the word it stands in (so
// one click in a word and one key or click is enough). Read from the page's selection when a
// read-only editor has not copied it into Lexical.
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { selectorAt } from '../../../../shared/comments';
import type { QuoteSelectorPayload } from '../../../../shared/contract';
import { $flatOffsetOfPoint, $readLiveText } from '../comments/editor-text';

/** Longer than this is a sentence, not a word or phrase someone did not understand. */
export const MAX_MARK_CHARS = 100;

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Grows an empty range to the word around it and trims spaces and punctuation at the edges. */
export function wordRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  if (from === to) {
    while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from -= 1;
    while (to < text.length && WORD_CHAR.test(text[to]!)) to += 1;
  }
  while (from < to && !/[\p{L}\p{N}]/u.test(text[from]!)) from += 1;
  while (to > from && !/[\p{L}\p{N}]/u.test(text[to - 1]!)) to -= 1;
  return to > from ? { start: from, end: to } : null;
}

export type Captured = { selector: QuoteSelectorPayload } | { problem: 'none' | 'tooLong' };

export function captureWords(editor: LexicalEditor): Captured {
  // editor.read, not the state's read: turning the page selection into Lexical's needs the active editor.
  return editor.read((): Captured => {
    const live = $readLiveText();
    // The page's selection first: a read-only editor's own selection can lag behind the click.
    const dom = window.getSelection();
    const root = editor.getRootElement();
    const fromPage = dom && root && dom.rangeCount > 0 && root.contains(dom.anchorNode) ? $createRangeSelectionFromDom(dom, editor) : null;
    const selection = $isRangeSelection(fromPage) ? fromPage : $getSelection();
    if (!$isRangeSelection(selection)) return { problem: 'none' };
    const a = $flatOffsetOfPoint(live, selection.anchor);
    const b = $flatOffsetOfPoint(live, selection.focus);
    if (a === null || b === null) return { problem: 'none' };
    const range = wordRange(live.flat.text, Math.min(a, b), Math.max(a, b));
    if (!range) return { problem: 'none' };
    if (range.end - range.start > MAX_MARK_CHARS || live.flat.text.slice(range.start, range.end).includes('\n')) return { problem: 'tooLong' };
    const selector = selectorAt(live.flat, range.start, range.end);
    return { selector: { ...selector, blockId: selector.blockId ?? '' } };
  });
}
