// Writes an alternative into the document as exactly one undo step, after checking that the
// finding still describes the text (the writer may have typed since the card opened).
import { $createRangeSelection, $setSelection, HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import type { Finding } from '../../../../shared/checker/types';
import { $blockSegments } from './dom-ranges';
import { locate, type TextSegment } from './offsets';
import { matchCapital, replaceInText } from './replacement';

export function applyAlternative(editor: LexicalEditor, finding: Finding, blockText: string | undefined, alternative: string): boolean {
  if (!editor.isEditable() || blockText === undefined) return false;
  if (blockText.slice(finding.start, finding.end) !== finding.actual) return false;
  const written = matchCapital(finding.actual, alternative);
  const span = replaceInText(blockText, finding.start, finding.end, written);
  let applied = false;
  editor.update(
    () => {
      const segments = $blockSegments(finding.blockId);
      if (!segments) return;
      const start = locate(segments, span.start, 'start');
      const end = locate(segments, span.end, 'end');
      if (!start || !end) return;
      const selection = $createRangeSelection();
      selection.anchor.set((segments[start.index] as TextSegment).key as string, start.offset, 'text');
      selection.focus.set((segments[end.index] as TextSegment).key as string, end.offset, 'text');
      $setSelection(selection);
      selection.insertText(written);
      applied = true;
    },
    { tag: HISTORY_PUSH_TAG, discrete: true },
  );
  if (applied) editor.focus();
  return applied;
}
