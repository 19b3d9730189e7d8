// The legend: what the underline lines and tints mean, for a writer on the first day.
import type { Feature } from '../../workbench/feature';
import { LegendView } from './LegendView';

const LEGEND_ICON = 'M4 7h4 M4 12h4 M4 17h4 M11 7h9 M11 12h9 M11 17h9';

export const feature: Feature = {
  id: 'legend',
  activate(wb, { commands, contributions }) {
    contributions.views.add({ id: 'legend', title: 'legend.title', locations: ['side', 'panel'], icon: LEGEND_ICON, order: 70, component: LegendView });
    commands.register({ id: 'workbench.showLegend', run: () => wb.focusSideView('legend') });
  },
};
