// Feeds a CheckClient from a Lexical editor: blocks are re-read only where Lexical marked
// elements dirty, and the whole note when the state was replaced (opening, undo, redo). Typing
// inside a block reads just that block, without walking the note's ~2,000 blocks per keystroke.
import { HISTORIC_TAG, type LexicalEditor } from 'lexical';
import type { CheckClient } from './check-client';
import { EditorBlockReader } from './editor-blocks';

export function attachEditor(editor: LexicalEditor, client: CheckClient): () => void {
  const reader = new EditorBlockReader();
  if (!editor.getEditorState().isEmpty()) {
    client.setBlocks(reader.read(editor.getEditorState(), 'all'));
    client.flush();
  }
  return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState, tags }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    const opened = prevEditorState.isEmpty();
    // setEditorState marks only the root dirty, so the dirty set says nothing about which blocks changed.
    const replaced = opened || tags.has(HISTORIC_TAG) || (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root'));
    if (!replaced) {
      const blocks = editorState.read(() => (reader.$keepsBlockList(dirtyElements) ? reader.$readChanged(dirtyElements.keys()) : null));
      if (blocks) {
        client.setBlocks(blocks);
        return;
      }
    }
    client.setBlocks(reader.read(editorState, replaced ? 'all' : new Set(dirtyElements.keys())));
    if (opened) client.flush(); // a note that just opened should not wait for the typing pause
  });
}
