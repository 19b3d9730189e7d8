// The "niet begrepen" feature (issue 15): residents mark words they did not understand in a review
// copy; the writer and advisor see those words per note or for the whole werkmap and add them to
// the organisation word list, which the checker reads.
import type { Feature } from '../../workbench/feature';
import type { EditorPluginProps } from '../../workbench/contributions';
import { provide } from '../../base/provide';
import { NotUnderstoodContext, useNotUnderstood } from './context';
import { NotUnderstoodController } from './controller';
import { MarkButtonPlugin } from './MarkButtonPlugin';
import { NotUnderstoodView } from './NotUnderstoodView';

const ICON = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6 M12 17h.01';

function MarkEditorPlugin({ note }: EditorPluginProps) {
  const controller = useNotUnderstood();
  return note.reviewCopy ? <MarkButtonPlugin path={note.path} controller={controller} /> : null;
}

export const feature: Feature = {
  id: 'not-understood',
  activate(wb, { commands, contributions }) {
    const controller = new NotUnderstoodController(wb, commands);
    contributions.views.add({ id: 'not-understood', title: 'notUnderstood.title', locations: ['side', 'panel'], icon: ICON, order: 55, component: provide(NotUnderstoodContext, controller, NotUnderstoodView) });
    contributions.editorPlugins.add({ id: 'not-understood', component: provide(NotUnderstoodContext, controller, MarkEditorPlugin) });
    commands.registerAll([
      { id: 'notUnderstood.mark', when: () => controller.inReviewCopy(), run: () => controller.markAtSelection() },
      { id: 'notUnderstood.show', run: () => wb.focusSideView('not-understood') },
    ]);
  },
};
