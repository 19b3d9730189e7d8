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
  'checks.undismiss': {
    request: z.object({ path: FilePath, id: z.number().int() }),
    response: z.object({ removed: z.boolean() }),
  },
} as const;
