// The outline feature: the open note's headings in the side bar; a click puts the caret there.
import type { Feature } from '../../workbench/feature';
import type { EditorPluginProps } from '../../workbench/contributions';
import { OutlinePlugin } from '../../editor/plugins/OutlinePlugin';
import { OutlineStore } from './outline-store';
import { OutlineView } from './OutlineView';

const OUTLINE_ICON = 'M4 6h16 M8 12h12 M8 18h12 M4 12h1 M4 18h1';

export const feature: Feature = {
  id: 'outline',
  activate(wb, { commands, contributions }) {
    const store = new OutlineStore(wb.events);
    const OutlineEditorPlugin = ({ note }: EditorPluginProps) => <OutlinePlugin onOutline={(headings) => store.report(note.path, headings)} />;
    contributions.views.add({ id: 'outline', title: 'outline.title', locations: ['side'], icon: OUTLINE_ICON, order: 30, component: () => <OutlineView store={store} /> });
    contributions.editorPlugins.add({ id: 'outline', component: OutlineEditorPlugin });
    commands.register({ id: 'workbench.showOutline', run: () => wb.focusSideView('outline') });
  },
};
