// In a review copy: hands the editor to the controller and shows a small "Begrijp ik niet" button
// next to the word the resident clicked or the words they selected (the same action as the key).
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useTranslation } from 'react-i18next';
import type { NotUnderstoodController } from './controller';

interface Place {
  top: number;
  left: number;
}

export function MarkButtonPlugin({ path, controller }: { path: string; controller: NotUnderstoodController }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [place, setPlace] = useState<Place | null>(null);

  useEffect(() => controller.attach(path, editor), [controller, path, editor]);

  useEffect(() => {
    const update = () => {
      const root = editor.getRootElement();
      const selection = window.getSelection();
      if (!root || !selection || selection.rangeCount === 0 || !root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) {
        setPlace(null);
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) {
        setPlace(null);
        return;
      }
      // Below the words, so it never covers the comment button above a selection.
      setPlace({ top: rect.bottom + 4, left: Math.max(0, rect.left) });
    };
    document.addEventListener('selectionchange', update);
    // The button is placed in the window: it follows the words when the note scrolls.
    window.addEventListener('scroll', update, true);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [editor]);

  if (!place) return null;
  return (
    <button
      type="button"
      className="not-understood-selection-button"
      style={{ top: place.top, left: place.left }}
      // Keep the selection: the action reads it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void controller.markAtSelection()}
    >
      {t('notUnderstood.markButton')}
    </button>
  );
}
