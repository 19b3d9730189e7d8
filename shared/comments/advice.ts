import type { CommentItem, Thread } from '../contract/comments';

/** An advies thread: its opening comment is the advisor's review note. */
export const isAdvice = (thread: Pick<Thread, 'comments'>): boolean => thread.comments[0]?.kind === 'advies';

export const isAdviceComment = (comment: Pick<CommentItem, 'kind'>): boolean => comment.kind === 'advies';
