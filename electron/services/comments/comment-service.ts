import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import fs from 'node:fs';
import path from 'node:path';
import { HelderError, type Anchor, type ExportFormat, type ImportSummary, type QuoteSelectorPayload, type ReviewCopyInfo, type ReviewRound, type Stance, type Thread, type CommentItem, type ThreadList } from '../../../shared/contract';
import { cleanAuthor, cleanText, commentsCsv, commentsHtml, commentsMarkdown, type ExportLanguage } from '../../../shared/comments';
import type { NoteStore } from '../note-store';
import type { SqliteDatabase, SqliteOptions } from '../sqlite';
import { currentBlocks, noteTitle } from './note-data';
import { readComment, readIdentity, readThreadList, readThread, readThreadRecord, readThreads, writers } from './repository';
import { reviewCopyPath, writeReviewCopy, type ExportedCopy } from './review-export';
import { createFileAtomic } from '../atomic-file';
import { MAX_COMMENTS_PER_NOTE, MAX_THREADS_PER_NOTE } from '../note-store/limits';
import { asHelderError } from '../note-store/file-access';
import { mergeCopies, readReturnedCopy, type ReturnedCopy } from './review-import';
import { RoundRow } from './rows';
import { ReadAhead } from './read-ahead';
import { parseReplyAhead } from '../parsed-replies';

export interface CommentServiceOptions extends SqliteOptions {
  /** Injected so tests can move time instead of waiting. */
  now?: () => Date;
  /** Language of export headings. */
  language?: () => ExportLanguage;
}

const dutchNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A note holds at most this many comments and threads; beyond it the UI and exports crawl. */
function assertRoom(db: SqliteDatabase, file: string, adding: number): void {
  const { threads, comments } = db.prepare('SELECT (SELECT count(*) FROM threads) AS threads, (SELECT count(*) FROM comments) AS comments').get() as { threads: number; comments: number };
  const limit = threads + adding > MAX_THREADS_PER_NOTE ? MAX_THREADS_PER_NOTE : comments + adding > MAX_COMMENTS_PER_NOTE ? MAX_COMMENTS_PER_NOTE : null;
  if (limit !== null) throw new HelderError('note.tooManyComments', { file: path.basename(file), limit: dutchNumber(limit) });
}

export interface NewThread {
  anchor: QuoteSelectorPayload;
  stance: Stance;
  body: string;
  suggestion?: string | undefined;
  author: string;
}

export interface NewAdvice extends Omit<NewThread, 'stance'> {
  findingRule?: string | undefined;
}

/**
 * The thread list, parsed against the reply's schema here (dispatch then sends it as it is), so
 * a damaged row in the file, whether the row check or the reply parse finds it, is named as that:
 * nothing is written, the note's text still opens, only the list is refused.
 */
function listOf(db: SqliteDatabase, file: string): ThreadList {
  try {
    return parseReplyAhead('comments.summaries', readThreadList(db));
  } catch (error) {
    if (error instanceof ZodError || error instanceof SyntaxError) throw new HelderError('comments.damaged', fileParams(file), error);
    throw error;
  }
}

const extensions: Record<ExportFormat, string> = { csv: '.csv', html: '.html', markdown: '.md' };
const fileParams = (file: string) => ({ file: path.basename(file) });

/**
 * Comments, replies and review rounds of notes, on the same connections the note store keeps
 * open (so a note never has two writers in this process). Every write is one transaction.
 */
export class CommentService {
  private readonly now: () => Date;
  private readonly language: () => ExportLanguage;
  private readonly sqlite: SqliteOptions;
  private readonly ahead = new ReadAhead();

  constructor(
    private readonly store: NoteStore,
    options: CommentServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.language = options.language ?? (() => 'nl');
    this.sqlite = { nativeBinding: options.nativeBinding };
  }

  list(file: string): Thread[] {
    return readThreads(this.db(file));
  }

  /** The threads as the list shows them: what a note needs when it opens. */
  summaries(file: string): ThreadList {
    const db = this.db(file);
    return this.ahead.take(db) ?? listOf(db, file);
  }

  /**
   * A note was just opened and its list will be asked for next: read it once the note's reply
   * is on its way (see read-ahead.ts). A failure here is left to the request to report.
   */
  readAhead(file: string): void {
    const db = this.db(file);
    this.ahead.want(db);
    setImmediate(() => {
      try {
        this.ahead.read(db, () => listOf(db, file));
      } catch {
        // The page's own comments.summaries reads the list again and reports what is wrong.
      }
    });
  }

  /** One thread with all its replies. */
  get(file: string, threadId: string): Thread {
    return this.thread(this.db(file), threadId);
  }

  add(file: string, input: NewThread): Thread {
    return this.open(file, input, { stance: input.stance });
  }

