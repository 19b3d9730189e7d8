// The settings feature: theme, language, name, and the sections other features add.
import type { Feature } from '../../workbench/feature';
import { SettingsView } from './SettingsView';

const SETTINGS_ICON =
  'M12 8.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1';

export const feature: Feature = {
  id: 'settings',
  activate(wb, { commands, contributions }) {
    contributions.views.add({ id: 'settings', title: 'settings.title', locations: ['side'], icon: SETTINGS_ICON, activityBottom: true, order: 90, component: SettingsView });
    commands.registerAll([
      { id: 'workbench.showSettings', run: () => wb.focusSideView('settings') },
      { id: 'theme.light', run: () => wb.updateSettings({ theme: 'light' }) },
      { id: 'theme.dark', run: () => wb.updateSettings({ theme: 'dark' }) },
      { id: 'theme.highContrast', run: () => wb.updateSettings({ theme: 'high-contrast' }) },
      { id: 'language.nl', run: () => wb.updateSettings({ language: 'nl' }) },
      { id: 'language.en', run: () => wb.updateSettings({ language: 'en' }) },
    ]);
  },
};
