import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sentencePresets, type CheckSettings, type NoteCheckOverride } from '../../../../shared/contract';
import { useChecksVersion } from './checks-bridge';
import { useWorkbenchState } from '../../workbench/context';
import { useChecks } from './context';
import { CHECK_RULES } from './CheckSettingsSection';
import { enabledByDefault } from '../../../../shared/checker/rules/registry';

type Preset = CheckSettings['preset'];

/**
 * The active note's own check settings, under the writer's. Only what the writer changes here is
 * stored in the note; everything else keeps following the writer's settings. Review copies are
 * read as exported, so they get no section.
 */
export function NoteCheckSettingsSection() {
  const { t } = useTranslation();
  const bridge = useChecks();
  useChecksVersion(bridge);
  const tab = useWorkbenchState((state) => state.tabs.find((item) => item.path === state.active) ?? null);
  const checks = useWorkbenchState((state) => state.settings.checks);
  const ids = { preset: useId(), warn: useId(), error: useId() };
  if (!tab || tab.reviewCopy) return null;

  const path = tab.path;
  const override = bridge.noteSettingsOf(path);
  const save = (next: NoteCheckOverride | null) => void bridge.setNoteSettings(path, next);
  const shared = checks.preset === 'custom' ? checks : sentencePresets[checks.preset];
  const lengths = override?.preset === 'custom' ? { warnAbove: override.warnAbove ?? shared.warnAbove, errorAbove: override.errorAbove ?? shared.errorAbove } : null;

  const choosePreset = (value: Preset | '') => {
    const { preset: _preset, warnAbove: _warn, errorAbove: _error, ...rest } = override ?? {};
    if (value === '') save(rest);
    else if (value === 'custom') save({ ...rest, preset: value, warnAbove: shared.warnAbove, errorAbove: shared.errorAbove });
    else save({ ...rest, preset: value });
  };
  // A switch set back to what the writer's settings say is dropped, so the note follows them again.
  const setRule = (rule: string, enabled: boolean) => {
    const rules = { ...override?.rules };
    if (enabled === (checks.rules[rule] ?? enabledByDefault(rule))) delete rules[rule];
    else rules[rule] = enabled;
    const { rules: _rules, ...rest } = override ?? {};
    save(Object.keys(rules).length > 0 ? { ...rest, rules } : rest);
  };
  const setSpelling = (enabled: boolean) => {
    const { spelling: _spelling, ...rest } = override ?? {};
    save(enabled === checks.spelling ? rest : { ...rest, spelling: enabled });
  };

  return (
    <fieldset className="settings-checks" data-testid="note-check-settings">
      <legend>{t('settings.noteTitle')}</legend>
      <p className="view-hint">{override ? t('settings.noteHintOwn') : t('settings.noteHintFollows')}</p>
      <label htmlFor={ids.preset}>{t('settings.notePreset')}</label>
      <select id={ids.preset} value={override?.preset ?? ''} onChange={(event) => choosePreset(event.target.value as Preset | '')}>
        <option value="">{t('settings.noteFollows')}</option>
        <option value="b1">{t('settings.presetB1')}</option>
        <option value="direct-duidelijk">{t('settings.presetDirect')}</option>
        <option value="custom">{t('settings.presetCustom')}</option>
      </select>
      {lengths && (
        <>
          <label htmlFor={ids.warn}>{t('settings.warnAbove')}</label>
          <input id={ids.warn} className="text-input" type="number" min={5} max={100} value={lengths.warnAbove} onChange={(event) => save({ ...override, warnAbove: clamp(event.target.valueAsNumber, 5, 100) })} />
          <label htmlFor={ids.error}>{t('settings.errorAbove')}</label>
          <input id={ids.error} className="text-input" type="number" min={5} max={150} value={lengths.errorAbove} onChange={(event) => save({ ...override, errorAbove: clamp(event.target.valueAsNumber, 5, 150) })} />
        </>
      )}
      <span className="settings-label">{t('settings.noteRules')}</span>
      {CHECK_RULES.map((rule) => (
        <label key={rule} className="checkbox">
          <input type="checkbox" checked={override?.rules?.[rule] ?? checks.rules[rule] ?? enabledByDefault(rule)} onChange={(event) => setRule(rule, event.target.checked)} />
          {t(`checks.rule.${rule}`)}
        </label>
      ))}
      <label className="checkbox">
        <input type="checkbox" checked={override?.spelling ?? checks.spelling} onChange={(event) => setSpelling(event.target.checked)} />
        {t('settings.noteSpelling')}
      </label>
      {override && (
        <button type="button" onClick={() => save(null)}>
          {t('settings.noteReset')}
        </button>
      )}
    </fieldset>
  );
}

const clamp = (value: number, min: number, max: number) => (Number.isFinite(value) ? Math.max(min, Math.min(max, Math.round(value))) : min);