  /**
   * An advisor's review note on a finding's words or a sentence. Made in the note itself: a review
   * copy goes to residents, who may answer an advies but not give one (see planImport).
   */
  advise(file: string, input: NewAdvice): Thread {
    const db = this.writable(file);
    if (readIdentity(db).review_round_id !== null) throw new HelderError('comments.adviceInReviewCopy', fileParams(file));
    return this.open(file, input, { stance: null, kind: 'advies', ...(input.findingRule ? { findingRule: input.findingRule } : {}) });
  }

  /** A new thread with its opening comment, in one transaction. */
  private open(file: string, input: Omit<NewThread, 'stance'>, what: Pick<CommentItem, 'stance' | 'kind' | 'findingRule'>): Thread {
    const db = this.writable(file);
    const stamp = this.now().toISOString();
    const threadId = randomUUID();
    const anchor: Anchor = { selector: input.anchor, status: 'exact' };
    db.transaction(() => {
      assertRoom(db, file, 1);
      const write = writers(db);
      write.insertThread({ id: threadId, createdAt: stamp, resolved: false, resolvedAt: null, resolvedBy: null, stateChangedAt: null, anchor });
      write.insertComment({
        id: randomUUID(),
        threadId,
        author: this.author(input.author),
        body: this.body(input.body),
        suggestion: input.suggestion ? cleanText(input.suggestion) : null,
        createdAt: stamp,
        editedAt: null,
        origin: this.origin(db),
        ...what,
      });
    })();
    return this.thread(db, threadId);
  }

  reply(file: string, input: { threadId: string; body: string; author: string }): Thread {
    const db = this.writable(file);
    db.transaction(() => {
      this.thread(db, input.threadId);
      assertRoom(db, file, 1);
      writers(db).insertComment({
        id: randomUUID(),
        threadId: input.threadId,
        author: this.author(input.author),
        stance: null,
        body: this.body(input.body),
        suggestion: null,
        createdAt: this.now().toISOString(),
        editedAt: null,
        origin: this.origin(db),
      });
    })();
    return this.thread(db, input.threadId);
  }

  edit(file: string, input: { commentId: string; body: string; suggestion?: string | null | undefined; stance?: Stance | undefined }): Thread {
    const db = this.writable(file);
    const threadId = db.transaction(() => {
      const comment = readComment(db, input.commentId);
      if (!comment) throw new HelderError('comments.notFound', {});
      const first = this.thread(db, comment.threadId).comments[0];
      // Only the opening comment says what kind of reaction the thread is; an advies has no stance.
      const stance = first?.id === comment.id && comment.kind !== 'advies' ? (input.stance ?? comment.stance) : null;
      const suggestion = input.suggestion === undefined ? comment.suggestion : input.suggestion === null || input.suggestion === '' ? null : cleanText(input.suggestion);
      writers(db).updateComment({ ...comment, body: this.body(input.body), suggestion, stance, editedAt: this.now().toISOString() });
      return comment.threadId;
    })();
    return this.thread(db, threadId);
  }

  resolve(file: string, input: { threadId: string; resolved: boolean; by: string }): Thread {
    const db = this.writable(file);
    db.transaction(() => {
      const record = readThreadRecord(db, input.threadId);
      if (!record) throw new HelderError('comments.notFound', {});
      const stamp = this.now().toISOString();
      writers(db).updateThreadState({
        ...record,
        resolved: input.resolved,
        resolvedAt: input.resolved ? stamp : null,
        resolvedBy: input.resolved ? this.author(input.by) : null,
        stateChangedAt: stamp,
      });
    })();
    return this.thread(db, input.threadId);
  }

  /** Deletes a reply, or the whole thread (also when asked to delete its opening comment). */
  remove(file: string, input: { threadId: string; commentId?: string | undefined }): number {
    const db = this.writable(file);
    return db.transaction(() => {
      const thread = this.thread(db, input.threadId);
      const stamp = this.now().toISOString();
      const write = writers(db);
      if (input.commentId === undefined || thread.comments[0]?.id === input.commentId) {
        for (const comment of thread.comments) write.insertTombstone(comment.id, stamp);
        write.remove(thread.id, stamp);
        return thread.comments.length;
      }
      if (!thread.comments.some((comment) => comment.id === input.commentId)) throw new HelderError('comments.notFound', {});
      return write.remove(input.commentId, stamp);
    })();
  }

  updateAnchors(file: string, updates: readonly { threadId: string; anchor: Anchor }[]): number {
    const db = this.writable(file);
    return db.transaction(() => {
      const write = writers(db);
      let updated = 0;
      for (const update of updates) updated += write.updateAnchor(update.threadId, update.anchor);
      return updated;
    })();
  }

