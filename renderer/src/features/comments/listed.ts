// A thread as the Reacties view holds it: the summary the note opened with (comments.summaries),
// and all its comments once the writer opened the thread (comments.thread) or wrote in it.
import { summaryOf } from '../../../../shared/comments/summary';
import type { CommentItem, Stance, Thread, ThreadSummary } from '../../../../shared/contract';

export interface ListedThread extends ThreadSummary {
  /** Every comment, oldest first; absent until the thread was read in full. */
  comments?: CommentItem[];
}

/** A thread read in full, as the view lists it. */
export const listedThread = (thread: Thread): ListedThread => ({ ...summaryOf(thread), comments: thread.comments });

/**
 * True when the view has all the thread says: its comments were read, or its only comment is
 * the opening one and the summary holds it whole.
 */
export const hasAllComments = (thread: ListedThread): boolean => thread.comments !== undefined || (thread.commentCount <= 1 && !(thread.opening?.cut ?? false));

export const stanceOf = (thread: ListedThread): Stance | null => thread.opening?.stance ?? null;
export const authorOf = (thread: ListedThread): string => thread.opening?.author ?? '';
export const isAdviceThread = (thread: ListedThread): boolean => thread.opening?.kind === 'advies';
