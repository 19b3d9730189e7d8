// The explain feature (panel mode): dotted lines under hard words in a review copy, with their
// plain explanation on hover or Alt+F1.
import type { Feature } from '../../workbench/feature';
import type { EditorPluginProps } from '../../workbench/contributions';
import { EXPLAIN_TERM_COMMAND, TermExplanationsPlugin } from './TermExplanationsPlugin';

function ExplainEditorPlugin({ note }: EditorPluginProps) {
  return note.reviewCopy ? <TermExplanationsPlugin noteKey={note.path} /> : null;
}

export const feature: Feature = {
  id: 'explain',
  activate(wb, { commands, contributions }) {
    contributions.editorPlugins.add({ id: 'explain', component: ExplainEditorPlugin });
    commands.register({
      id: 'explain.showTerm',
      when: () => wb.activeTab()?.reviewCopy === true,
      run: () => void wb.activeEditor()?.editor.dispatchCommand(EXPLAIN_TERM_COMMAND, undefined),
    });
  },
};
