// Shows comment marks kept aside (editor/deferred-marks.ts) as mark nodes when their block comes
// near the visible part of the note. Making all 2,000 marks of a long note into nodes at open was
// most of the cost of opening it; the writer sees the marks on screen, so only those need nodes.
import type { LexicalEditor } from 'lexical';
import { scrollContainerOf } from '../../base/scroll-container';
import { MARKS_SHOWN_TAG, type DeferredMarks } from '../../editor/deferred-marks';
import { $applyMarks, $blocksWithKeptMarks, MARK_TAG } from './marks';
/** Blocks this far above and below the visible part get their marks before they scroll in. */
const AHEAD = '100% 0px';

/** Turns the kept marks of these blocks into mark nodes, without touching what the note stores. */
export function showKeptMarks(editor: LexicalEditor, kept: DeferredMarks, keys: Iterable<string>): void {
  const root = editor.getRootElement();
  const inEditor = root?.contains(document.activeElement) ?? false;
  const wanted = [...keys];
  editor.update(() => $applyMarks([], kept, $blocksWithKeptMarks(kept, wanted)), {
    discrete: true,
    skipTransforms: true,
    tag: inEditor ? [MARK_TAG, MARKS_SHOWN_TAG, 'history-merge'] : [MARK_TAG, MARKS_SHOWN_TAG, 'history-merge', 'skip-dom-selection'],
  });
}

/**
 * Watches the blocks whose marks are kept aside and shows their marks as they come near the view.
 * `sync` looks for such blocks again (after marks were kept, or undo brought a kept text back).
 */
export function watchKeptMarks(editor: LexicalEditor, kept: DeferredMarks): { sync(): void; dispose(): void } {
  const watched = new Map<Element, string>();
  let observer: IntersectionObserver | null = null;
  const onEntries = (entries: IntersectionObserverEntry[]) => {
    const keys: string[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const key = watched.get(entry.target);
      observer?.unobserve(entry.target);
      watched.delete(entry.target);
      if (key !== undefined) keys.push(key);
    }
    if (keys.length > 0) showKeptMarks(editor, kept, keys);
  };
  const sync = () => {
    const root = editor.getRootElement();
    if (kept.size === 0 || !root) return;
    observer ??= new IntersectionObserver(onEntries, { root: scrollContainerOf(root), rootMargin: AHEAD });
    const keys = editor.getEditorState().read(() => $blocksWithKeptMarks(kept, kept.keys()));
    for (const key of keys) {
      const element = editor.getElementByKey(key);
      if (!element || watched.has(element)) continue;
      watched.set(element, key);
      observer.observe(element);
    }
  };
  return {
    sync,
    dispose: () => {
      observer?.disconnect();
      watched.clear();
    },
  };
}
