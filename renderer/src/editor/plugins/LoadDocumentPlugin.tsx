// Puts the saved document into a fresh editor. A document that cannot be read must not take
// the window down: the editor then starts empty and the caller is told (and can warn the user).
import { useLayoutEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $getRoot, HISTORY_MERGE_TAG, type EditorState } from 'lexical';

export function LoadDocumentPlugin({
  documentJson,
  onLoadError,
}: {
  documentJson: string;
  onLoadError?: (error: Error) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  const onLoadErrorRef = useRef(onLoadError);
  onLoadErrorRef.current = onLoadError;

  useLayoutEffect(() => {
    // React may run this effect twice for one editor (StrictMode); only an untouched editor is loaded.
    if (!editor.getEditorState().isEmpty()) return;
    const fail = (error: unknown) => onLoadErrorRef.current?.(error instanceof Error ? error : new Error(String(error)));
    let loaded: EditorState | null = null;
    if (documentJson.trim() !== '') {
      try {
        loaded = editor.parseEditorState(documentJson);
        if (loaded.isEmpty()) loaded = null; // a root without blocks: treat as a new, empty note
      } catch (error) {
        fail(error);
      }
    }
    if (loaded) {
      try {
        editor.setEditorState(loaded, { tag: HISTORY_MERGE_TAG });
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
  }, [editor, documentJson]);

  return null;
}
