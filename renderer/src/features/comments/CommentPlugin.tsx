// The Lexical side of comments for one editor: mutation listeners on the mark nodes (so thread
// state is drawn on marks only when marks change, never per keystroke), text changes for
// re-anchoring, caret and clicks in marked words; and the small comment button next to a non-empty
// selection (the same action as Ctrl+Alt+M).
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MarkNode } from '@lexical/mark';
import { mergeRegister } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, HISTORIC_TAG, SELECTION_CHANGE_COMMAND, type LexicalEditor } from 'lexical';
import { deferredMarksOf } from '../../editor/deferred-marks';
import { watchKeptMarks } from './kept-in-view';
import { useSelectionPlace, type SelectionPlaceOptions } from '../../editor/use-selection-place';
import { MARK_TAG } from './comments-controller';
import { $markIdsAround } from './marks';
import type { CommentLayer } from './layer';
import { Icon } from '../../workbench/icons';
import { COMMENTS_ICON } from './icon';
import { ADVISE_FINDING_COMMAND } from '../checks/advise';

/** Above the selected words, at their end. */
const ABOVE_THE_WORDS: SelectionPlaceOptions = {
  acceptCaret: false,
  placeBeside: (words) => ({ top: Math.max(0, words.top - 34), left: words.right }),
  followScroll: false,
};

export function CommentPlugin({ layer }: { layer: CommentLayer }) {
  const [editor] = useLexicalComposerContext();
  const place = useSelectionPlace(editor, ABOVE_THE_WORDS);

  useEffect(() => {
    // Watching first: attaching places the threads, which may keep new marks aside.
    const kept = deferredMarksOf(editor);
    const inView = watchKeptMarks(editor, kept);
    const offKept = kept.onChange(() => inView.sync());
    const offHistory = editor.registerUpdateListener(({ tags }) => {
      // Undo or redo may bring back a text whose marks are kept aside.
      if (tags.has(HISTORIC_TAG)) inView.sync();
    });
    inView.sync();
    // Marks near the view but out of it wait until the threads are placed (and the page is idle).
    const detach = layer.attach(editor, () => inView.allowAhead());
    const off = listenToMarks(editor, layer);
    return () => {
      off();
      detach();
      offHistory();
      offKept();
      inView.dispose();
    };
  }, [editor, layer]);

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

function listenToMarks(editor: LexicalEditor, layer: CommentLayer): () => void {
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('mark') : null;
    if (!target) return;
    layer.marksTouched(editor.getEditorState().read(() => $markIdsAround($getNearestNodeFromDOMNode(target))));
  };
  let root: HTMLElement | null = null;
  return mergeRegister(
    // Not called for the marks already there: attach() placed and drew those (a second pass over
    // thousands of marks at open for nothing).
    editor.registerMutationListener(MarkNode, () => layer.marksChanged(), { skipInitialization: true }),
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags, prevEditorState }) => {
      if (tags.has(MARK_TAG) || prevEditorState.isEmpty()) return;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      layer.textChanged();
    }),
    editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        // The listener runs inside the update that carries the new selection: read that one.
        // editor.getEditorState() is the last committed state, whose selection is the one before,
        // so a thread clicked in the Reacties view handed the activity back to the previous thread.
        const selection = $getSelection();
        const ids = $isRangeSelection(selection) ? $markIdsAround(selection.anchor.getNode()) : [];
        if (ids.length > 0) layer.marksTouched(ids);
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      ADVISE_FINDING_COMMAND,
      (finding) => {
        // Out of Lexical's update: the advies form reads the editor and waits for the writer.
        queueMicrotask(() => layer.requestAdvice(finding));
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerRootListener((next, previous) => {
      previous?.removeEventListener('click', onClick);
      next?.addEventListener('click', onClick);
      root = next;
    }),
    () => root?.removeEventListener('click', onClick),
  );
}
