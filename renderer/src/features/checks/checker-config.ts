// From the settings a writer sees (presets, rule switches) to what the checker engine takes, for
// the writer's own settings and for a note's settings laid over them.
import { sentencePresets, type CheckSettings, type NoteCheckOverride } from '../../../../shared/contract';
import type { CheckerSettings, NoteOverride } from './protocol';

type RuleConfig = Record<string, Record<string, unknown>>;

/** The engine config of the writer's settings (dictionaries and word lists go separately). */
export function checkerConfigOf(settings: Pick<CheckSettings, 'preset' | 'warnAbove' | 'errorAbove' | 'rules' | 'spelling'>): RuleConfig {
  const lengths = settings.preset === 'custom' ? settings : sentencePresets[settings.preset];
  const config: RuleConfig = {
    'long-sentence': { warnAbove: lengths.warnAbove, errorAbove: lengths.errorAbove },
    spelling: { enabled: settings.spelling },
  };
  for (const [rule, enabled] of Object.entries(settings.rules)) {
    config[rule] = { ...config[rule], enabled: enabled && (rule !== 'spelling' || settings.spelling) };
  }
  return config;
}

/** Only what the note sets itself; everything else keeps following the writer's settings. */
export function noteOverrideOf(override: NoteCheckOverride): NoteOverride {
  const config: RuleConfig = {};
  if (override.preset) {
    const lengths =
      override.preset === 'custom'
        ? { warnAbove: override.warnAbove ?? sentencePresets.b1.warnAbove, errorAbove: override.errorAbove ?? sentencePresets.b1.errorAbove }
        : sentencePresets[override.preset];
    config['long-sentence'] = { warnAbove: lengths.warnAbove, errorAbove: lengths.errorAbove };
  }
  for (const [rule, enabled] of Object.entries(override.rules ?? {})) config[rule] = { ...config[rule], enabled };
  if (override.spelling === undefined) return { config };
  config.spelling = { ...config.spelling, enabled: override.spelling };
  return { config, spelling: override.spelling };
}

/** The shared settings with a note's settings laid over them, rule by rule. */
export function overlaySettings(shared: CheckerSettings, override: NoteOverride): CheckerSettings {
  const config: Record<string, unknown> = { ...shared.config };
  for (const [rule, part] of Object.entries(override.config)) {
    const base = config[rule];
    config[rule] = { ...(base && typeof base === 'object' ? base : {}), ...part };
  }
  return { ...shared, config, spelling: override.spelling ?? shared.spelling };
}
