import type { SqliteDatabase } from '../sqlite';
import { migration001 } from './001-initial';
import { migration002 } from './002-revision-kind-index';
import { migration003 } from './003-comments';
import { migration004 } from './004-revision-info';
import { migration005 } from './005-advice';
import { migration006 } from './006-not-understood';
import { migration007 } from './007-comment-list-index';
import type { Migration } from './types';

export type { Migration } from './types';

/** In order; a new migration is appended here and never edited once released. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007];

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;

export function schemaVersionOf(db: SqliteDatabase): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings a note up to the latest schema, one transaction per step. Called inside an outer
 * transaction (when creating a note) the steps become savepoints of that transaction.
 */
export function migrate(db: SqliteDatabase, list: readonly Migration[] = migrations): number {
  let version = schemaVersionOf(db);
  for (const migration of list) {
    if (migration.version <= version) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    version = migration.version;
  }
  return version;
}
