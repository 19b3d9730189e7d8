import type { Migration } from './types';

/** A random version-4 UUID in SQL, so a trigger can give every new note its id. */
const SQL_UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
  || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/**
 * The comment layer. Each note gets a stable id so a returned review copy can be matched to the
 * note it came from; the id is made by a trigger because the store inserts the meta row after
 * migrating a new file. A review copy is a note whose meta names its round, base revision and
 * source note. Anchors are JSON ({selector, status}) because they are only ever read whole.
 * Tombstones remember deleted threads and comments so a returned copy cannot bring them back.
 */
export const migration003: Migration = {
  version: 3,
  name: 'comments',
  up(db) {
    db.exec(`
      ALTER TABLE meta ADD COLUMN note_id TEXT;
      ALTER TABLE meta ADD COLUMN review_round_id TEXT;
      ALTER TABLE meta ADD COLUMN review_base_revision INTEGER;
      ALTER TABLE meta ADD COLUMN review_source_note_id TEXT;
      UPDATE meta SET note_id = ${SQL_UUID} WHERE note_id IS NULL;
      CREATE TRIGGER meta_note_id AFTER INSERT ON meta FOR EACH ROW WHEN NEW.note_id IS NULL
      BEGIN
        UPDATE meta SET note_id = ${SQL_UUID} WHERE id = NEW.id;
      END;

      CREATE TABLE threads (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        resolved_at TEXT,
        resolved_by TEXT,
        state_changed_at TEXT,
        anchor TEXT NOT NULL
      );
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        stance TEXT CHECK (stance IS NULL OR stance IN ('vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie')),
        body TEXT NOT NULL,
        suggestion TEXT,
        created_at TEXT NOT NULL,
        edited_at TEXT,
        origin TEXT NOT NULL DEFAULT 'local'
      );
      CREATE INDEX comments_thread ON comments (thread_id, created_at);
      CREATE TABLE tombstones (
        id TEXT PRIMARY KEY,
        deleted_at TEXT NOT NULL
      );
      CREATE TABLE review_rounds (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        round_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('export', 'import')),
        created_at TEXT NOT NULL,
        base_revision INTEGER,
        file TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}'
      );
    `);
  },
};
