import type { SqliteDatabase } from '../sqlite';

/**
 * One schema step. `up` runs inside a transaction together with the `user_version` bump, so a
 * note is always at exactly one schema version, never between two.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}
