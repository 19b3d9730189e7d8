// Node transforms registered before the note's document is loaded. Lexical marks every existing
// node of a transformed type dirty when a transform is registered; after the load that is one
// more whole-note update per registration (every text node cloned, transformed, compared by the
// change report and handed to every update listener), and on a note with thousands of comment
// marks the text is split into thousands of nodes. Registered on the still empty editor, nothing
// is marked. The loaded document still meets the rules: the nodes of the freshly parsed state
// that a rule could change go through the registered transforms when it is set (set-parsed-state;
// a new transform on plain text in a paragraph, heading or mark must be added there).
import { useLayoutEffect } from 'react';
import type { LexicalEditor } from 'lexical';

/** Must be called by a plugin rendered before LoadDocumentPlugin: layout effects run in order. */
export function useTransformsBeforeLoad(editor: LexicalEditor, register: () => () => void): void {
  // `register` is fixed per plugin; only a new editor registers again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(register, [editor]);
}
