import type { Migration } from './types';

/**
 * "Ik begrijp dit niet": words a resident marked in a review copy, which travel home like
 * comments. The anchor is JSON ({selector, status}), read whole as a thread's is. A mark taken
 * back keeps its row with `deleted_at` set, so an older copy cannot bring it back.
 */
export const migration006: Migration = {
  version: 6,
  name: 'not-understood',
  up(db) {
    db.exec(`
      CREATE TABLE not_understood (
        id TEXT PRIMARY KEY,
        anchor TEXT NOT NULL,
        meaning TEXT,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        edited_at TEXT,
        deleted_at TEXT,
        origin TEXT NOT NULL DEFAULT 'local'
      );
    `);
  },
};
