import { z } from 'zod';

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

export const NoteSnapshot = z.object({
  path: FilePath,
  meta: NoteMeta,
  document: DocumentJson,
  revisionId: z.number().int().nullable(),
  /** Set when the file is a review copy: it opens read-only in panel mode. */
  reviewCopy: z.boolean().default(false),
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
  'notes.close': {
    request: z.object({ path: FilePath }),
    response: z.object({ closed: z.boolean() }),
  },
} as const;
