import type { ThreadList } from '../../../shared/contract';
import type { SqliteDatabase } from '../sqlite';

/**
 * The thread list of a note read right after the note's own reply went out.
 *
 * Why: the page asks for the list (comments.summaries) only once the note has arrived, and then
 * spends ~100 ms building the editor. Reading the list in that time, instead of after the
 * request, takes main's share (SQL, rows; tens of ms on a note with 10,000 comments) off the
 * path to the first paint. A list read ahead is handed out once, and only while the note is
 * exactly as it was when read: a write on this connection (total_changes) or by any other
 * connection (data_version) in between makes the request read the list again.
 */
export class ReadAhead {
  /** Per connection: asked for (by an open) but not read yet, or read with the stamp it was read at. */
  private readonly lists = new WeakMap<SqliteDatabase, 'wanted' | { stamp: string; list: ThreadList }>();

  /** A note was just opened: its list will be read ahead unless someone asks for it first. */
  want(db: SqliteDatabase): void {
    this.lists.set(db, 'wanted');
  }

  /** Reads the list now if it is still wanted (not yet asked for, nor read). */
  read(db: SqliteDatabase, readList: () => ThreadList): void {
    if (this.lists.get(db) !== 'wanted') return;
    this.lists.delete(db);
    const stamp = stampOf(db);
    this.lists.set(db, { stamp, list: readList() });
  }

  /** The list read ahead, if it is still current; either way it is handed out only once. */
  take(db: SqliteDatabase): ThreadList | undefined {
    const ready = this.lists.get(db);
    this.lists.delete(db);
    if (ready === undefined || ready === 'wanted') return undefined;
    return ready.stamp === stampOf(db) ? ready.list : undefined;
  }
}

function stampOf(db: SqliteDatabase): string {
  return `${String(db.pragma('data_version', { simple: true }))}:${String(db.prepare('SELECT total_changes()').pluck().get())}`;
}
