import type { Migration } from './types';

/**
 * The first schema. `meta` and `document` hold exactly one row each (id = 1), so "the note" is
 * always one row away and a second row can never appear by accident. `check_settings` and
 * `dismissals` stay empty until the checker issues use them; comment tables come with their own
 * migration.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'review', 'definitief')),
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE document (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        json TEXT NOT NULL
      );
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'named')),
        name TEXT,
        created_at TEXT NOT NULL,
        document TEXT NOT NULL,
        words INTEGER NOT NULL
      );
      CREATE TABLE check_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE dismissals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        rule_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (rule_id, fingerprint)
      );
    `);
  },
};
