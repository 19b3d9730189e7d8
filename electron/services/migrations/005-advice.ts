import type { Migration } from './types';

/**
 * The advisor's review notes. An advies is a comment like any other (same threads, anchors,
 * replies, review rounds), marked by `kind`; `finding_rule` names the checker rule of the finding
 * it was given on (NULL for an advies on a sentence). Added columns, so every comment written
 * before stays a 'reactie' and an older Helder still refuses this schema by its version number.
 */
export const migration005: Migration = {
  version: 5,
  name: 'advice',
  up(db) {
    db.exec(`
      ALTER TABLE comments ADD COLUMN kind TEXT NOT NULL DEFAULT 'reactie' CHECK (kind IN ('reactie', 'advies'));
      ALTER TABLE comments ADD COLUMN finding_rule TEXT;
    `);
  },
};
