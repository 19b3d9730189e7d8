import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HelderError } from '../../../shared/contract';
import { latestSchemaVersion, schemaVersionOf } from '../migrations';
import { openSqlite, type SqliteDatabase, type SqliteOptions } from '../sqlite';
import { HELDER_APPLICATION_ID, parseSqliteHeader } from './format';
import { MetaRow } from './rows';

/*
 * Why an "image": opening a file with SQLite, even read-only, leaves -wal and -shm files next to a
 * WAL-mode database, and better-sqlite3 has no URI support for `immutable=1`. So a file is judged
 * from a copy of its bytes: in memory when there is no pending write-ahead log, or from a private
 * temporary copy of the file plus its -wal when there is (after a crash, or while another Helder
 * has it open). The original file and its folder are never touched.
 */

const fileParams = (file: string) => ({ file: path.basename(file) });

function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HelderError('note.notFound', fileParams(file), error);
    if (code === 'EISDIR') throw new HelderError('note.notHelder', fileParams(file), error);
    throw error;
  }
}

function pendingWal(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

function openImage(file: string, bytes: Buffer, options: SqliteOptions): { db: SqliteDatabase; cleanup(): void } {
  if (!pendingWal(file)) {
    // Bytes 18 and 19 mark WAL mode; an in-memory image cannot have a log, so mark it as a
    // rollback-journal database. The copy is ours; the file on disk keeps its bytes.
    bytes[18] = 1;
    bytes[19] = 1;
    return { db: openSqlite(bytes, { ...options, readonly: true }), cleanup() {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helder-inspect-'));
  const copy = path.join(dir, 'note.helder');
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.writeFileSync(copy, bytes);
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    return { db: openSqlite(copy, { ...options, readonly: true, fileMustExist: true }), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

const isSqliteCorruption = (error: unknown) =>
  error instanceof Error && /^SQLITE_(CORRUPT|NOTADB|CANTOPEN|IOERR|FORMAT|RANGE)/.test((error as { code?: string }).code ?? '');

/**
 * Runs `read` on a read-only image of a Helder note after checking, in order: it is a SQLite file,
 * its application id is Helder's. Errors carry the file's base name for the UI.
 */
export function withNoteImage<T>(file: string, options: SqliteOptions, read: (db: SqliteDatabase) => T): T {
  const bytes = readBytes(file);
  const header = parseSqliteHeader(bytes);
  if (!header || header.applicationId !== HELDER_APPLICATION_ID) throw new HelderError('note.notHelder', fileParams(file));
  let image: { db: SqliteDatabase; cleanup(): void };
  try {
    image = openImage(file, bytes, options);
  } catch (error) {
    if (isSqliteCorruption(error)) throw new HelderError('note.corrupt', fileParams(file), error);
    throw error;
  }
  try {
    return read(image.db);
  } catch (error) {
    if (isSqliteCorruption(error)) throw new HelderError('note.corrupt', fileParams(file), error);
    throw error;
  } finally {
    image.db.close();
    image.cleanup();
  }
}

/**
 * The full check before Helder will open a note for writing: a Helder note, a schema this
 * version understands, and pages that pass `PRAGMA quick_check`.
 */
export function inspectNoteFile(file: string, options: SqliteOptions = {}): { schemaVersion: number } {
  return withNoteImage(file, options, (db) => {
    const schemaVersion = schemaVersionOf(db);
    if (schemaVersion > latestSchemaVersion) {
      throw new HelderError('note.newerSchema', { ...fileParams(file), version: String(schemaVersion) });
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new HelderError('note.corrupt', fileParams(file));
    return { schemaVersion };
  });
}

/** Title and last change of a note, for lists; no integrity check, so it stays cheap. */
export function readNoteSummary(file: string, options: SqliteOptions = {}): { title: string; updatedAt: string } {
  return withNoteImage(file, options, (db) => {
    const row = MetaRow.parse(db.prepare('SELECT title, status, author, created_at, updated_at FROM meta WHERE id = 1').get());
    return { title: row.title, updatedAt: row.updated_at };
  });
}
