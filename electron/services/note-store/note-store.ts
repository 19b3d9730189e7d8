import fs from 'node:fs';
import path from 'node:path';
import { HelderError, type ErrorCode, type NoteMeta, type NoteSnapshot, type NoteStatus, type ReadOnlyReason, type RevisionInfo } from '../../../shared/contract';
import { checkDocumentReadable, checkParsedDocument, countDocumentWords, emptyDocument } from '../../../shared/document';
import { isReviewCopy } from '../comments/repository';
import { latestSchemaVersion, migrate, schemaVersionOf } from '../migrations';
import { openSqlite, type SqliteDatabase, type SqliteOptions } from '../sqlite';
import { asHelderError } from './file-access';
import { candidateNames, takenNames } from './file-names';
import { HELDER_APPLICATION_ID } from './format';
import { admitNoteFile, openImage, type AdmittedNote } from './note-image';
import { DocumentRow, LatestRow, LexicalState, MetaRow, RevisionDocumentRow, RevisionRow } from './rows';
import { assertHelderSchema } from './schema-shape';

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
 * Every connection gets the same settings, and only after the file has passed every check.
 * A rollback journal (DELETE) rather than WAL: a saved change is in the `.helder` file itself the
 * moment the save returns, so a note copied, mailed or synced while Helder has it open holds
 * everything that was saved, and a note at rest never has a companion file that matters.
 * A killed process still leaves either the old or the new transaction (the hot journal is rolled
 * back on the next open, after it has been checked to belong to the file).
 * `synchronous = FULL` syncs on every commit: autosave commits about once a second at most, so
 * "Opgeslagen" in the status bar also survives a power cut.
 * `trusted_schema = OFF`: defence in depth; the schema check already refuses any trigger or view.
 */
