import { z } from 'zod';
import { Anchor } from '../../../shared/contract';
import type { MarkRecord } from '../../../shared/panel/merge-marks';
import type { ListedMark } from '../../../shared/panel/word-list';
import type { SqliteDatabase } from '../sqlite';

/** The first schema version with the not_understood table. */
export const NOT_UNDERSTOOD_SCHEMA = 6;

/** Rows are parsed before use, so a damaged or hand-made copy fails clearly. */
const MarkRow = z.object({
  id: z.uuid(),
  anchor: z.string().max(100_000),
  meaning: z.string().max(2000).nullable(),
  author: z.string().max(200),
  created_at: z.string().max(100),
  edited_at: z.string().max(100).nullable(),
  deleted_at: z.string().max(100).nullable(),
  origin: z.string().max(100),
});

export function markFromRow(row: unknown): MarkRecord {
  const r = MarkRow.parse(row);
  return {
    id: r.id,
    anchor: Anchor.parse(JSON.parse(r.anchor)),
    meaning: r.meaning,
    author: r.author,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    deletedAt: r.deleted_at,
    origin: r.origin,
  };
}

export const hasMarkTable = (version: number) => version >= NOT_UNDERSTOOD_SCHEMA;

/** Every mark of a note, taken-back ones included (they are tombstones), oldest first. */
export function readMarkRecords(db: SqliteDatabase): MarkRecord[] {
  return db.prepare('SELECT * FROM not_understood ORDER BY created_at, id').all().map(markFromRow);
}

export const countMarks = (db: SqliteDatabase) => (db.prepare('SELECT count(*) AS n FROM not_understood').get() as { n: number }).n;

/** Prepared writers; callers own the transaction. */
export function markWriters(db: SqliteDatabase) {
  const insert = db.prepare(
    `INSERT INTO not_understood (id, anchor, meaning, author, created_at, edited_at, deleted_at, origin)
     VALUES (@id, @anchor, @meaning, @author, @createdAt, @editedAt, @deletedAt, @origin)`,
  );
  const update = db.prepare('UPDATE not_understood SET meaning = @meaning, author = @author, edited_at = @editedAt, deleted_at = @deletedAt WHERE id = @id');
  return {
    insert: (mark: MarkRecord) => insert.run({ ...mark, anchor: JSON.stringify(mark.anchor) }),
    update: (mark: MarkRecord) => update.run({ id: mark.id, meaning: mark.meaning, author: mark.author, editedAt: mark.editedAt, deletedAt: mark.deletedAt }),
  };
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/**
 * The live marks of a note as the werkmap list needs them, read by SQL without parsing every
 * anchor: thousands of marks are counted, a few are shown in context. Rows of the wrong shape are
 * left out (the note passed the schema check; only its values can be odd).
 */
export function readListedMarks(db: SqliteDatabase): ListedMark[] {
  const rows = db
    .prepare("SELECT json_extract(anchor, '$.selector.exact') AS words, origin, meaning, anchor FROM not_understood WHERE deleted_at IS NULL AND json_valid(anchor) ORDER BY created_at, id")
    .raw()
    .all() as unknown[][];
  const marks: ListedMark[] = [];
  for (const [words, origin, meaning, anchor] of rows) {
    if (!isText(words, 20_000) || !isText(origin, 100) || !(meaning === null || isText(meaning, 2000)) || typeof anchor !== 'string') continue;
    marks.push({
      words,
      origin,
      meaning,
      selector: () => {
        const parsed = Anchor.safeParse(JSON.parse(anchor));
        return parsed.success ? parsed.data.selector : null;
      },
    });
  }
  return marks;
}
