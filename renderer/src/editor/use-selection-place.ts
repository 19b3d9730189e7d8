// Where a small action button goes beside the words selected in this editor (in window
// coordinates), or null while there is no selection in the editor. Comments and residents'
// "niet begrepen" marks each show such a button; only the rules for "a selection" and the side
// of the words differ.
import { useEffect, useState } from 'react';
import type { LexicalEditor } from 'lexical';

export interface SelectionPlace {
  top: number;
  left: number;
}

export interface SelectionPlaceOptions {
  /** A caret in a word counts too (a click on one word), not only a range of words. */
  acceptCaret: boolean;
  /** From the words' box to the button's place. */
  placeBeside: (words: DOMRect) => SelectionPlace;
  /** Also follow the words when the note scrolls. */
  followScroll: boolean;
}

export function useSelectionPlace(editor: LexicalEditor, options: SelectionPlaceOptions): SelectionPlace | null {
  const [place, setPlace] = useState<SelectionPlace | null>(null);
  const { acceptCaret, placeBeside, followScroll } = options;

  useEffect(() => {
    const update = () => {
      const root = editor.getRootElement();
      const selection = window.getSelection();
      const inEditor =
        root !== null &&
        selection !== null &&
        selection.rangeCount > 0 &&
        (acceptCaret || !selection.isCollapsed) &&
        root.contains(selection.anchorNode) &&
        root.contains(selection.focusNode);
      const rect = inEditor ? selection.getRangeAt(0).getBoundingClientRect() : null;
      setPlace(rect && (rect.width > 0 || rect.height > 0) ? placeBeside(rect) : null);
    };
    document.addEventListener('selectionchange', update);
    if (followScroll) window.addEventListener('scroll', update, true);
    return () => {
      document.removeEventListener('selectionchange', update);
      if (followScroll) window.removeEventListener('scroll', update, true);
    };
  }, [editor, acceptCaret, placeBeside, followScroll]);

  return place;
}
