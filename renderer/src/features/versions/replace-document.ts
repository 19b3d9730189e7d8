import { $getRoot, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import type { ActiveNote } from '../../workbench/services';

/**
 * Puts a whole document (a restored version) into the note's editor when that note is the one
 * on screen. It is one editor update, so Ctrl+Z in the editor takes it back too; the change is
 * saved like typing.
 */
export function replaceDocument(notes: ActiveNote, path: string, document: string) {
  if (notes.activeTab()?.path !== path) return;
  const handle = notes.activeEditor();
  if (!handle) return;
  const blocks = (JSON.parse(document) as { root: { children: SerializedLexicalNode[] } }).root.children;
  handle.editor.update(() => {
    const root = $getRoot();
    root.clear();
    for (const block of blocks) root.append($parseSerializedNode(block));
  });
}
