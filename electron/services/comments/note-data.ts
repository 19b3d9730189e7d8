import { z } from 'zod';
import { toBlocks, type Block } from '../../../shared/document';
import type { SqliteDatabase } from '../sqlite';

const DocumentRow = z.object({ json: z.string() });
const TitleRow = z.object({ title: z.string() });
const LatestRevisionRow = z.object({ id: z.number().int().nullable() });

/** The note's current text as blocks: anchors are placed against this. */
export function currentBlocks(db: SqliteDatabase): Block[] {
  return toBlocks(DocumentRow.parse(db.prepare('SELECT json FROM document WHERE id = 1').get()).json);
}

export function noteTitle(db: SqliteDatabase): string {
  return TitleRow.parse(db.prepare('SELECT title FROM meta WHERE id = 1').get()).title;
}

export function latestRevision(db: SqliteDatabase): number | null {
  return LatestRevisionRow.parse(db.prepare('SELECT MAX(id) AS id FROM revisions').get()).id;
}
