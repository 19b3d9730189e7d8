// Selects a finding's text in the editor and scrolls it into view (Problems panel, F8).
import { $createRangeSelection, $setSelection } from 'lexical';
import type { Finding } from '../../../../shared/checker/types';
import { $blockSegments } from './dom-ranges';
import { nextFinding } from './navigate';
import { locate, type TextSegment } from './offsets';
import { $caretPosition, type CheckSession } from './session';

export function revealFinding(session: CheckSession, finding: Pick<Finding, 'blockId' | 'start' | 'end'>): boolean {
  const { editor } = session;
  let done = false;
  editor.focus();
  editor.update(
    () => {
      const segments = $blockSegments(finding.blockId);
      if (!segments) return;
      const start = locate(segments, finding.start, 'start');
      const end = locate(segments, finding.end, 'end');
      if (!start || !end) return;
      const selection = $createRangeSelection();
      selection.anchor.set((segments[start.index] as TextSegment).key as string, start.offset, 'text');
      selection.focus.set((segments[end.index] as TextSegment).key as string, end.offset, 'text');
      $setSelection(selection);
      done = true;
    },
    { onUpdate: () => editor.getElementByKey(finding.blockId)?.scrollIntoView({ block: 'center' }) },
  );
  return done;
}

/** F8 (1) / Shift+F8 (-1): moves the selection to the next or previous finding. */
export function revealNextFinding(session: CheckSession, direction: 1 | -1): Finding | null {
  const { findings } = session.client.getSnapshot();
  const order = new Map(session.client.state.getBlocks().map((block, index) => [block.id, index]));
  const position = session.editor.read(() => $caretPosition());
  const target = nextFinding(findings, order, position, direction);
  if (target) revealFinding(session, target);
  return target;
}
