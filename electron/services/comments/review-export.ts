import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HelderError } from '../../../shared/contract';
import { NOTE_EXTENSION } from '../note-store';
import { openSqlite, type SqliteDatabase, type SqliteOptions } from '../sqlite';
import { latestRevision } from './note-data';
import { readIdentity } from './repository';

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

/** `<name> (reviewkopie 2026-03-14).helder` next to the note, or `... 2.helder` when taken. */
export function reviewCopyPath(note: string, at: Date): string {
  const dir = path.dirname(note);
  const stem = `${path.basename(note, path.extname(note))} (reviewkopie ${localDate(at)})`;
  const taken = new Set(fs.readdirSync(dir).map((name) => name.toLowerCase()));
  for (let counter = 1; ; counter += 1) {
    const name = `${stem}${counter === 1 ? '' : ` ${counter}`}${NOTE_EXTENSION}`;
    if (!taken.has(name.toLowerCase())) return path.join(dir, name);
  }
}

export interface ExportedCopy {
  file: string;
  roundId: string;
  baseRevision: number | null;
}

/**
 * Writes a review copy: a consistent snapshot of the note (VACUUM INTO reads in one transaction,
 * so autosaves cannot tear it), marked as review copy with a fresh note id and a new round id.
 * The revision history is removed and the file vacuumed, so earlier drafts do not travel to the
 * panel inside the copy's free pages. The copy is finished in a private temp folder and only then
 * placed, so a half-made copy never appears next to the note.
 */
export function writeReviewCopy(db: SqliteDatabase, target: string, at: Date, sqlite: SqliteOptions): ExportedCopy {
  const identity = readIdentity(db);
  if (identity.review_round_id !== null) throw new HelderError('review.isReviewCopy', { file: path.basename(target) });
  if (fs.existsSync(target)) throw new HelderError('note.exists', { file: path.basename(target) });
  const roundId = randomUUID();
  const baseRevision = latestRevision(db);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helder-review-'));
  try {
    const temp = path.join(dir, 'copy.helder');
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = openSqlite(temp, { ...sqlite, fileMustExist: true });
    try {
      copy.transaction(() => {
        copy
          .prepare('UPDATE meta SET note_id = ?, review_round_id = ?, review_base_revision = ?, review_source_note_id = ?, updated_at = ? WHERE id = 1')
          .run(randomUUID(), roundId, baseRevision, identity.note_id, at.toISOString());
        copy.exec('DELETE FROM revisions; DELETE FROM review_rounds;');
      })();
      copy.exec('VACUUM');
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.copyFileSync(temp, target, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new HelderError('note.exists', { file: path.basename(target) }, error);
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { file: target, roundId, baseRevision };
}
