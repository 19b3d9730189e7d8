// Tells the owner when the document's content changed. Selection moves, focus and
// format-only-at-caret updates are not changes. Serialising a 20,000-word note takes 10-17 ms,
// so the report hands over a way to get the document instead of the document itself: the owner
// serialises only when it saves. Word and character counts follow when the browser is idle.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, $isElementNode, type EditorState, type NodeKey } from 'lexical';
import { serializeDocument } from '../document-json';
import { deferredMarksOf, MARKS_SHOWN_TAG } from '../deferred-marks';
import { countText, type TextStats } from '../text-stats';
import { whenIdle } from '../../base/idle';

/** Quiet time before a change is reported; a longer burst of typing is reported at least every MAX_WAIT_MS. */
const QUIET_MS = 120;
const MAX_WAIT_MS = 750;
/** Counting waits for idle time, but never longer than this. */
const COUNT_DEADLINE_MS = 1000;

/** 'edit': the content changed; 'counts': only fresher word counts for a change already reported. */
export type ChangeKind = 'edit' | 'counts';
export type ChangeListener = (getDocument: () => string, info: TextStats, kind: ChangeKind) => void;

/**
 * One node as stored, without its children: Lexical's exportJSON is shallow for elements, and the
 * links to neighbours catch moves. Cheap enough to run on every dirty node of an update.
 */
function nodeFingerprint(state: EditorState, key: NodeKey): string | null {
  return state.read(() => {
    const node = $getNodeByKey(key);
    if (!node) return null;
    const links = [node.__parent, node.__prev, node.__next, $isElementNode(node) ? [node.__first, node.__last, node.__size] : null];
    return JSON.stringify([node.exportJSON(), links]);
  });
}

/**
 * Plugins that register node transforms mark nodes dirty without changing them (a style that was
 * already empty is "set" again). Only an update that changed a stored node is an edit.
 */
function changedSomething(prev: EditorState, next: EditorState, keys: Iterable<NodeKey>): boolean {
  for (const key of keys) {
    const before = prev._nodeMap.get(key);
    const after = next._nodeMap.get(key);
    if (before === after) continue;
    if (!before || !after || nodeFingerprint(prev, key) !== nodeFingerprint(next, key)) return true;
  }
  return false;
}

export function ChangeReportPlugin({ onChange }: { onChange: ChangeListener }): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let cancelCount: (() => void) | null = null;
    let firstPendingAt = 0;
    let stats: TextStats | null = null;
    const getDocument = () => serializeDocument(editor.getEditorState(), editor);

    const report = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      cancelCount?.();
      // Report at once with the last counts; the fresh counts follow in idle time.
      onChangeRef.current(getDocument, stats ?? { words: 0, characters: 0 }, 'edit');
      cancelCount = whenIdle(() => {
        cancelCount = null;
        const text = editor.getEditorState().read(() => $getRoot().getTextContent());
        stats = countText(text);
        onChangeRef.current(getDocument, stats, 'counts');
      }, COUNT_DEADLINE_MS);
    };

    const schedule = () => {
      const now = Date.now();
      if (timer === null) firstPendingAt = now;
      else clearTimeout(timer);
      timer = setTimeout(report, now - firstPendingAt >= MAX_WAIT_MS ? 0 : QUIET_MS);
    };

    // Marks kept aside changed (made on open for threads whose words were found): the stored note gets them.
    const unregisterKept = deferredMarksOf(editor).onChange(schedule);
    const unregisterUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState, tags }) => {
      // Kept marks turned into nodes as their block came into view: the stored form is the same.
      if (tags.has(MARKS_SHOWN_TAG)) return;
      if (prevEditorState.isEmpty()) {
        // The document being loaded: that is the baseline, not an edit.
        stats = editorState.read(() => countText($getRoot().getTextContent()));
        return;
      }
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (!changedSomething(prevEditorState, editorState, [...dirtyLeaves, ...dirtyElements.keys()])) return;
      schedule();
    });

    return () => {
      unregisterKept();
      unregisterUpdates();
      // Closing the editor must not swallow the last keystrokes: report synchronously.
      if (timer !== null) {
        clearTimeout(timer);
        onChangeRef.current(getDocument, stats ?? { words: 0, characters: 0 }, 'edit');
      }
      cancelCount?.();
    };
  }, [editor]);

  return null;
}
