import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sentencePresets, type CheckSettings } from '../../../../shared/contract';
import { USER_TOGGLED_RULES, enabledByDefault, ruleLabelKey } from '../../../../shared/checker/rules/registry';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';

/** Rules a writer may switch off (for all notes, or for one), from the checker's rule registry. */
export const CHECK_RULES = USER_TOGGLED_RULES;

export function CheckSettingsSection() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const checks = useWorkbenchState((state) => state.settings.checks);
  const [dictionary, setDictionary] = useState(checks.organisationDictionary ?? '');
  const ids = { preset: useId(), warn: useId(), error: useId(), dictionary: useId() };
  const update = (patch: Partial<CheckSettings>) => void controller.updateSettings({ checks: { ...checks, ...patch } });
  const lengths = checks.preset === 'custom' ? checks : sentencePresets[checks.preset];
  return (
    <fieldset className="settings-checks">
      <legend>{t('settings.checksTitle')}</legend>
      <label htmlFor={ids.preset}>{t('settings.preset')}</label>
      <select id={ids.preset} value={checks.preset} onChange={(event) => update({ preset: event.target.value as CheckSettings['preset'] })}>
        <option value="b1">{t('settings.presetB1')}</option>
        <option value="direct-duidelijk">{t('settings.presetDirect')}</option>
        <option value="custom">{t('settings.presetCustom')}</option>
      </select>
      {checks.preset === 'custom' && (
        <>
          <label htmlFor={ids.warn}>{t('settings.warnAbove')}</label>
          <input id={ids.warn} className="text-input" type="number" min={5} max={100} value={lengths.warnAbove} onChange={(event) => update({ warnAbove: clamp(event.target.valueAsNumber, 5, 100) })} />
          <label htmlFor={ids.error}>{t('settings.errorAbove')}</label>
          <input id={ids.error} className="text-input" type="number" min={5} max={150} value={lengths.errorAbove} onChange={(event) => update({ errorAbove: clamp(event.target.valueAsNumber, 5, 150) })} />
        </>
      )}
      <span className="settings-label">{t('settings.rules')}</span>
      {CHECK_RULES.map((rule) => (
        <label key={rule} className="checkbox">
          <input type="checkbox" checked={checks.rules[rule] ?? enabledByDefault(rule)} onChange={(event) => update({ rules: { ...checks.rules, [rule]: event.target.checked } })} />
          {t(ruleLabelKey(rule))}
        </label>
      ))}
      <label className="checkbox">
        <input type="checkbox" checked={checks.spelling} onChange={(event) => update({ spelling: event.target.checked })} />
        {t('settings.spelling')}
      </label>
      <label htmlFor={ids.dictionary}>{t('settings.orgDictionary')}</label>
      <div className="settings-row">
        <input id={ids.dictionary} className="text-input" value={dictionary} maxLength={4096} onChange={(event) => setDictionary(event.target.value)} />
        <button type="button" onClick={() => update({ organisationDictionary: dictionary.trim() || null })}>
          {t('settings.orgDictionaryApply')}
        </button>
      </div>
      <p className="view-hint">{t('settings.orgDictionaryHelp')}</p>
      <span className="settings-label">{t('settings.personalWords')}</span>
      {checks.personalWords.length === 0 && <p className="view-hint">{t('settings.personalWordsNone')}</p>}
      <ul className="settings-words">
        {checks.personalWords.map((word) => (
          <li key={word}>
            {word}
            <button type="button" aria-label={t('settings.removeWord', { word })} onClick={() => update({ personalWords: checks.personalWords.filter((item) => item !== word) })}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const clamp = (value: number, min: number, max: number) => (Number.isFinite(value) ? Math.max(min, Math.min(max, Math.round(value))) : min);
