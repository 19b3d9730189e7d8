// The stored form of a note's content: Lexical's editor-state JSON, as one string.
import type { EditorState } from 'lexical';

export function serializeDocument(state: EditorState): string {
  return JSON.stringify(state.toJSON());
}
