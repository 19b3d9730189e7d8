import type { LexicalEditor } from 'lexical';

/** The finding an advies is given on, as the checks feature describes it. */
export interface AdviceFinding {
  blockId: string;
  start: number;
  end: number;
  ruleId: string;
  message: string;
}

/** The comment layer as one editor's CommentPlugin sees it; the plugin owns the Lexical listeners. */
export interface CommentLayer {
  /**
   * Hands the editor to the layer (marks are placed as soon as the threads are known); returns the
   * function that takes it back. `placed` is called once the note's threads are placed in it.
   */
  attach(editor: LexicalEditor, placed?: () => void): () => void;
  /** The text changed by typing, pasting or undo: anchors are checked again after a pause. */
  textChanged(): void;
  /** Mark nodes were created, changed or removed: their DOM elements need the thread state again. */
  marksChanged(): void;
  /** The caret or a click is in the words of these threads. */
  marksTouched(threadIds: string[]): void;
  /** The comment button next to a selection was pressed. */
  requestAdd(): void;
  /** "Advies geven" on a finding (from its card or at the caret). */
  requestAdvice(finding: AdviceFinding): void;
  buttonLabel(): string;
}
