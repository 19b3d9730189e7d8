import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HelderError } from '../../../shared/contract';
import { createFileAtomic } from '../atomic-file';
import { migrate } from '../migrations';
import { HELDER_APPLICATION_ID, NOTE_EXTENSION } from '../note-store/format';
import { privateTempDir } from '../note-store/temp-files';
import { openSqlite, type SqliteDatabase, type SqliteOptions } from '../sqlite';
import { latestRevision } from './note-data';
import { readComments, readIdentity, readThreadRecords, writers } from './repository';

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

interface MetaForCopy {
  title: string;
  status: string;
  author: string;
  created_at: string;
}

/**
 * What the panel may see, read in one transaction so autosaves cannot tear it: the text, and the
 * open threads the writer chose to share with their comments. Nothing else of the note (its
 * revisions, internal or resolved threads, dismissals and their reasons, earlier rounds) travels.
 */
function panelContent(db: SqliteDatabase, share: ReadonlySet<string>) {
  return db.transaction(() => {
    const meta = db.prepare('SELECT title, status, author, created_at FROM meta WHERE id = 1').get() as MetaForCopy;
    const document = (db.prepare('SELECT json FROM document WHERE id = 1').get() as { json: string }).json;
    const threads = readThreadRecords(db).filter((thread) => share.has(thread.id) && !thread.resolved);
    const shared = new Set(threads.map((thread) => thread.id));
    const comments = readComments(db).filter((comment) => shared.has(comment.threadId));
    return { meta, document, threads, comments, baseRevision: latestRevision(db) };
  })();
}

/**
 * Writes a review copy. It is built as a new, empty note that receives only the panel's content
 * (not a copy of the note with parts deleted, whose free pages could still hold earlier drafts),
 * marked as review copy with a fresh note id and a new round id. It is finished in Helder's private
 * scratch folder and placed next to the note in one step, so a half-made copy never appears.
 */
export function writeReviewCopy(db: SqliteDatabase, target: string, at: Date, sqlite: SqliteOptions, share: readonly string[] = []): ExportedCopy {
  const identity = readIdentity(db);
  if (identity.review_round_id !== null) throw new HelderError('review.isReviewCopy', { file: path.basename(target) });
  if (fs.existsSync(target)) throw new HelderError('note.exists', { file: path.basename(target) });
  const roundId = randomUUID();
  const content = panelContent(db, new Set(share));
  const dir = privateTempDir('review');
  try {
    const temp = path.join(dir, 'copy.helder');
    const copy = openSqlite(temp, sqlite);
    try {
      copy.transaction(() => {
        copy.pragma(`application_id = ${HELDER_APPLICATION_ID}`);
        migrate(copy);
        copy
          .prepare(
            `INSERT INTO meta (id, title, status, author, created_at, updated_at, note_id, review_round_id, review_base_revision, review_source_note_id)
             VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(content.meta.title, content.meta.status, content.meta.author, content.meta.created_at, at.toISOString(), randomUUID(), roundId, content.baseRevision, identity.note_id);
        copy.prepare('INSERT INTO document (id, json) VALUES (1, ?)').run(content.document);
        const write = writers(copy);
        for (const thread of content.threads) write.insertThread(thread);
        for (const comment of content.comments) write.insertComment(comment);
      })();
    } finally {
      copy.close();
    }
    createFileAtomic(target, fs.readFileSync(temp));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new HelderError('note.exists', { file: path.basename(target) }, error);
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { file: target, roundId, baseRevision: content.baseRevision };
}
