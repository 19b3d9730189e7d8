import { $getRoot, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import type { ActiveNote } from '../../workbench/services';
import { documentWithMarks, withMarkNodes } from '../../editor/mark-json';

/**
 * Puts a whole document (a restored version) into the note's editor when that note is the one
 * on screen. It is one editor update, so Ctrl+Z in the editor takes it back too; the change is
 * saved like typing. The version's comment marks (stored in a table beside its text) come along
 * as mark nodes.
 */
export function replaceDocument(notes: ActiveNote, path: string, document: string) {
  if (notes.activeTab()?.path !== path) return;
  const handle = notes.activeEditor();
  if (!handle) return;
  const read = documentWithMarks(document);
  if (read === null || read === 'unreadable') return;
  const blocks = (withMarkNodes(read.json.root, read.blocks).children ?? []) as unknown as SerializedLexicalNode[];
  handle.editor.update(() => {
    const root = $getRoot();
    root.clear();
    for (const block of blocks) root.append($parseSerializedNode(block));
  });
}
