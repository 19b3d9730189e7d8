import { z } from 'zod';
import { Anchor, NotUnderstoodMark } from '../../../shared/contract';
import type { SqliteDatabase } from '../sqlite';

const MarkRow = z.object({
  id: z.string(),
  anchor: z.string(),
  meaning: z.string().nullable(),
  author: z.string(),
  created_at: z.string(),
  edited_at: z.string().nullable(),
  origin: z.string(),
});

/** The note's "niet begrepen" marks that were not taken back (migration 006), for the panel summary. */
export function readMarks(db: SqliteDatabase): NotUnderstoodMark[] {
  // Until migration 006 is in the list a note has no such table, and so no marks.
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'not_understood'").get()) return [];
  return db
    .prepare('SELECT id, anchor, meaning, author, created_at, edited_at, origin FROM not_understood WHERE deleted_at IS NULL ORDER BY created_at, id')
    .all()
    .map((row) => {
      const r = MarkRow.parse(row);
      return NotUnderstoodMark.parse({ id: r.id, anchor: Anchor.parse(JSON.parse(r.anchor)), meaning: r.meaning, author: r.author, createdAt: r.created_at, editedAt: r.edited_at, origin: r.origin });
    });
}
