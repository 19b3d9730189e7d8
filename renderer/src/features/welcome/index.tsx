// The welcome of the first start: a short banner above the workbench that says what the colours
// mean, how to fix a word and how to comment. It stays until the writer closes it; the command
// "Welkom tonen" brings it back.
import type { Feature } from '../../workbench/feature';
import { WelcomeBanner } from './WelcomeBanner';
import './welcome.css';

export const feature: Feature = {
  id: 'welcome',
  activate(wb, { commands, contributions }) {
    contributions.parts.add({ id: 'welcome', order: 0, component: WelcomeBanner });
    commands.register({ id: 'workbench.showWelcome', run: () => void wb.updateSettings({ welcomeDismissed: false }) });
  },
};
