// Where every thread of a note stands in the editor's current text: the text read once, the
// marks it holds (mark nodes and marks kept aside), and the plan for the threads (planAnchors).
// Must run inside an editor read or update.
import type { DeferredMarks } from '../../editor/deferred-marks';
import { $readLiveText, type LiveText } from './editor-text';
import { $collectMarks, type MarkRange } from './marks';
import { planAnchors, type AnchorPlan } from './plan';
import type { ListedThread } from './listed';

export interface PlacedThreads {
  live: LiveText;
  marks: Map<string, MarkRange>;
  plan: AnchorPlan;
}

export function $placeThreads(kept: DeferredMarks, threads: readonly ListedThread[]): PlacedThreads {
  // No segments: placing needs the text and the marks; selections are made from a fresh read.
  const live = $readLiveText({ segments: false });
  const marks = $collectMarks(live, kept);
  return { live, marks, plan: planAnchors(live.flat, marks, threads) };
}