function configure(db: SqliteDatabase, busyTimeoutMs: number): void {
  db.pragma('trusted_schema = OFF');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** A note opened for reading only: the reason (shown to the writer) and the text it shows. */
interface ReadOnlyView {
  reason: ReadOnlyReason;
  /** The document as shown; for an unreadable document a plain rendering of its text. */
  document: string;
}

interface OpenNote {
  db: SqliteDatabase;
  readOnly: ReadOnlyView | null;
}

function folderWritable(file: string): boolean {
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const reason = (code: ErrorCode, params: Record<string, string>): ReadOnlyReason => ({ code, params });

/**
 * Notes on disk, one SQLite file each, with their open connections kept in a small registry so
 * autosave does not reopen (and re-check) the file every second.
 */
export class NoteStore {
  private readonly open = new Map<string, OpenNote>();
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
      fs.rmSync(`${file}-journal`, { force: true });
      throw asHelderError(error, file);
    }
    return this.openNote(file);
  }

  /** Opens a note after the checks on a private image of it; returns what the editor needs to show it. */
  openNote(file: string): NoteSnapshot {
    const key = path.resolve(file);
    const known = this.open.has(key);
    this.entry(key);
    try {
      return this.snapshot(key);
    } catch (error) {
      // A note that cannot be shown is not kept open either.
      if (!known) this.close(key);
      throw asHelderError(error, key);
    }
  }

  /**
   * "Kopie maken als nieuwe notitie" for a note that opened read-only: the text as shown goes into
   * a new note beside it (or in `folder`), so the writer can go on without touching the original.
   */
  saveCopy(file: string, options: { author?: string; folder?: string } = {}): NoteSnapshot {
    const shown = this.snapshot(path.resolve(file));
    const title = `${shown.meta.title} (kopie)`.slice(0, 200);
    return this.createNote(options.folder ?? path.dirname(file), title, { author: options.author ?? shown.meta.author, document: shown.document });
  }

  /** Why a note open in this process is read-only, or null when it can be written. */
  readOnlyReason(file: string): ReadOnlyReason | null {
    return this.open.get(path.resolve(file))?.readOnly?.reason ?? null;
  }

  save(file: string, documentJson: string, options: SaveOptions): SaveResult {
    parseDocument(documentJson);
    const db = this.writableDatabase(file);
    const savedAt = this.now();
    return this.write(file, () => {
      // A review copy is read by the panel as exported; only its comments change.
      if (isReviewCopy(db)) throw new HelderError('note.readOnly', fileParams(file));
      return this.saveTransaction(db, documentJson, options, savedAt, savedAt.toISOString());
    });
  }

  /** Runs a write, turning SQLite and file-system errors into messages a writer can act on. */
  write<T>(file: string, run: () => T): T {
    try {
      return run();
    } catch (error) {
      throw asHelderError(error, file);
    }
  }

  private saveTransaction(db: SqliteDatabase, documentJson: string, options: SaveOptions, savedAt: Date, stamp: string): SaveResult {
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
    const rows = this.database(file).prepare('SELECT id, kind, name, created_at, words FROM revisions ORDER BY id DESC').all();
    return rows.map((row) => {
      const parsed = RevisionRow.parse(row);
      return { id: parsed.id, kind: parsed.kind, name: parsed.name, createdAt: parsed.created_at, words: parsed.words };
    });
  }

  revisionDocument(file: string, id: number): string {
    const row = this.database(file).prepare('SELECT document FROM revisions WHERE id = ?').get(id);
    if (row === undefined) throw new HelderError('note.notFound', { ...fileParams(file), revision: String(id) });
    return RevisionDocumentRow.parse(row).document;
  }

  setMeta(file: string, patch: MetaPatch): NoteMeta {
    const db = this.writableDatabase(file);
    const stamp = this.now().toISOString();
    return this.write(file, () => {
      db.transaction(() => {
        if (patch.title !== undefined) db.prepare('UPDATE meta SET title = ? WHERE id = 1').run(patch.title);
        if (patch.status !== undefined) db.prepare('UPDATE meta SET status = ? WHERE id = 1').run(patch.status);
        if (patch.author !== undefined) db.prepare('UPDATE meta SET author = ? WHERE id = 1').run(patch.author);
        db.prepare('UPDATE meta SET updated_at = ? WHERE id = 1').run(stamp);
      })();
      return readMeta(db);
    });
  }

  /** The title of a note this process has open, fresher than what is on disk. */
  openTitle(file: string): { title: string; updatedAt: string } | undefined {
    const db = this.open.get(path.resolve(file))?.db;
    if (!db) return undefined;
    const meta = readMeta(db);
    return { title: meta.title, updatedAt: meta.updatedAt };
  }

  isOpen(file: string): boolean {
    return this.open.has(path.resolve(file));
  }

  close(file: string): boolean {
    const key = path.resolve(file);
    const entry = this.open.get(key);
    if (!entry) return false;
    this.open.delete(key);
    entry.db.close();
    return true;
  }

  closeAll(): void {
    for (const key of [...this.open.keys()]) this.close(key);
  }

  /** The open connection for a note (opened and checked on first use), for reading. */
  database(file: string): SqliteDatabase {
    return this.entry(file).db;
  }

  /** The connection for a write; a note open read-only refuses with the reason it was given. */
  writableDatabase(file: string): SqliteDatabase {
    const entry = this.entry(file);
    if (entry.readOnly) throw new HelderError('note.readOnly', { ...fileParams(file), reason: entry.readOnly.reason.code });
    return entry.db;
  }

  private entry(file: string): OpenNote {
    const key = path.resolve(file);
    let entry = this.open.get(key);
    if (!entry) {
      entry = this.connect(key);
      this.open.set(key, entry);
    }
    return entry;
  }

  private connect(file: string): OpenNote {
    const admitted = admitNoteFile(file, { ...this.sqlite, readDocument: true });
    const readOnly = this.readOnlyView(file, admitted);
    if (readOnly) return { db: openImage(admitted.image, this.sqlite), readOnly };
    let db: SqliteDatabase;
    try {
      db = openSqlite(file, { ...this.sqlite, fileMustExist: true });
    } catch (error) {
      throw asHelderError(error, file);
    }
    try {
      db.pragma('trusted_schema = OFF');
      db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
      // Checked again on the live connection before anything is written: the file may have been
      // replaced or upgraded by another process since its image was checked.
      const version = schemaVersionOf(db);
      if (version > latestSchemaVersion) throw new HelderError('note.newerSchema', fileParams(file));
      assertHelderSchema(db, version, path.basename(file));
      configure(db, this.busyTimeoutMs);
      migrate(db);
      readMeta(db);
      return { db, readOnly: null };
    } catch (error) {
      db.close();
      throw asHelderError(error, file);
    }
  }

  /** Whether an admitted note must open read-only, and why; null when it may be written. */
  private readOnlyView(file: string, admitted: AdmittedNote): ReadOnlyView | null {
    const params = fileParams(file);
    const documentJson = admitted.document ?? '';
    const readable = checkDocumentReadable(documentJson);
    if (!readable.ok) {
      const code = readable.problem === 'unknownNode' ? 'note.newerDocument' : 'note.unreadableDocument';
      return { reason: reason(code, params), document: readable.display };
    }
    if (admitted.companions.kind === 'foreign') {
      return { reason: reason('note.strayCompanion', { ...params, companion: admitted.companions.companion }), document: documentJson };
    }
    if (!folderWritable(file)) return { reason: reason('note.folderReadOnly', params), document: documentJson };
    return null;
  }

  private snapshot(file: string): NoteSnapshot {
    const { db, readOnly } = this.entry(file);
    const document = readOnly ? readOnly.document : DocumentRow.parse(db.prepare('SELECT json FROM document WHERE id = 1').get()).json;
    const latest = LatestRow.parse(db.prepare('SELECT MAX(id) AS id, NULL AS created_at FROM revisions').get());
    return { path: file, meta: readMeta(db), document, revisionId: latest.id, reviewCopy: isReviewCopy(db), readOnly: readOnly?.reason ?? null };
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

/** A document to store must be one this Helder's editor can load again in full. */
function parseDocument(json: string): void {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  if (!LexicalState.safeParse(value).success || !checkParsedDocument(value).ok) throw new HelderError('ipc.invalidRequest', { reason: 'document' });
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
