// The explorer feature: the werkmap's notes, recent werkmaps, new / rename / delete.
import type { Feature } from '../../workbench/feature';
import { ExplorerView } from './ExplorerView';

const EXPLORER_ICON = 'M6 3h8l4 4v14H6z M14 3v4h4 M9 11h6 M9 15h6';

export const feature: Feature = {
  id: 'explorer',
  activate(wb, { commands, contributions }) {
    contributions.views.add({ id: 'explorer', title: 'explorer.title', locations: ['side'], icon: EXPLORER_ICON, order: 10, component: ExplorerView });
    commands.register({ id: 'workbench.showExplorer', run: () => wb.focusSideView('explorer') });
  },
};
