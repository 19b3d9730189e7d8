// Where an advies goes: the words of a finding, or the sentence around the caret, as a flat range
// of the live text (the same offsets comment anchors use). Must run inside an editor read.
import { $getSelection, $isRangeSelection } from 'lexical';
import { sentenceSpans } from '../../../../shared/report/hardest-sentences';
import { $flatOffsetOfPoint, blockIndexAt, type LiveText } from './editor-text';

export interface FlatRange {
  start: number;
  end: number;
}

/** A finding's words: its block is the Lexical element with key `blockId`, offsets block-local. */
export function findingRange(live: LiveText, finding: { blockId: string; start: number; end: number }): FlatRange | null {
  const index = live.blocks.findIndex((block) => block.key === finding.blockId);
  const block = live.blocks[index];
  if (!block || finding.end <= finding.start || finding.end > block.text.length) return null;
  const start = (live.flat.starts[index] ?? 0) + finding.start;
  return { start, end: start + (finding.end - finding.start) };
}

/** The sentence holding the caret (or, between sentences, the next one in the block). */
export function $sentenceAtCaret(live: LiveText): FlatRange | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const offset = $flatOffsetOfPoint(live, selection.focus);
  if (offset === null) return null;
  const index = blockIndexAt(live, offset);
  const block = live.blocks[index];
  if (!block) return null;
  const blockStart = live.flat.starts[index] ?? 0;
  const local = offset - blockStart;
  const spans = sentenceSpans(block.text);
  const span = spans.find((item) => item.start <= local && local <= item.end) ?? spans.find((item) => item.start >= local) ?? spans[spans.length - 1];
  return span ? { start: blockStart + span.start, end: blockStart + span.end } : null;
}
