import path from 'node:path';
import { ZodError } from 'zod';
import { HelderError, type ImportSummary } from '../../../shared/contract';
import { cleanAuthor, cleanText, flatten, planImport, reanchorFlat, withPlacement, type CopyContent, type MergeState } from '../../../shared/comments';
import { MAX_COMMENTS_PER_COPY, MAX_COMMENTS_PER_NOTE, MAX_REVIEW_COPY_BYTES, MAX_THREADS_PER_NOTE } from '../note-store/limits';
import { withNoteImage } from '../note-store/note-image';
import type { SqliteDatabase, SqliteOptions } from '../sqlite';
import { currentBlocks } from './note-data';
import { readComments, readIdentity, readThreadRecords, readTombstones, writers } from './repository';
import { countMarks, hasMarkTable, markWriters, readMarkRecords } from '../not-understood/repository';
import { planMarkImport, type MarkRecord, type MarkState } from '../../../shared/panel/merge-marks';

/** The first schema version with comment tables and review-copy marking. */
const COMMENTS_SCHEMA = 3;

export interface ReturnedCopy extends CopyContent {
  file: string;
  roundId: string;
  baseRevision: number | null;
  /** Decided here from the copy's own note id: every comment the copy adds carries it. */
  origin: string;
  /** Sent while an older Helder still had it open: saved comments may be missing from the file. */
  incomplete: boolean;
  /** "Niet begrepen" marks (none in a copy from a Helder before them). */
  marks: MarkRecord[];
}

const countRows = (db: SqliteDatabase, table: 'threads' | 'comments' | 'tombstones') =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/**
 * Reads a returned copy as data, never as code: from a read-only in-memory image that passed every
 * check a note gets (size, Helder schema exactly, no triggers or views, integrity), with the row
 * counts bounded before any row is read. Then: it must be a review copy, and a copy of this note.
 * Texts are cleaned like typed comments; the copy's own claims of origin are dropped.
 */
export function readReturnedCopy(file: string, targetNoteId: string, sqlite: SqliteOptions): ReturnedCopy {
  const params = { file: path.basename(file) };
  return withNoteImage(file, { ...sqlite, maxBytes: MAX_REVIEW_COPY_BYTES }, (db, admitted) => {
    if (admitted.schemaVersion < COMMENTS_SCHEMA) throw new HelderError('review.notReviewCopy', params);
    try {
      const identity = readIdentity(db);
      if (identity.review_round_id === null || identity.review_source_note_id === null) throw new HelderError('review.notReviewCopy', params);
      if (identity.review_source_note_id !== targetNoteId) throw new HelderError('review.otherNote', params);
      const rows = countRows(db, 'threads') + countRows(db, 'comments') + countRows(db, 'tombstones');
      if (rows > MAX_COMMENTS_PER_COPY * 3) throw new HelderError('review.tooLarge', params);
      const withMarks = hasMarkTable(admitted.schemaVersion);
      if (withMarks && countMarks(db) > MAX_COMMENTS_PER_COPY) throw new HelderError('review.tooLarge', params);
      const origin = `review:${identity.note_id}`;
      return {
        file,
        roundId: identity.review_round_id,
        baseRevision: identity.review_base_revision,
        origin,
        incomplete: admitted.walWithoutLog,
        threads: readThreadRecords(db),
        comments: readComments(db).map((comment) => ({
          ...comment,
          author: cleanAuthor(comment.author) || '?',
          body: cleanText(comment.body),
          suggestion: comment.suggestion === null ? null : cleanText(comment.suggestion),
          origin,
        })),
        tombstones: readTombstones(db),
        marks: (withMarks ? readMarkRecords(db) : []).map((mark) => ({
          ...mark,
          author: cleanAuthor(mark.author) || '?',
          meaning: mark.meaning === null ? null : cleanText(mark.meaning, 2000),
          origin,
        })),
      };
    } catch (error) {
      // Rows that do not parse mean a damaged or hand-made copy: refuse it as a whole.
      if (error instanceof ZodError || error instanceof SyntaxError) throw new HelderError('note.corrupt', params, error);
      throw error;
    }
  });
}

