import type { Migration } from './types';

/**
 * The thread list a note opens with (comments.summaries) reads, per thread, the opening comment,
 * how many comments there are and who wrote them, in the order a full read gives (created_at,
 * then id). An index on exactly those columns answers all three from the index alone: no sort per
 * thread and no read of the comment rows, whose bodies are most of a note with 10,000 comments.
 * It replaces the index on (thread_id, created_at), of which it is an extension.
 */
export const migration007: Migration = {
  version: 7,
  name: 'comment-list-index',
  up(db) {
    db.exec(`
      DROP INDEX comments_thread;
      CREATE INDEX comments_thread_list ON comments (thread_id, created_at, id, author);
    `);
  },
};
