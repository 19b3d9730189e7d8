// Tells the owner when the document's content changed, with fresh word and character counts.
// Selection moves, focus and format-only-at-caret updates are not changes. Reports are
// coalesced: serialising a long note on every keystroke would make typing lag.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { serializeDocument } from '../document-json';
import { countText, type TextStats } from '../text-stats';

/** Quiet time before a change is reported; a longer burst of typing is reported at least every MAX_WAIT_MS. */
const QUIET_MS = 120;
const MAX_WAIT_MS = 750;

export type ChangeListener = (documentJson: string, info: TextStats) => void;

export function ChangeReportPlugin({ onChange }: { onChange: ChangeListener }): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    let lastJson: string | null = editor.getEditorState().isEmpty() ? null : serializeDocument(editor.getEditorState());
    let timer: ReturnType<typeof setTimeout> | null = null;
    let firstPendingAt = 0;

    const report = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const state = editor.getEditorState();
      const json = serializeDocument(state);
      if (json === lastJson) return; // e.g. typed and undone within one burst
      lastJson = json;
      const text = state.read(() => $getRoot().getTextContent());
      onChangeRef.current(json, countText(text));
    };

    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState }) => {
      if (prevEditorState.isEmpty()) {
        // The document being loaded: that is the baseline, not an edit.
        lastJson = serializeDocument(editorState);
        return;
      }
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const now = Date.now();
      if (timer === null) firstPendingAt = now;
      else clearTimeout(timer);
      timer = setTimeout(report, now - firstPendingAt >= MAX_WAIT_MS ? 0 : QUIET_MS);
    });

    return () => {
      unregister();
      // Closing the editor must not swallow the last keystrokes.
      if (timer !== null) report();
    };
  }, [editor]);

  return null;
}