  exportContent(file: string, format: ExportFormat): string {
    const db = this.db(file);
    const input = { title: noteTitle(db), threads: readThreads(db), blocks: currentBlocks(db), language: this.language(), now: this.now().toISOString() };
    if (format === 'csv') return commentsCsv(input);
    return format === 'html' ? commentsHtml(input) : commentsMarkdown(input);
  }

  /**
   * Writes an export next to the note as `<name> reacties.<ext>` (or `... 2`): always a new file,
   * written whole (a full disk leaves nothing behind), never over an existing file or symlink.
   */
  exportToFile(file: string, format: ExportFormat): string {
    const content = this.exportContent(file, format);
    // A BOM lets spreadsheet programs read the CSV as UTF-8 (é, ë) instead of a legacy code page.
    const bytes = format === 'csv' ? `\uFEFF${content}` : content;
    const stem = `${path.basename(file, path.extname(file))} reacties`;
    for (let counter = 1; ; counter += 1) {
      const candidate = path.join(path.dirname(file), `${stem}${counter === 1 ? '' : ` ${counter}`}${extensions[format]}`);
      try {
        createFileAtomic(candidate, bytes);
        return candidate;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asHelderError(error, candidate);
      }
    }
  }

  info(file: string): { noteId: string; reviewCopy: ReviewCopyInfo | null; rounds: ReviewRound[] } {
    const db = this.db(file);
    const identity = readIdentity(db);
    const rounds = db
      .prepare('SELECT round_id, kind, created_at, base_revision, file, summary FROM review_rounds ORDER BY id')
      .all()
      .map((row) => {
        const r = RoundRow.parse(row);
        return { roundId: r.round_id, kind: r.kind, createdAt: r.created_at, baseRevision: r.base_revision, file: r.file, summary: JSON.parse(r.summary) as Record<string, unknown> };
      });
    const reviewCopy =
      identity.review_round_id !== null && identity.review_source_note_id !== null
        ? { roundId: identity.review_round_id, baseRevision: identity.review_base_revision, sourceNoteId: identity.review_source_note_id }
        : null;
    return { noteId: identity.note_id, reviewCopy, rounds };
  }

  /**
   * "Maak reviewkopie". The renderer saves pending text first, so the copy holds what the writer
   * sees. `share`: open threads the panel may see (default none); `target` only for tests.
   */
  exportReviewCopy(file: string, options: { share?: readonly string[]; target?: string } = {}): ExportedCopy {
    const db = this.writable(file);
    const at = this.now();
    const exported = this.store.write(file, () => writeReviewCopy(db, options.target ?? reviewCopyPath(file, at), at, this.sqlite, options.share ?? []));
    try {
      db.transaction(() => {
        db.prepare("INSERT INTO review_rounds (round_id, kind, created_at, base_revision, file, summary) VALUES (?, 'export', ?, ?, ?, '{}')").run(
          exported.roundId, at.toISOString(), exported.baseRevision, path.basename(exported.file),
        );
      })();
    } catch (error) {
      // A copy whose round the note does not know is not offered to anyone.
      fs.rmSync(exported.file, { force: true });
      throw error;
    }
    return exported;
  }

  /** "Reacties importeren": every file is checked before anything is written; one refusal refuses all. */
  importReviewCopies(file: string, files: readonly string[]): ImportSummary {
    const db = this.writable(file);
    const identity = readIdentity(db);
    if (identity.review_round_id !== null) throw new HelderError('review.isReviewCopy', fileParams(file));
    const unique = [...new Set(files.map((name) => path.resolve(name)))];
    const copies: ReturnedCopy[] = unique.map((copy) => {
      if (copy === path.resolve(file)) throw new HelderError('review.notReviewCopy', fileParams(copy));
      return readReturnedCopy(copy, identity.note_id, this.sqlite);
    });
    return this.store.write(file, () => mergeCopies(db, copies, this.now()));
  }

  private db(file: string): SqliteDatabase {
    return this.store.database(file);
  }

  private writable(file: string): SqliteDatabase {
    return this.store.writableDatabase(file);
  }

  private thread(db: SqliteDatabase, id: string): Thread {
    const thread = readThread(db, id);
    if (!thread) throw new HelderError('comments.notFound', {});
    return thread;
  }

  /** A comment made in a review copy carries that copy's round from the start. */
  private origin(db: SqliteDatabase): string {
    return readIdentity(db).review_round_id ?? 'local';
  }

  private body(text: string): string {
    const body = cleanText(text);
    if (body.trim() === '') throw new HelderError('ipc.invalidRequest', { reason: 'body' });
    return body;
  }

  private author(name: string): string {
    const author = cleanAuthor(name);
    if (author === '') throw new HelderError('ipc.invalidRequest', { reason: 'author' });
    return author;
  }
}
