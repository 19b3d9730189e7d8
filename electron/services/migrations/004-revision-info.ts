import type { Migration } from './types';

/**
 * What the Versies view shows per revision besides its text: who kept it, and its scores.
 * `stats` is a cache (JSON, filled on save or on first listing) so listing 500 versions never
 * runs the checker 500 times; a row without stats is simply computed again. Pruned auto
 * revisions take their row with them (ON DELETE CASCADE).
 */
export const migration004: Migration = {
  version: 4,
  name: 'revision-info',
  up(db) {
    db.exec(`
      CREATE TABLE revision_info (
        revision_id INTEGER PRIMARY KEY REFERENCES revisions (id) ON DELETE CASCADE,
        author TEXT NOT NULL DEFAULT '',
        stats TEXT
      );
    `);
  },
};
