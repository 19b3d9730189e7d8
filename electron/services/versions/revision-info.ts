// Rows of `revision_info` (migration 004): who kept a revision, and its cached scores.
import { z } from 'zod';
import { VersionStats } from '../../../shared/contract';
import type { SqliteDatabase } from '../sqlite';

const InfoRow = z.object({ revision_id: z.number().int(), author: z.string(), stats: z.string().nullable() });

export interface RevisionInfoRow {
  author: string;
  stats: VersionStats | null;
}

function parseStats(json: string | null): VersionStats | null {
  if (json === null) return null;
  try {
    const parsed = VersionStats.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readRevisionInfo(db: SqliteDatabase): Map<number, RevisionInfoRow> {
  const rows = z.array(InfoRow).parse(db.prepare('SELECT revision_id, author, stats FROM revision_info').all());
  return new Map(rows.map((row) => [row.revision_id, { author: row.author, stats: parseStats(row.stats) }]));
}

/** Author of a new revision; its stats follow later. A revision pruned meanwhile is skipped. */
export function recordAuthor(db: SqliteDatabase, revisionId: number, author: string): void {
  db.prepare(
    `INSERT INTO revision_info (revision_id, author) SELECT id, ? FROM revisions WHERE id = ?
     ON CONFLICT (revision_id) DO UPDATE SET author = excluded.author`,
  ).run(author, revisionId);
}

/** Cached stats for many revisions in one transaction. */
export function storeStats(db: SqliteDatabase, entries: readonly { revisionId: number; author: string; stats: VersionStats }[]): void {
  const upsert = db.prepare(
    `INSERT INTO revision_info (revision_id, author, stats) SELECT id, ?, ? FROM revisions WHERE id = ?
     ON CONFLICT (revision_id) DO UPDATE SET stats = excluded.stats`,
  );
  db.transaction(() => {
    for (const entry of entries) upsert.run(entry.author, JSON.stringify(entry.stats), entry.revisionId);
  })();
}

const RevisionHead = z.object({ id: z.number().int(), kind: z.enum(['auto', 'named']), name: z.string().nullable(), created_at: z.string() });

/**
 * Revisions newest first, without `words`: that column sits after the document in each row, so
 * reading it walks the whole stored text (a 20,000-word note times 500 versions is ~100 MB).
 * The cached stats carry the word count instead.
 */
export function readRevisionHeads(db: SqliteDatabase): z.infer<typeof RevisionHead>[] {
  return z.array(RevisionHead).parse(db.prepare('SELECT id, kind, name, created_at FROM revisions ORDER BY id DESC').all());
}
