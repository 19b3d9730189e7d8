// The search feature: find text in the open note.
import type { Feature } from '../../workbench/feature';
import { SearchView } from './SearchView';

const SEARCH_ICON = 'M10.5 4a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z M15.5 15.5L21 21';

export const feature: Feature = {
  id: 'search',
  activate(wb, { commands, contributions }) {
    contributions.views.add({ id: 'search', title: 'search.title', locations: ['side'], icon: SEARCH_ICON, order: 20, component: SearchView });
    commands.register({ id: 'workbench.showSearch', run: () => wb.focusSideView('search') });
  },
};
