import fs from 'node:fs';
import path from 'node:path';
import { HelderError, type NoteMeta, type NoteSnapshot, type NoteStatus, type RevisionInfo } from '../../../shared/contract';
import { countDocumentWords, emptyDocument } from '../../../shared/document';
import { isReviewCopy } from '../comments/repository';
import { latestSchemaVersion, migrate, schemaVersionOf } from '../migrations';
import { openSqlite, type SqliteDatabase, type SqliteOptions } from '../sqlite';
import { candidateNames, takenNames } from './file-names';
import { HELDER_APPLICATION_ID } from './format';
import { inspectNoteFile } from './note-image';
import { DocumentRow, LatestRow, LexicalState, MetaRow, RevisionDocumentRow, RevisionRow } from './rows';

export interface NoteStoreOptions extends SqliteOptions {
  /** Injected so tests can move time instead of waiting. */
  now?: () => Date;
  /** At most one automatic revision per this interval while the writer keeps typing. */
  autoRevisionIntervalMs?: number;
  /** Older automatic revisions beyond this many are pruned; named ones are always kept. */
  maxAutoRevisions?: number;
  busyTimeoutMs?: number;
}

export interface SaveOptions {
  kind: 'auto' | 'named';
  name?: string | undefined;
  title?: string | undefined;
}

export interface SaveResult {
  revisionId: number | null;
  savedAt: string;
}

export interface MetaPatch {
  title?: string | undefined;
  status?: NoteStatus | undefined;
  author?: string | undefined;
}

const fileParams = (file: string) => ({ file: path.basename(file) });

/**
 * Every connection gets the same settings. WAL lets the renderer's reads never block on a save,
 * and a killed process leaves either the old or the new transaction, never a mix.
 * `synchronous = FULL` syncs the log on every commit: autosave commits about once a second at
 * most, so the extra fsync is cheap, and "Opgeslagen" in the status bar then also survives a
 * power cut, not only a crash of the app (which NORMAL already covers).
 */
