import { paragraphNode, rootNode, type SerializedEditorState } from './lexical-json';

/**
 * A new note: one empty paragraph rather than an empty root, so the caret has a block to land in
 * the moment the note opens.
 */
export function emptyDocument(): string {
  const state: SerializedEditorState = { root: rootNode([paragraphNode()]) };
  return JSON.stringify(state);
}
