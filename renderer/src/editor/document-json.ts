// The stored form of a note's content: Lexical's editor-state JSON, as one string, with the comment
// marks the editor keeps aside (deferred-marks.ts) written back as mark nodes.
import type { EditorState, LexicalEditor } from 'lexical';
import { deferredMarksOf, serializeWithKeptMarks } from './deferred-marks';

export function serializeDocument(state: EditorState, editor?: LexicalEditor): string {
  return JSON.stringify(serializeWithKeptMarks(state, editor ? deferredMarksOf(editor) : undefined));
}
