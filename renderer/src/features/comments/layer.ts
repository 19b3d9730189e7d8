import type { LexicalEditor } from 'lexical';

/** The comment layer as one editor's CommentPlugin sees it; the plugin owns the Lexical listeners. */
export interface CommentLayer {
  /** Hands the editor to the layer (marks are placed at once); returns the function that takes it back. */
  attach(editor: LexicalEditor): () => void;
  /** The text changed by typing, pasting or undo: anchors are checked again after a pause. */
  textChanged(): void;
  /** Mark nodes were created, changed or removed: their DOM elements need the thread state again. */
  marksChanged(): void;
  /** The caret or a click is in the words of these threads. */
  marksTouched(threadIds: string[]): void;
  /** The comment button next to a selection was pressed. */
  requestAdd(): void;
  buttonLabel(): string;
}
