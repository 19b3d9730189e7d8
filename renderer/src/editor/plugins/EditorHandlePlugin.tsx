// Gives the owner its EditorHandle once the editor is mounted and loaded.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createEditorHandle, type EditorHandle } from '../editor-handle';

export function EditorHandlePlugin({ onReady }: { onReady?: (handle: EditorHandle) => void }): null {
  const [editor] = useLexicalComposerContext();
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  useEffect(() => {
    onReadyRef.current?.(createEditorHandle(editor));
  }, [editor]);
  return null;
}