/**
 * Merges returned copies into the note in one transaction: union by UUID under the rules in
 * shared/comments/merge.ts, new threads re-anchored by quote against the note's current text.
 */
export function mergeCopies(db: SqliteDatabase, copies: readonly ReturnedCopy[], at: Date): ImportSummary {
  const stamp = at.toISOString();
  return db.transaction((): ImportSummary => {
    const state: MergeState = {
      threads: new Map(readThreadRecords(db).map((thread) => [thread.id, thread])),
      comments: new Map(readComments(db).map((comment) => [comment.id, comment])),
      tombstones: new Set(readTombstones(db)),
    };
    const marks: MarkState = new Map(readMarkRecords(db).map((mark) => [mark.id, mark]));
    const flat = flatten(currentBlocks(db));
    const writeMark = markWriters(db);
    const write = writers(db);
    const recordRound = db.prepare(
      "INSERT INTO review_rounds (round_id, kind, created_at, base_revision, file, summary) VALUES (?, 'import', ?, ?, ?, ?)",
    );
    const summary: ImportSummary = { added: 0, merged: 0, notPlaced: [], perFile: [], incomplete: [], marks: 0 };
    for (const copy of copies) {
      const plan = planImport(state, copy, copy.origin);
      for (const id of plan.newTombstones) write.insertTombstone(id, stamp);
      for (const id of plan.deletions) write.remove(id, stamp);
      const notPlaced: { threadId: string; quote: string }[] = [];
      for (const thread of plan.newThreads) {
        const placement = reanchorFlat(flat, thread.anchor.selector);
        const placed = { ...thread, anchor: { selector: withPlacement(thread.anchor.selector, placement, flat), status: placement.status } };
        state.threads.set(thread.id, placed);
        write.insertThread(placed);
        if (placement.status === 'orphaned') notPlaced.push({ threadId: thread.id, quote: thread.anchor.selector.exact });
      }
      for (const thread of plan.changedThreads) write.updateThreadState(thread);
      for (const comment of plan.newComments) write.insertComment(comment);
      for (const comment of plan.changedComments) write.updateComment(comment);
      // Marks are placed in the note's text like new threads; a mark the note has keeps its words.
      const markPlan = planMarkImport(marks, copy.marks, copy.origin);
      for (const mark of markPlan.newMarks) {
        const placement = reanchorFlat(flat, mark.anchor.selector);
        const placed = { ...mark, anchor: { selector: withPlacement(mark.anchor.selector, placement, flat), status: placement.status } };
        marks.set(mark.id, placed);
        writeMark.insert(placed);
      }
      for (const mark of markPlan.changedMarks) writeMark.update(mark);
      const file = path.basename(copy.file);
      const marksAdded = markPlan.newMarks.filter((mark) => mark.deletedAt === null).length;
      const perFile = { file, roundId: copy.roundId, added: plan.added, merged: plan.merged, notPlaced, incomplete: copy.incomplete, marks: marksAdded };
      recordRound.run(copy.roundId, stamp, copy.baseRevision, file, JSON.stringify(perFile));
      summary.added += plan.added;
      summary.marks += marksAdded;
      summary.merged += plan.merged;
      summary.notPlaced.push(...notPlaced);
      summary.perFile.push(perFile);
      if (copy.incomplete) summary.incomplete.push(file);
    }
    // Checked inside the transaction: throwing rolls back everything this import wrote.
    if (state.threads.size > MAX_THREADS_PER_NOTE || state.comments.size > MAX_COMMENTS_PER_NOTE || marks.size > MAX_COMMENTS_PER_NOTE) {
      throw new HelderError('review.tooLarge', { file: copies.map((copy) => path.basename(copy.file)).join(', ') });
    }
    return summary;
  })();
}
