import { z } from 'zod';
import { NoteStatus, RevisionKind } from '../../../shared/contract';

/** Rows as SQLite returns them; parsed before use so a damaged or hand-edited note fails clearly. */
export const MetaRow = z.object({
  title: z.string(),
  status: NoteStatus,
  author: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type MetaRow = z.infer<typeof MetaRow>;

export const DocumentRow = z.object({ json: z.string() });

export const RevisionRow = z.object({
  id: z.number().int(),
  kind: RevisionKind,
  name: z.string().nullable(),
  created_at: z.string(),
  words: z.number().int(),
});

export const RevisionDocumentRow = z.object({ document: z.string() });

export const LatestRow = z.object({ id: z.number().int().nullable(), created_at: z.string().nullable() });

/** The editor state must at least be an object with a root, or the editor cannot load it. */
export const LexicalState = z.looseObject({
  root: z.looseObject({ type: z.literal('root'), children: z.array(z.unknown()) }),
});
