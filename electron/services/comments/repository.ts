import type { CommentItem, Thread, ThreadList } from '../../../shared/contract';
import type { ThreadRecord } from '../../../shared/comments';
import type { SqliteDatabase } from '../sqlite';
import { commentFromRow, IdentityRow, emptyThreadList, listAdder, summarySql, threadFromRow, TombstoneRow } from './rows';

/** SQL for the comment tables of one open note. Callers own the transactions. */

export function readIdentity(db: SqliteDatabase): IdentityRow {
  return IdentityRow.parse(
    db.prepare('SELECT note_id, review_round_id, review_base_revision, review_source_note_id FROM meta WHERE id = 1').get(),
  );
}

export const isReviewCopy = (db: SqliteDatabase): boolean => readIdentity(db).review_round_id !== null;

export function readThreadRecords(db: SqliteDatabase): ThreadRecord[] {
  return db.prepare('SELECT * FROM threads ORDER BY created_at, id').all().map(threadFromRow);
}

export function readThreadRecord(db: SqliteDatabase, id: string): ThreadRecord | undefined {
  const row = db.prepare('SELECT * FROM threads WHERE id = ?').get(id);
  return row === undefined ? undefined : threadFromRow(row);
}

export function readComments(db: SqliteDatabase, threadId?: string): CommentItem[] {
  const rows =
    threadId === undefined
      ? db.prepare('SELECT * FROM comments ORDER BY created_at, id').all()
      : db.prepare('SELECT * FROM comments WHERE thread_id = ? ORDER BY created_at, id').all(threadId);
  return rows.map(commentFromRow);
}

export function readComment(db: SqliteDatabase, id: string): CommentItem | undefined {
  const row = db.prepare('SELECT * FROM comments WHERE id = ?').get(id);
  return row === undefined ? undefined : commentFromRow(row);
}

export function readTombstones(db: SqliteDatabase): string[] {
  return db.prepare('SELECT id FROM tombstones').all().map((row) => TombstoneRow.parse(row).id);
}

const toThread = (record: ThreadRecord, comments: CommentItem[]): Thread => ({
  id: record.id,
  createdAt: record.createdAt,
  resolved: record.resolved,
  resolvedAt: record.resolvedAt,
  resolvedBy: record.resolvedBy,
  anchor: record.anchor,
  comments,
});

/** Every thread with its comments, oldest first. */
export function readThreads(db: SqliteDatabase): Thread[] {
  const byThread = new Map<string, CommentItem[]>();
  for (const comment of readComments(db)) {
    const list = byThread.get(comment.threadId);
    if (list) list.push(comment);
    else byThread.set(comment.threadId, [comment]);
  }
  return readThreadRecords(db).map((record) => toThread(record, byThread.get(record.id) ?? []));
}

/** Every thread as the list shows it when a note opens (see summarySql and ThreadList), oldest first. */
export function readThreadList(db: SqliteDatabase): ThreadList {
  const advice = db.prepare("SELECT count(*) FROM pragma_table_info('comments') WHERE name = 'finding_rule'").pluck().get() === 1;
  const list = emptyThreadList();
  const add = listAdder(list);
  for (const row of db.prepare(summarySql(advice)).raw().all() as unknown[][]) add(row);
  return list;
}

export function readThread(db: SqliteDatabase, id: string): Thread | undefined {
  const record = readThreadRecord(db, id);
  return record && toThread(record, readComments(db, id));
}

/** Prepared writers, made once per transaction so bulk imports do not re-prepare per row. */
export function writers(db: SqliteDatabase) {
  const insertThread = db.prepare(
    `INSERT INTO threads (id, created_at, resolved, resolved_at, resolved_by, state_changed_at, anchor)
     VALUES (@id, @createdAt, @resolved, @resolvedAt, @resolvedBy, @stateChangedAt, @anchor)`,
  );
  const updateState = db.prepare(
    'UPDATE threads SET resolved = @resolved, resolved_at = @resolvedAt, resolved_by = @resolvedBy, state_changed_at = @stateChangedAt WHERE id = @id',
  );
  const updateAnchor = db.prepare('UPDATE threads SET anchor = ? WHERE id = ?');
  const insertComment = db.prepare(
    `INSERT INTO comments (id, thread_id, author, stance, body, suggestion, created_at, edited_at, origin, kind, finding_rule)
     VALUES (@id, @threadId, @author, @stance, @body, @suggestion, @createdAt, @editedAt, @origin, @kind, @findingRule)`,
  );
  const updateComment = db.prepare(
    'UPDATE comments SET author = @author, stance = @stance, body = @body, suggestion = @suggestion, edited_at = @editedAt WHERE id = @id',
  );
  const deleteThread = db.prepare('DELETE FROM threads WHERE id = ?');
  const deleteComment = db.prepare('DELETE FROM comments WHERE id = ?');
  const insertTombstone = db.prepare('INSERT OR IGNORE INTO tombstones (id, deleted_at) VALUES (?, ?)');
  const threadParams = (t: ThreadRecord) => ({ ...t, resolved: t.resolved ? 1 : 0, anchor: JSON.stringify(t.anchor) });
  return {
    insertThread: (t: ThreadRecord) => insertThread.run(threadParams(t)),
    updateThreadState: (t: ThreadRecord) => updateState.run({ id: t.id, resolved: t.resolved ? 1 : 0, resolvedAt: t.resolvedAt, resolvedBy: t.resolvedBy, stateChangedAt: t.stateChangedAt }),
    updateAnchor: (id: string, anchor: ThreadRecord['anchor']) => updateAnchor.run(JSON.stringify(anchor), id).changes,
    insertComment: (c: CommentItem) => insertComment.run({ ...c, kind: c.kind ?? 'reactie', findingRule: c.kind === 'advies' ? (c.findingRule ?? null) : null }),
    updateComment: (c: CommentItem) => updateComment.run(c),
    /** Deletes a thread (its comments cascade) or a comment, and remembers that it was deleted. */
    remove: (id: string, at: string) => {
      const changes = deleteThread.run(id).changes + deleteComment.run(id).changes;
      insertTombstone.run(id, at);
      return changes;
    },
    insertTombstone: (id: string, at: string) => insertTombstone.run(id, at),
  };
}
