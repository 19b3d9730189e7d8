import fs from 'node:fs';
import path from 'node:path';
import { HelderError } from '../../../shared/contract';
import { latestSchemaVersion, schemaVersionOf } from '../migrations';
import { openSqlite, type SqliteDatabase, type SqliteOptions } from '../sqlite';
import { asHelderError, readFileChecked, statNoteFile } from './file-access';
import { HELDER_APPLICATION_ID, parseSqliteHeader } from './format';
import { formatBytes, MAX_DOCUMENT_CHARS, MAX_NOTE_FILE_BYTES } from './limits';
import { IdentityRow } from '../comments/rows';
import { MetaRow } from './rows';
import { assertHelderSchema } from './schema-shape';
import { privateTempDir } from './temp-files';

/*
 * The one way in for a file Helder did not just write itself. Nothing SQLite does is ever done
 * to the file in place until the file has passed every check on a private image of its bytes:
 *
 * - the main file is read into memory (size-limited) and opened from there, read-only;
 * - a `-wal` or hot `-journal` beside it is used only if it belongs to it: applied to a private
 *   copy, the result must be a valid Helder note with the same note id as the main file alone.
 *   A log from another database (copied there by accident or on purpose) would otherwise be
 *   replayed into the note by SQLite and destroy it;
 * - the image must have Helder's application id, a schema version this Helder knows, exactly the
 *   schema objects Helder's migrations make (no triggers or views: they are code), pages that pass
 *   `quick_check`, and a meta and document row of the right shape.
 *
 * The file, its companions and its folder keep every byte whatever the outcome.
 */

const fileParams = (file: string) => ({ file: path.basename(file) });

const COMPANIONS = ['-wal', '-journal'] as const;

export type CompanionState = { kind: 'none' } | { kind: 'own' } | { kind: 'foreign'; companion: string };

export interface AdmittedNote {
  /** The validated database bytes, with a companion log applied when it belongs to the file. */
  image: Buffer;
  schemaVersion: number;
  noteId: string | null;
  companions: CompanionState;
  /** The file is marked for WAL but has no log beside it: sent while an older Helder had it open. */
  walWithoutLog: boolean;
  /** The stored document JSON, when asked for with `readDocument` (saves a second image open). */
  document?: string;
}

export interface AdmitOptions extends SqliteOptions {
  maxBytes?: number;
  /** `quick_check` reads every page; listing a werkmap skips it. */
  integrity?: boolean;
  readDocument?: boolean;
}

const isWalMode = (bytes: Buffer) => bytes[18] === 2 && bytes[19] === 2;

/**
 * An in-memory, read-only database of `bytes`; marked as rollback-journal so no log is looked for.
 * better-sqlite3 copies the bytes into SQLite's own memory when it opens them, so the mark is set
 * on `bytes` only for that moment and taken off again, instead of copying the whole file first
 * (a 6 MB note with 10,000 comments: one copy less on every open).
 */
export function openImage(bytes: Buffer, options: SqliteOptions): SqliteDatabase {
  const versions = [bytes[18], bytes[19]] as const;
  bytes[18] = 1;
  bytes[19] = 1;
  let db: SqliteDatabase;
  try {
    db = openSqlite(bytes, { ...options, readonly: true });
  } finally {
    bytes[18] = versions[0]!;
    bytes[19] = versions[1]!;
  }
  db.pragma('trusted_schema = OFF');
  return db;
}

/** A non-empty log beside the file; `bytes` is null when it is no regular file (never ours). */
function companionBytes(file: string, maxBytes: number): { suffix: string; bytes: Buffer | null } | null {
  for (const suffix of COMPANIONS) {
    const side = `${file}${suffix}`;
    const stat = fs.lstatSync(side, { throwIfNoEntry: false });
    if (!stat) continue;
    if (!stat.isFile()) return { suffix, bytes: null };
    if (stat.size === 0) continue;
    return { suffix, bytes: readFileChecked(side, maxBytes) };
  }
  return null;
}

