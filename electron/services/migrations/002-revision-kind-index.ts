import type { Migration } from './types';

/**
 * Every autosave asks "when was the last auto revision?" and prunes old ones; an index on
 * (kind, id) keeps that a lookup instead of a scan as a note collects hundreds of revisions.
 */
export const migration002: Migration = {
  version: 2,
  name: 'revision-kind-index',
  up(db) {
    db.exec('CREATE INDEX revisions_kind_id ON revisions (kind, id)');
  },
};
