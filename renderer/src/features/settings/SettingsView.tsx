import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';
import type { Settings } from '../../../../shared/contract';

export function SettingsView() {
  const { t } = useTranslation();
  const { controller, contributions } = useWorkbench();
  const settings = useWorkbenchState((state) => state.settings);
  const ids = { theme: useId(), language: useId(), author: useId() };
  return (
    <form className="settings-view" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={ids.theme}>{t('settings.theme')}</label>
      <select
        id={ids.theme}
        value={settings.theme}
        onChange={(event) => void controller.updateSettings({ theme: event.target.value as Settings['theme'] })}
      >
        <option value="light">{t('settings.themeLight')}</option>
        <option value="dark">{t('settings.themeDark')}</option>
        <option value="high-contrast">{t('settings.themeHighContrast')}</option>
      </select>
      <label htmlFor={ids.language}>{t('settings.language')}</label>
      <select
        id={ids.language}
        value={settings.language}
        onChange={(event) => void controller.updateSettings({ language: event.target.value as Settings['language'] })}
      >
        <option value="nl">{t('settings.languageNl')}</option>
        <option value="en">{t('settings.languageEn')}</option>
      </select>
      <label htmlFor={ids.author}>{t('settings.author')}</label>
      <input
        id={ids.author}
        className="text-input"
        defaultValue={settings.authorName}
        maxLength={200}
        onBlur={(event) => void controller.updateSettings({ authorName: event.target.value.trim() })}
      />
      <p className="view-hint">{t('settings.authorHelp')}</p>
      {contributions.settingsSections.all().map(({ id, component: Section }) => (
        <Section key={id} />
      ))}
    </form>
  );
}
