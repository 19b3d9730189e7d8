// The comments feature: threads on words, the Reacties view (side bar and panel), the comment
// marks and button in the editor, its dialogs, and the review-round commands.
import { useMemo } from 'react';
import { provide } from '../../base/provide';
import type { Feature } from '../../workbench/feature';
import type { EditorPluginProps } from '../../workbench/contributions';
import { CommentsController } from './comments-controller';
import { CommentsContext, useComments } from './context';
import { CommentsPanel } from './CommentsPanel';
import { CommentDialogs } from './CommentDialogs';
import { ReviewDropZone } from './ReviewDropZone';
import { CommentPlugin } from './CommentPlugin';
import { COMMENTS_ICON } from './icon';
import { ADVISE_AT_CARET_COMMAND } from '../checks/advise';

function CommentEditorPlugin({ note }: EditorPluginProps) {
  const comments = useComments();
  const layer = useMemo(() => comments.layerFor(note.path), [comments, note.path]);
  return <CommentPlugin layer={layer} />;
}

export const feature: Feature = {
  id: 'comments',
  activate(wb, { commands, contributions }) {
    const comments = new CommentsController(wb);
    const hasNote = () => wb.state.active !== null;
    const editable = () => hasNote() && !wb.activeTab()?.readOnly;
    // Advies is given in the note itself; a review copy goes to residents (who may reply to one).
    const canAdvise = () => hasNote() && !wb.activeTab()?.reviewCopy;
    const adviseAtCaret = () => {
      const handle = wb.activeEditor();
      if (handle && !handle.editor.dispatchCommand(ADVISE_AT_CARET_COMMAND, undefined)) wb.toast(wb.t('comments.noFindingHere'));
    };
    contributions.views.add({ id: 'comments', title: 'panel.comments', locations: ['side', 'panel'], icon: COMMENTS_ICON, order: 50, component: provide(CommentsContext, comments, CommentsPanel) });
    contributions.editorPlugins.add({ id: 'comments', component: provide(CommentsContext, comments, CommentEditorPlugin) });
    contributions.parts.add({ id: 'comment-dialogs', order: 10, component: provide(CommentsContext, comments, CommentDialogs) });
    contributions.parts.add({ id: 'review-drop', order: 20, component: provide(CommentsContext, comments, ReviewDropZone) });
    commands.registerAll([
      { id: 'workbench.showComments', run: () => wb.focusPanel('comments') },
      { id: 'comment.add', when: hasNote, run: () => comments.addFromSelection() },
      { id: 'comment.adviseFinding', when: canAdvise, run: adviseAtCaret },
      { id: 'comment.adviseSentence', when: canAdvise, run: () => comments.adviseOnSentence() },
      { id: 'comment.next', when: hasNote, run: () => comments.step(1) },
      { id: 'comment.previous', when: hasNote, run: () => comments.step(-1) },
      { id: 'comment.toggleResolved', when: hasNote, run: () => comments.toggleResolved() },
      { id: 'review.export', when: editable, run: () => comments.exportReviewCopy() },
      { id: 'review.import', when: editable, run: () => comments.importReview() },
      { id: 'comments.exportCsv', when: hasNote, run: () => comments.exportTo('csv') },
      { id: 'comments.exportReport', when: hasNote, run: () => comments.exportTo('html') },
      { id: 'comments.exportMarkdown', when: hasNote, run: () => comments.exportTo('markdown') },
      // Also run by the paper feature after typed-back paper comments were stored.
      { id: 'comments.reload', when: hasNote, run: () => comments.load(wb.state.active!) },
    ]);
  },
};
