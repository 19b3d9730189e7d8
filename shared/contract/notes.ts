import { z } from 'zod';
import { ErrorCode } from './errors';

export const NoteStatus = z.enum(['concept', 'review', 'definitief']);
export type NoteStatus = z.infer<typeof NoteStatus>;

/** An absolute file path as the OS gives it. Length-limited so a hostile payload stays small. */
export const FilePath = z.string().min(1).max(4096);

export const NoteMeta = z.object({
  title: z.string().max(500),
  status: NoteStatus,
  author: z.string().max(200),
  createdAt: z.string(),
  updatedAt: z.string(),
  schemaVersion: z.number().int(),
});
export type NoteMeta = z.infer<typeof NoteMeta>;

/** Lexical editor state, serialised as JSON text. Capped at 50 MB. */
export const DocumentJson = z.string().max(50 * 1024 * 1024);

/** Why a note opened read-only: an error code and its parameters, shown as a Dutch message. */
export const ReadOnlyReason = z.object({ code: ErrorCode, params: z.record(z.string(), z.string()).default({}) });
export type ReadOnlyReason = z.infer<typeof ReadOnlyReason>;

export const NoteSnapshot = z.object({
  path: FilePath,
  meta: NoteMeta,
  document: DocumentJson,
  revisionId: z.number().int().nullable(),
  /** Set when the file is a review copy: it opens read-only in panel mode. */
  reviewCopy: z.boolean().default(false),
  /**
   * Set when Helder will not write to the file (a document from a newer Helder or one it cannot
   * read in full, a stray log file beside it, a folder without write access). The editor shows
   * the text read-only and offers to save a copy as a new note.
   */
  readOnly: ReadOnlyReason.nullable().default(null),
});
export type NoteSnapshot = z.infer<typeof NoteSnapshot>;

export const RevisionKind = z.enum(['auto', 'named']);
export const RevisionInfo = z.object({
  id: z.number().int(),
  kind: RevisionKind,
  name: z.string().nullable(),
  createdAt: z.string(),
  words: z.number().int(),
});
export type RevisionInfo = z.infer<typeof RevisionInfo>;

export const notesChannels = {
  'notes.create': {
    request: z.object({ folder: FilePath, title: z.string().min(1).max(200) }),
    response: NoteSnapshot,
  },
  'notes.open': {
    request: z.object({ path: FilePath }),
    response: NoteSnapshot,
  },
  'notes.save': {
    request: z.object({
      path: FilePath,
      document: DocumentJson,
      title: z.string().max(500).optional(),
      kind: RevisionKind,
      name: z.string().max(200).optional(),
    }),
    response: z.object({ revisionId: z.number().int().nullable(), savedAt: z.string() }),
  },
  'notes.setMeta': {
    request: z.object({ path: FilePath, title: z.string().max(500).optional(), status: NoteStatus.optional(), author: z.string().max(200).optional() }),
    response: NoteMeta,
  },
  'notes.revisions': {
    request: z.object({ path: FilePath }),
    response: z.array(RevisionInfo),
  },
  /** "Kopie maken als nieuwe notitie": the text as shown, in a new note beside the original. */
  'notes.saveCopy': {
    request: z.object({ path: FilePath }),
    response: NoteSnapshot,
  },
  'notes.close': {
    request: z.object({ path: FilePath }),
    response: z.object({ closed: z.boolean() }),
  },
} as const;
