import type { LexicalEditor } from 'lexical';

/** The comment layer as one editor sees it; the editor stays unaware of threads and the store. */
export interface CommentLayer {
  /** Starts marks, re-anchoring and caret tracking for this editor; returns the detach function. */
  attach(editor: LexicalEditor): () => void;
  /** The comment button next to a selection was pressed. */
  requestAdd(): void;
  buttonLabel(): string;
}
