// Connects one editor to the comment layer and shows the small comment button next to a
// non-empty selection (it runs the same action as Ctrl+Alt+M).
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { CommentLayer } from './layer';
import { Icon } from '../../workbench/icons';
import { COMMENTS_ICON } from './icon';

interface ButtonPlace {
  top: number;
  left: number;
}

export function CommentPlugin({ layer }: { layer: CommentLayer }) {
  const [editor] = useLexicalComposerContext();
  const [place, setPlace] = useState<ButtonPlace | null>(null);

  useEffect(() => layer.attach(editor), [editor, layer]);

  useEffect(() => {
    const update = () => {
      const root = editor.getRootElement();
      const selection = window.getSelection();
      if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed || !root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) {
        setPlace(null);
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) {
        setPlace(null);
        return;
      }
      setPlace({ top: Math.max(0, rect.top - 34), left: rect.right });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [editor]);

  if (!place) return null;
  return (
    <button
      type="button"
      className="comment-selection-button"
      style={{ top: place.top, left: place.left }}
      aria-label={layer.buttonLabel()}
      title={layer.buttonLabel()}
      // Keep the selection: the button must not take it away before the comment form reads it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => layer.requestAdd()}
    >
      <Icon path={COMMENTS_ICON} />
    </button>
  );
}
