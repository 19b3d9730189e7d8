// Shows comment marks kept aside (editor/deferred-marks.ts) as mark nodes when their block comes
// near the visible part of the note. Making all 2,000 marks of a long note into nodes at open was
// most of the cost of opening it; the writer sees the marks on screen, so only those need nodes.
import type { LexicalEditor } from 'lexical';
import { scrollContainerOf } from '../../base/scroll-container';
import { whenIdle } from '../../base/idle';
import { MARKS_SHOWN_TAG, type DeferredMarks } from '../../editor/deferred-marks';
import { $blocksWithKeptMarks, $showKeptMarks, MARK_TAG } from './marks';
/** Blocks this far above and below the visible part get their marks before they scroll in. */
const AHEAD = '100% 0px';
/**
 * Blocks near the view but not in it get their marks when the page is idle (at the latest after
 * this long), a few at a time, and not before the note's threads are placed: at open those were
 * two thirds of the marks made, and making them earlier delayed the marks the writer sees and the
 * Reacties view (under load the timeout, not idle time, set them off).
 */
const AHEAD_DELAY_MS = 300;
const AHEAD_BATCH = 24;

/** Turns the kept marks of these blocks into mark nodes, without touching what the note stores. */
export function showKeptMarks(editor: LexicalEditor, kept: DeferredMarks, keys: Iterable<string>): void {
  const root = editor.getRootElement();
  const inEditor = root?.contains(document.activeElement) ?? false;
  const wanted = [...keys];
  editor.update(() => $showKeptMarks(kept, $blocksWithKeptMarks(kept, wanted)), {
    discrete: true,
    skipTransforms: true,
    tag: inEditor ? [MARK_TAG, MARKS_SHOWN_TAG, 'history-merge'] : [MARK_TAG, MARKS_SHOWN_TAG, 'history-merge', 'skip-dom-selection'],
  });
}

export interface KeptMarksWatch {
  /** Looks for blocks with kept marks again (after marks were kept, or undo brought a kept text back). */
  sync(): void;
  /** Blocks near the view may get their marks from now on (when idle); those in view always get them at once. */
  allowAhead(): void;
  dispose(): void;
}

/** Watches the blocks whose marks are kept aside and shows their marks as they come near the view. */
export function watchKeptMarks(editor: LexicalEditor, kept: DeferredMarks): KeptMarksWatch {
  const watched = new Map<Element, string>();
  const ahead = new Set<string>();
  let observer: IntersectionObserver | null = null;
  let cancelIdle: (() => void) | null = null;
  let aheadAllowed = false;
  let paintFrame = 0;
  let afterPaint: ReturnType<typeof setTimeout> | undefined;
  const scheduleAhead = () => {
    if (aheadAllowed && ahead.size > 0 && cancelIdle === null) cancelIdle = whenIdle(showAhead, AHEAD_DELAY_MS);
  };
  const showAhead = () => {
    cancelIdle = null;
    const batch = [...ahead].slice(0, AHEAD_BATCH);
    for (const key of batch) ahead.delete(key);
    if (batch.length > 0) showKeptMarks(editor, kept, batch);
    scheduleAhead();
  };
  const onEntries = (entries: IntersectionObserverEntry[]) => {
    const now: string[] = [];
    let view: DOMRect | null = null;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const key = watched.get(entry.target);
      observer?.unobserve(entry.target);
      watched.delete(entry.target);
      if (key === undefined) continue;
      // In the visible part (the observer's root without its margin): marks now; else when idle.
      view ??= (observer?.root instanceof Element ? observer.root.getBoundingClientRect() : null) ?? new DOMRect(0, 0, innerWidth, innerHeight);
      const box = entry.boundingClientRect;
      if (box.bottom >= view.top && box.top <= view.bottom) now.push(key);
      else ahead.add(key);
    }
    if (now.length > 0) showKeptMarks(editor, kept, now);
    scheduleAhead();
  };
  const sync = () => {
    const root = editor.getRootElement();
    if (kept.size === 0 || !root) return;
    observer ??= new IntersectionObserver(onEntries, { root: scrollContainerOf(root), rootMargin: AHEAD });
    const state = editor.getEditorState();
    const keys = kept.keysCheckedIn(state) ?? state.read(() => $blocksWithKeptMarks(kept, kept.keys()));
    for (const key of keys) {
      const element = editor.getElementByKey(key);
      if (!element || watched.has(element) || ahead.has(key)) continue;
      watched.set(element, key);
      observer.observe(element);
    }
  };
  return {
    sync,
    allowAhead: () => {
      // After the frame that shows the placed threads (and their list) has painted.
      paintFrame = requestAnimationFrame(() => {
        afterPaint = setTimeout(() => {
          aheadAllowed = true;
          scheduleAhead();
        }, 0);
      });
    },
    dispose: () => {
      cancelAnimationFrame(paintFrame);
      clearTimeout(afterPaint);
      aheadAllowed = false;
      cancelIdle?.();
      ahead.clear();
      observer?.disconnect();
      watched.clear();
    },
  };
}
