import { z } from 'zod';
import { FilePath } from './notes';

export const DismissalScope = z.enum(['here', 'note']);
export type DismissalScope = z.infer<typeof DismissalScope>;

/**
 * A finding the writer chose to ignore. It is found again by rule + quoted text + a little
 * context, so it survives edits elsewhere and comes back when its own text changes.
 */
export const Dismissal = z.object({
  ruleId: z.string().min(1).max(60),
  quote: z.string().min(1).max(5000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
  scope: DismissalScope,
  reason: z.string().max(1000).optional(),
});
export type Dismissal = z.infer<typeof Dismissal>;

export const StoredDismissal = Dismissal.extend({
  id: z.number().int(),
  createdAt: z.string(),
});
export type StoredDismissal = z.infer<typeof StoredDismissal>;

/**
 * A note's own check settings, stored in the note file so they travel with it. Every field is
 * optional: what is left out follows the writer's own settings.
 */
export const NoteCheckOverride = z.object({
  preset: z.enum(['b1', 'direct-duidelijk', 'custom']).optional(),
  warnAbove: z.number().int().min(5).max(100).optional(),
  errorAbove: z.number().int().min(5).max(150).optional(),
  /** Rule id -> on/off for this note only. */
  rules: z.record(z.string().max(40), z.boolean()).optional(),
  spelling: z.boolean().optional(),
});
export type NoteCheckOverride = z.infer<typeof NoteCheckOverride>;

export const checksChannels = {
  /** All dismissals of a note, oldest first (also for the advisor's list with reasons). */
  'checks.listDismissals': {
    request: z.object({ path: FilePath }),
    response: z.array(StoredDismissal),
  },
  /** Adds a dismissal; dismissing the same finding again only updates the reason. */
  'checks.dismiss': {
    request: z.object({ path: FilePath, dismissal: Dismissal }),
    response: StoredDismissal,
  },
  /** Reads and validates an organisation word list, so the editor's checker can use it. */
  'checks.loadDictionary': {
    request: z.object({ path: FilePath }),
    response: z.object({ dictionary: z.unknown() }),
  },
  /** The note's own check settings; null when it follows the writer's settings. */
  'checks.getNoteSettings': {
    request: z.object({ path: FilePath }),
    response: NoteCheckOverride.nullable(),
  },
  /** Stores the note's own check settings; null (or an empty object) removes them. */
  'checks.setNoteSettings': {
    request: z.object({ path: FilePath, override: NoteCheckOverride.nullable() }),
    response: NoteCheckOverride.nullable(),
  },
  'checks.undismiss': {
    request: z.object({ path: FilePath, id: z.number().int() }),
    response: z.object({ removed: z.boolean() }),
  },
} as const;
