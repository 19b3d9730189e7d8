import { z } from 'zod';
import { FilePath } from './notes';

export const Theme = z.enum(['light', 'dark', 'high-contrast']);
export const Language = z.enum(['nl', 'en']);

/** Sentence-length presets: B1 guidance, or the stricter "Direct Duidelijk" guide. */
export const sentencePresets = {
  b1: { warnAbove: 20, errorAbove: 30 },
  'direct-duidelijk': { warnAbove: 15, errorAbove: 25 },
} as const;

export const CheckSettings = z.object({
  preset: z.enum(['b1', 'direct-duidelijk', 'custom']).default('b1'),
  warnAbove: z.number().int().min(5).max(100).default(20),
  errorAbove: z.number().int().min(5).max(150).default(30),
  /** Rule id -> on/off; rules not listed keep the checker's default. */
  rules: z.record(z.string().max(40), z.boolean()).default({}),
  /** Off by default until spelling reaches 90 % precision on the accuracy corpus (issue 11). */
  spelling: z.boolean().default(false),
  /** An organisation word list (JSON) layered over the built-in dictionary. */
  organisationDictionary: FilePath.nullable().default(null),
  /** Words the writer added ("Voeg toe aan woordenlijst"): never flagged as hard or misspelt. */
  personalWords: z.array(z.string().min(1).max(100)).max(10_000).default([]),
});
export type CheckSettings = z.infer<typeof CheckSettings>;

export const Settings = z.object({
  theme: Theme.default('light'),
  language: Language.default('nl'),
  authorName: z.string().max(200).default(''),
  sideBarWidth: z.number().int().min(160).max(800).default(260),
  panelHeight: z.number().int().min(80).max(800).default(200),
  autosaveDelayMs: z.number().int().min(300).max(10_000).default(1000),
  checks: CheckSettings.prefault({}),
  /** The welcome banner of the first start was closed ("Begrepen"); the command brings it back. */
  welcomeDismissed: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;
/**
 * A change to some settings. Written out instead of `Settings.partial()`: that keeps the fields'
 * defaults, so a patch of one field came out as every other field at its default, and saving the
 * name (or anything else) reset the theme, the language and the check settings. A test keeps its
 * fields equal to Settings' (tests/unit/services/handlers.test.ts).
 */
export const SettingsPatch = z.object({
  theme: Theme.optional(),
  language: Language.optional(),
  authorName: z.string().max(200).optional(),
  sideBarWidth: z.number().int().min(160).max(800).optional(),
  panelHeight: z.number().int().min(80).max(800).optional(),
  autosaveDelayMs: z.number().int().min(300).max(10_000).optional(),
  checks: CheckSettings.optional(),
  welcomeDismissed: z.boolean().optional(),
});

/** What was open when the app last ran, so a restart brings the writer back to the same place. */
export const Session = z.object({
  werkmap: FilePath.nullable().default(null),
  openNotes: z.array(FilePath).default([]),
  activeNote: FilePath.nullable().default(null),
});
export type Session = z.infer<typeof Session>;

export const settingsChannels = {
  'settings.get': { request: z.object({}), response: Settings },
  'settings.set': { request: SettingsPatch, response: Settings },
  'session.get': { request: z.object({}), response: Session },
  'session.set': { request: Session, response: Session },
  /** First start: makes the sample werkmap with the sample nota, once. */
  'app.firstRun': { request: z.object({}), response: z.object({ werkmap: FilePath, note: FilePath.nullable() }) },
  /** The OS file picker for returned review copies; null where there is no picker (test host). */
  'app.chooseNoteFiles': { request: z.object({}), response: z.array(FilePath).max(500).nullable() },
  'app.openExternal': { request: z.object({ url: z.string().url().max(2048) }), response: z.object({ opened: z.boolean() }) },
} as const;
