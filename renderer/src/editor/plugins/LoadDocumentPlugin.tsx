// Puts the saved document into a fresh editor. A document that cannot be read must not take
// the window down: the editor then starts empty and the caller is told (and can warn the user).
import { useLayoutEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $getRoot, HISTORY_MERGE_TAG, type EditorState } from 'lexical';
import { setParsedState } from './set-parsed-state';
import { keepLifted, registerKeptMarkMapping } from '../deferred-marks';
import { documentForEditor, documentWithMarks, withMarkNodes } from '../mark-json';
import { openingScreen } from '../opening-screen';
import type { SerializedUnknownNode } from '../../../../shared/document';

/**
 * Lexical reports most parse problems (unknown node types, missing fields) to the editor's
 * onError instead of throwing; the owner passes a way to collect those while we parse.
 */
export type ErrorCollector = (run: () => void) => Error[];

export function LoadDocumentPlugin({
  documentJson,
  collectErrors,
  onLoadError,
}: {
  documentJson: string;
  collectErrors: ErrorCollector;
  onLoadError?: (error: Error) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  const onLoadErrorRef = useRef(onLoadError);
  onLoadErrorRef.current = onLoadError;

  useLayoutEffect(() => {
    // React may run this effect twice for one editor (StrictMode); only an untouched editor is loaded.
    if (!editor.getEditorState().isEmpty()) return;
    const fail = (error: unknown) => onLoadErrorRef.current?.(error instanceof Error ? error : new Error(String(error)));
    // Comment marks are kept aside, not loaded as nodes (deferred-marks.ts); the comments layer
    // shows them block by block as they come into view. Those on the screen the note opens with
    // are made with the note.
    const lifted = documentJson.trim() === '' ? null : documentForEditor(documentJson, openingScreen(editor.getRootElement()));
    if (lifted === 'unreadable') {
      fail(new Error('The comment marks stored with the note cannot be read'));
      return;
    }
    const loaded = documentJson.trim() === '' ? null : parseDocument(lifted?.json ?? documentJson);
    function parseDocument(json: string | { root: SerializedUnknownNode }): EditorState | null {
      const holder: { state: EditorState | null } = { state: null };
      const errors = collectErrors(() => {
        holder.state = editor.parseEditorState(json as Parameters<typeof editor.parseEditorState>[0]);
      });
      if (errors.length > 0) {
        fail(errors[0]);
        return null;
      }
      // A root without blocks is treated as a new, empty note.
      return holder.state && !holder.state.isEmpty() ? holder.state : null;
    }
    if (loaded) {
      try {
        if (!setParsedState(editor, loaded, HISTORY_MERGE_TAG)) editor.setEditorState(loaded, { tag: HISTORY_MERGE_TAG });
        if (lifted && lifted.blocks.length > 0 && !keepLifted(editor, lifted.blocks)) {
          // The editor read a block's text otherwise than the stored marks count it: load them all
          // as nodes (read again: the tree above already holds the opening screen's).
          const again = documentWithMarks(documentJson);
          const whole = again && again !== 'unreadable' ? parseDocument({ root: withMarkNodes(again.json.root, again.blocks) }) : null;
          if (whole && !setParsedState(editor, whole, HISTORY_MERGE_TAG)) editor.setEditorState(whole, { tag: HISTORY_MERGE_TAG });
        }
        return;
      } catch (error) {
        fail(error);
      }
    }
    editor.update(
      () => {
        const root = $getRoot();
        if (root.isEmpty()) root.append($createParagraphNode());
      },
      { tag: HISTORY_MERGE_TAG, discrete: true },
    );
  }, [editor, documentJson, collectErrors]);

  useLayoutEffect(() => registerKeptMarkMapping(editor), [editor]);

  return null;
}
