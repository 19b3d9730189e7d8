import { z } from 'zod';
import { Anchor, QuoteSelector } from './comments';
import { FilePath } from './notes';

const Id = z.uuid();

/**
 * "Ik begrijp dit niet": a resident marks words in a review copy as not understood, optionally
 * with what they thought the words meant. It travels home in the copy like a comment and is
 * merged by the same rules (by id, owned by the copy it came in).
 */
export const NotUnderstoodMark = z.object({
  id: Id,
  /** The marked words are `anchor.selector.exact`; placed again in the note's text like a thread. */
  anchor: Anchor,
  /** What the resident thought it meant; null when they left it empty. */
  meaning: z.string().max(2000).nullable(),
  author: z.string().max(200),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** `local`, the copy's round id while in the copy, or `review:<copy note id>` once imported. */
  origin: z.string().max(100),
});
export type NotUnderstoodMark = z.infer<typeof NotUnderstoodMark>;

/** One word across the werkmap (or one note): what the writer and advisor see in the list. */
export const NotUnderstoodWord = z.object({
  /** The word as residents marked it most often (its first spelling on a tie). */
  word: z.string(),
  /** Lower case, single spaces: marks of "Wmo" and "WMO " count as one word. */
  key: z.string(),
  /** Distinct review copies (one resident each) that marked the word. */
  residents: z.number().int(),
  notes: z.number().int(),
  marks: z.number().int(),
  /** The checker's rule that already flags the word on its own, or null. */
  flaggedBy: z.string().nullable(),
  /** Up to a few places: the note, the sentence around the word, what a resident thought it meant. */
  contexts: z.array(z.object({ path: FilePath, title: z.string(), text: z.string(), meaning: z.string().nullable() })),
});
export type NotUnderstoodWord = z.infer<typeof NotUnderstoodWord>;

export const OrganisationWord = z.object({
  word: z.string().trim().min(1).max(100),
  alternative: z.string().trim().min(1).max(200),
  explanation: z.string().trim().min(1).max(2000),
  /** How often residents did not understand it; shown in the checker's explanation. */
  notUnderstood: z.number().int().min(0).max(1_000_000),
});
export type OrganisationWord = z.infer<typeof OrganisationWord>;

export const notUnderstoodChannels = {
  /** The note's marks (in a review copy: the resident's own), oldest first. */
  'notUnderstood.list': {
    request: z.object({ path: FilePath }),
    response: z.array(NotUnderstoodMark),
  },
  /** Marks words in a review copy; the copy carries the mark home. */
  'notUnderstood.add': {
    request: z.strictObject({ path: FilePath, anchor: QuoteSelector, meaning: z.string().max(2000).optional(), author: z.string().min(1).max(200) }),
    response: NotUnderstoodMark,
  },
  'notUnderstood.remove': {
    request: z.strictObject({ path: FilePath, id: Id }),
    response: z.object({ removed: z.boolean() }),
  },
  /** The list "Woorden die bewoners niet begrepen" for one note, or for every note in a werkmap. */
  'notUnderstood.words': {
    request: z.strictObject({ path: FilePath.optional(), folder: FilePath.optional() }),
    response: z.object({ words: z.array(NotUnderstoodWord), notes: z.number().int(), skipped: z.array(z.string()) }),
  },
  /**
   * Adds a word to the organisation word list (the file in the check settings, or a new
   * `woordenlijst-organisatie.json` in `folder`). A colleague's change made meanwhile is merged in.
   */
  'notUnderstood.addToOrganisationList': {
    request: z.strictObject({ entry: OrganisationWord, folder: FilePath.optional() }),
    response: z.object({ file: FilePath, entries: z.number().int() }),
  },
} as const;