/** Applies a companion log to a private copy and returns the resulting database bytes. */
function applyCompanion(main: Buffer, companion: { suffix: string; bytes: Buffer }, options: SqliteOptions): Buffer {
  const dir = privateTempDir('inspect');
  try {
    const copy = path.join(dir, 'note.helder');
    fs.writeFileSync(copy, main);
    fs.writeFileSync(`${copy}${companion.suffix}`, companion.bytes);
    const db = openSqlite(copy, { ...options, fileMustExist: true });
    try {
      db.pragma('trusted_schema = OFF');
      // Reading the schema makes SQLite replay the log or roll back the hot journal.
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      if (isWalMode(main)) db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    return fs.readFileSync(copy);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface Validated {
  schemaVersion: number;
  noteId: string | null;
  document?: string;
}

/** Every check a note must pass before Helder uses it; throws a HelderError naming the file. */
export function validateNoteImage(db: SqliteDatabase, file: string, integrity = true): Validated {
  const params = fileParams(file);
  try {
    if (Number(db.pragma('application_id', { simple: true })) !== HELDER_APPLICATION_ID) throw new HelderError('note.notHelder', params);
    const schemaVersion = schemaVersionOf(db);
    if (schemaVersion > latestSchemaVersion) throw new HelderError('note.newerSchema', { ...params, version: String(schemaVersion) });
    assertHelderSchema(db, schemaVersion, path.basename(file));
    if (integrity && db.pragma('quick_check', { simple: true }) !== 'ok') throw new HelderError('note.corrupt', params);
    if (schemaVersion === 0) throw new HelderError('note.corrupt', params);
    const meta = MetaRow.safeParse(db.prepare('SELECT title, status, author, created_at, updated_at FROM meta WHERE id = 1').get());
    if (!meta.success) throw new HelderError('note.corrupt', params);
    const document = db.prepare('SELECT length(json) AS chars, typeof(json) AS kind FROM document WHERE id = 1').get() as { chars: number; kind: string } | undefined;
    if (!document) throw new HelderError('note.noDocument', params);
    if (document.kind !== 'text') throw new HelderError('note.corrupt', params);
    if (document.chars > MAX_DOCUMENT_CHARS) throw new HelderError('note.tooLarge', { ...params, size: formatBytes(document.chars), limit: formatBytes(MAX_DOCUMENT_CHARS) });
    const identity = schemaVersion >= 3 ? IdentityRow.safeParse(db.prepare('SELECT note_id, review_round_id, review_base_revision, review_source_note_id FROM meta WHERE id = 1').get()) : null;
    if (identity && !identity.success) throw new HelderError('note.corrupt', params);
    return { schemaVersion, noteId: identity?.data?.note_id ?? null };
  } catch (error) {
    throw asHelderError(error, file);
  }
}

function validateBytes(bytes: Buffer, file: string, options: AdmitOptions): Validated {
  let db: SqliteDatabase;
  try {
    db = openImage(bytes, options);
  } catch (error) {
    throw asHelderError(error, file);
  }
  try {
    const validated: Validated = validateNoteImage(db, file, options.integrity ?? true);
    if (options.readDocument) validated.document = (db.prepare('SELECT json FROM document WHERE id = 1').get() as { json: string }).json;
    return validated;
  } finally {
    db.close();
  }
}

export function admitNoteFile(file: string, options: AdmitOptions = {}): AdmittedNote {
  const maxBytes = options.maxBytes ?? MAX_NOTE_FILE_BYTES;
  const main = readFileChecked(file, maxBytes);
  const header = parseSqliteHeader(main);
  if (!header || header.applicationId !== HELDER_APPLICATION_ID) throw new HelderError('note.notHelder', fileParams(file));
  const companion = companionBytes(file, maxBytes);
  const walWithoutLog = isWalMode(main) && !fs.existsSync(`${file}-wal`);
  if (!companion) {
    const alone = validateBytes(main, file, options);
    return { image: main, ...alone, companions: { kind: 'none' }, walWithoutLog };
  }
  let alone: Validated | HelderError;
  try {
    alone = validateBytes(main, file, options);
  } catch (error) {
    alone = asHelderError(error, file);
  }
  try {
    const bytes = companion.bytes;
    if (bytes !== null) {
      const combined = applyCompanion(main, { suffix: companion.suffix, bytes }, options);
      const withLog = validateBytes(combined, file, options);
      if (alone instanceof HelderError || alone.noteId === withLog.noteId) {
        return { image: combined, ...withLog, companions: { kind: 'own' }, walWithoutLog: false };
      }
    }
  } catch {
    // The log does not make a valid note of this file: it is not this file's log.
  }
  if (alone instanceof HelderError) throw alone;
  return { image: main, ...alone, companions: { kind: 'foreign', companion: `${path.basename(file)}${companion.suffix}` }, walWithoutLog: false };
}

/** Runs `read` on a read-only in-memory image of an admitted note. */
export function withNoteImage<T>(file: string, options: AdmitOptions, read: (db: SqliteDatabase, admitted: AdmittedNote) => T): T {
  const admitted = admitNoteFile(file, options);
  const db = openImage(admitted.image, options);
  try {
    return read(db, admitted);
  } catch (error) {
    throw asHelderError(error, file);
  } finally {
    db.close();
  }
}

/** The full check before Helder will open a note; kept for callers that only need the verdict. */
export function inspectNoteFile(file: string, options: SqliteOptions = {}): { schemaVersion: number } {
  return { schemaVersion: admitNoteFile(file, options).schemaVersion };
}

const summaryOf = (db: SqliteDatabase) => {
  const row = MetaRow.parse(db.prepare('SELECT title, status, author, created_at, updated_at FROM meta WHERE id = 1').get());
  return { title: row.title, updatedAt: row.updated_at };
};

/**
 * Runs `read` on a note for a list (no integrity check, so it stays cheap). A note at rest in
 * rollback-journal mode with nothing beside it is read in place, read-only, after its schema
 * passed the check (so no view can run): SQLite then reads a few pages, not the whole file, and
 * makes no side file. Anything else goes through the full admission on a private image.
 */
export function readNoteAtRest<T>(file: string, options: SqliteOptions, read: (db: SqliteDatabase, schemaVersion: number) => T): T {
  const stat = statNoteFile(file);
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  const parsed = parseSqliteHeader(header);
  if (!parsed || parsed.applicationId !== HELDER_APPLICATION_ID) throw new HelderError('note.notHelder', fileParams(file));
  const atRest = header[18] === 1 && header[19] === 1 && COMPANIONS.every((suffix) => !fs.existsSync(`${file}${suffix}`));
  if (!atRest || stat.size < 512) return withNoteImage(file, { ...options, integrity: false }, (db, admitted) => read(db, admitted.schemaVersion));
  let db: SqliteDatabase;
  try {
    db = openSqlite(file, { ...options, readonly: true, fileMustExist: true });
  } catch (error) {
    throw asHelderError(error, file);
  }
  try {
    db.pragma('trusted_schema = OFF');
    const version = schemaVersionOf(db);
    if (version > latestSchemaVersion) throw new HelderError('note.newerSchema', fileParams(file));
    assertHelderSchema(db, version, path.basename(file));
    return read(db, version);
  } catch (error) {
    throw asHelderError(error, file);
  } finally {
    db.close();
  }
}

/** Title and last change of a note, for lists. */
export function readNoteSummary(file: string, options: SqliteOptions = {}): { title: string; updatedAt: string } {
  return readNoteAtRest(file, options, summaryOf);
}