function configure(db: SqliteDatabase, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * Notes on disk, one SQLite file each, with their open connections kept in a small registry so
 * autosave does not reopen (and re-check) the file every second.
 */
export class NoteStore {
  private readonly open = new Map<string, SqliteDatabase>();
  private readonly now: () => Date;
  private readonly autoRevisionIntervalMs: number;
  private readonly maxAutoRevisions: number;
  private readonly busyTimeoutMs: number;
  private readonly sqlite: SqliteOptions;

  constructor(options: NoteStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.autoRevisionIntervalMs = options.autoRevisionIntervalMs ?? 5 * 60_000;
    this.maxAutoRevisions = options.maxAutoRevisions ?? 200;
    this.busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    this.sqlite = { nativeBinding: options.nativeBinding };
  }

  /** Creates `<folder>/<safe title>.helder` (or `... 2.helder` when taken) and opens it. */
  createNote(folder: string, title: string, options: { author?: string; document?: string } = {}): NoteSnapshot {
    const dir = path.resolve(folder);
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new HelderError('werkmap.notFound', { folder: path.basename(dir) });
    const documentJson = options.document ?? emptyDocument();
    parseDocument(documentJson);
    const file = claimFreeName(dir, title);
    try {
      const db = openSqlite(file, this.sqlite);
      try {
        const stamp = this.now().toISOString();
        // Built in rollback-journal mode and only then switched to WAL, so the application id and
        // schema are in the main file itself, not waiting in a log a crash could leave behind.
        db.transaction(() => {
          db.pragma(`application_id = ${HELDER_APPLICATION_ID}`);
          migrate(db);
          db.prepare('INSERT INTO meta (id, title, status, author, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)').run(
            title, 'concept', options.author ?? '', stamp, stamp,
          );
          db.prepare('INSERT INTO document (id, json) VALUES (1, ?)').run(documentJson);
        })();
        configure(db, this.busyTimeoutMs);
      } catch (error) {
        db.close();
        throw error;
      }
      db.close();
    } catch (error) {
      fs.rmSync(file, { force: true });
      throw error;
    }
    return this.openNote(file);
  }

  /** Opens a note after the read-only checks; returns what the editor needs to show it. */
  openNote(file: string): NoteSnapshot {
    const key = path.resolve(file);
    if (!this.open.has(key)) this.open.set(key, this.connect(key));
    return this.snapshot(key);
  }

  save(file: string, documentJson: string, options: SaveOptions): SaveResult {
    parseDocument(documentJson);
    const db = this.handle(file);
    // A review copy is read by the panel as exported; only its comments change.
    if (isReviewCopy(db)) throw new HelderError('note.readOnly', fileParams(file));
    const savedAt = this.now();
    const stamp = savedAt.toISOString();
    const revisionId = db.transaction((): number | null => {
      db.prepare('UPDATE document SET json = ? WHERE id = 1').run(documentJson);
      if (options.title !== undefined) db.prepare('UPDATE meta SET title = ?, updated_at = ? WHERE id = 1').run(options.title, stamp);
      else db.prepare('UPDATE meta SET updated_at = ? WHERE id = 1').run(stamp);
      if (options.kind === 'auto' && !this.autoRevisionDue(db, savedAt)) return null;
      const inserted = db
        .prepare('INSERT INTO revisions (kind, name, created_at, document, words) VALUES (?, ?, ?, ?, ?)')
        .run(options.kind, options.kind === 'named' ? (options.name ?? null) : null, stamp, documentJson, countDocumentWords(documentJson));
      if (options.kind === 'auto') {
        db.prepare(
          `DELETE FROM revisions WHERE kind = 'auto' AND id NOT IN
             (SELECT id FROM revisions WHERE kind = 'auto' ORDER BY id DESC LIMIT ?)`,
        ).run(this.maxAutoRevisions);
      }
      return Number(inserted.lastInsertRowid);
    })();
    return { revisionId, savedAt: stamp };
  }

  /** Newest first. */
  revisions(file: string): RevisionInfo[] {
    const rows = this.handle(file).prepare('SELECT id, kind, name, created_at, words FROM revisions ORDER BY id DESC').all();
    return rows.map((row) => {
      const parsed = RevisionRow.parse(row);
      return { id: parsed.id, kind: parsed.kind, name: parsed.name, createdAt: parsed.created_at, words: parsed.words };
    });
  }

  revisionDocument(file: string, id: number): string {
    const row = this.handle(file).prepare('SELECT document FROM revisions WHERE id = ?').get(id);
    if (row === undefined) throw new HelderError('note.notFound', { ...fileParams(file), revision: String(id) });
    return RevisionDocumentRow.parse(row).document;
  }

  setMeta(file: string, patch: MetaPatch): NoteMeta {
    const db = this.handle(file);
    const stamp = this.now().toISOString();
    db.transaction(() => {
      if (patch.title !== undefined) db.prepare('UPDATE meta SET title = ? WHERE id = 1').run(patch.title);
      if (patch.status !== undefined) db.prepare('UPDATE meta SET status = ? WHERE id = 1').run(patch.status);
      if (patch.author !== undefined) db.prepare('UPDATE meta SET author = ? WHERE id = 1').run(patch.author);
      db.prepare('UPDATE meta SET updated_at = ? WHERE id = 1').run(stamp);
    })();
    return readMeta(db);
  }

  /** The title of a note this process has open, fresher than what is on disk. */
  openTitle(file: string): { title: string; updatedAt: string } | undefined {
    const db = this.open.get(path.resolve(file));
    if (!db) return undefined;
    const meta = readMeta(db);
    return { title: meta.title, updatedAt: meta.updatedAt };
  }

  isOpen(file: string): boolean {
    return this.open.has(path.resolve(file));
  }

  /** Closing the last connection checkpoints the log into the file and removes -wal and -shm. */
  close(file: string): boolean {
    const key = path.resolve(file);
    const db = this.open.get(key);
    if (!db) return false;
    this.open.delete(key);
    db.close();
    return true;
  }

  closeAll(): void {
    for (const key of [...this.open.keys()]) this.close(key);
  }

  /** The open connection for a note (opened and checked on first use), for the comment service. */
  database(file: string): SqliteDatabase {
    return this.handle(file);
  }

  private handle(file: string): SqliteDatabase {
    const key = path.resolve(file);
    let db = this.open.get(key);
    if (!db) {
      db = this.connect(key);
      this.open.set(key, db);
    }
    return db;
  }

  private connect(file: string): SqliteDatabase {
    inspectNoteFile(file, this.sqlite);
    try {
      fs.accessSync(file, fs.constants.W_OK);
    } catch (error) {
      throw new HelderError('note.readOnly', fileParams(file), error);
    }
    const db = openSqlite(file, { ...this.sqlite, fileMustExist: true });
    try {
      configure(db, this.busyTimeoutMs);
      // Checked again on the live connection: another process may have upgraded the file since.
      if (schemaVersionOf(db) > latestSchemaVersion) throw new HelderError('note.newerSchema', fileParams(file));
      migrate(db);
      readMeta(db);
      return db;
    } catch (error) {
      db.close();
      if (error instanceof HelderError) throw error;
      throw new HelderError('note.corrupt', fileParams(file), error);
    }
  }

  private snapshot(file: string): NoteSnapshot {
    const db = this.handle(file);
    const document = DocumentRow.parse(db.prepare('SELECT json FROM document WHERE id = 1').get()).json;
    const latest = LatestRow.parse(db.prepare('SELECT MAX(id) AS id, NULL AS created_at FROM revisions').get());
    return { path: file, meta: readMeta(db), document, revisionId: latest.id, reviewCopy: isReviewCopy(db) };
  }

  private autoRevisionDue(db: SqliteDatabase, at: Date): boolean {
    const latest = LatestRow.parse(
      db.prepare("SELECT id, created_at FROM revisions WHERE kind = 'auto' ORDER BY id DESC LIMIT 1").get() ?? { id: null, created_at: null },
    );
    if (latest.created_at === null) return true;
    const elapsed = at.getTime() - Date.parse(latest.created_at);
    // A clock that jumped backwards must not stop snapshots until it catches up again.
    return Number.isNaN(elapsed) || elapsed < 0 || elapsed >= this.autoRevisionIntervalMs;
  }
}

function readMeta(db: SqliteDatabase): NoteMeta {
  const row = MetaRow.parse(db.prepare('SELECT title, status, author, created_at, updated_at FROM meta WHERE id = 1').get());
  return {
    title: row.title,
    status: row.status,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    schemaVersion: schemaVersionOf(db),
  };
}

function parseDocument(json: string): void {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  if (!LexicalState.safeParse(value).success) throw new HelderError('ipc.invalidRequest', { reason: 'document' });
}

/** Claims a free name by creating the empty file exclusively, so two creations never share a file. */
function claimFreeName(folder: string, title: string): string {
  const taken = takenNames(folder);
  for (const name of candidateNames(title)) {
    if (taken.has(name.toLowerCase())) continue;
    const file = path.join(folder, name);
    try {
      fs.closeSync(fs.openSync(file, 'wx'));
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('unreachable');
}
