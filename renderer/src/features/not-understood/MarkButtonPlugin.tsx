// In a review copy: hands the editor to the controller and shows a small "Begrijp ik niet" button
// next to the word the resident clicked or the words they selected (the same action as the key).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useTranslation } from 'react-i18next';
import { useSelectionPlace, type SelectionPlaceOptions } from '../../editor/use-selection-place';
import type { NotUnderstoodController } from './controller';

/** Below the words, so it never covers the comment button above a selection; it follows them when the note scrolls. */
const BELOW_THE_WORDS: SelectionPlaceOptions = {
  acceptCaret: true,
  placeBeside: (words) => ({ top: words.bottom + 4, left: Math.max(0, words.left) }),
  followScroll: true,
};

export function MarkButtonPlugin({ path, controller }: { path: string; controller: NotUnderstoodController }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const place = useSelectionPlace(editor, BELOW_THE_WORDS);

  useEffect(() => controller.attach(path, editor), [controller, path, editor]);

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
