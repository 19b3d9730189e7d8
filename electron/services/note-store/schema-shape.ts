import Database from 'better-sqlite3';
import { HelderError } from '../../../shared/contract';
import { migrations } from '../migrations';
import type { SqliteDatabase } from '../sqlite';

/*
 * A note may contain exactly the schema objects Helder's own migrations make for its version:
 * no extra triggers, views, tables or indexes. A trigger or view in a file is code the sender
 * wrote, and SQLite would run it on our writes and reads, so any difference refuses the file.
 * The reference is built by running the migrations on an empty in-memory database, which gives
 * the same `sqlite_schema` text as a note created and upgraded by any Helder version (ALTER TABLE
 * rewrites the stored CREATE statement the same way in both).
 */

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** Layout differs between releases (the SQL is stored as written); the statement itself may not. */
const normalSql = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').replace(/ ?([(),;]) ?/g, '$1').trim();

const key = (object: SchemaObject) => `${object.type}\u0000${object.name}\u0000${object.tbl_name}\u0000${normalSql(object.sql)}`;

const readSchema = (db: SqliteDatabase): SchemaObject[] =>
  db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaObject[];

const expected = new Map<number, Set<string>>();

function expectedSchema(version: number): Set<string> {
  let shape = expected.get(version);
  if (!shape) {
    const db = new Database(':memory:');
    try {
      for (const migration of migrations) {
        if (migration.version > version) break;
        migration.up(db);
      }
      shape = new Set(readSchema(db).map(key));
    } finally {
      db.close();
    }
    expected.set(version, shape);
  }
  return shape;
}

/** Throws `note.unexpectedContent` unless the schema is exactly Helder's for `version`. */
export function assertHelderSchema(db: SqliteDatabase, version: number, file: string): void {
  const want = expectedSchema(version);
  const have = readSchema(db).map(key);
  const same = have.length === want.size && have.every((object) => want.has(object));
  if (!same) throw new HelderError('note.unexpectedContent', { file });
}
