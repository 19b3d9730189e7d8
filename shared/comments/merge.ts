import type { Anchor, CommentItem } from '../contract/comments';

/*
 * Merging returned review copies. Every thread and comment has a UUID, so merging is a union by id
 * with a rule for the fields that can change after creation. Each rule picks a maximum under a
 * total order, so the result does not depend on import order (commutative) and importing the
 * same copy again picks the same winners (idempotent). Deletions travel as tombstones and also
 * form a union: once deleted anywhere, an item stays deleted.
 */

export type CommentRecord = CommentItem;

export interface ThreadRecord {
  id: string;
  createdAt: string;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** When `resolved` last changed (resolve or reopen); orders competing changes. */
  stateChangedAt: string | null;
  anchor: Anchor;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareTuples(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const order = compareStrings(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}

const commentKey = (c: CommentRecord) => [c.editedAt ?? c.createdAt, c.body, c.suggestion ?? '', c.stance ?? '', c.author];

/** The later edit wins; equal times fall back to the content so every order picks the same one. */
export function pickComment(a: CommentRecord, b: CommentRecord): CommentRecord {
  return compareTuples(commentKey(b), commentKey(a)) > 0 ? b : a;
}

const stateKey = (t: ThreadRecord) => [t.stateChangedAt ?? '', t.resolved ? '1' : '0', t.resolvedAt ?? '', t.resolvedBy ?? ''];

/**
 * The later resolve/reopen wins. The anchor is never taken from a copy for a thread the note
 * already has: the writer's own note knows best where its text stands.
 */
export function pickThreadState(local: ThreadRecord, incoming: ThreadRecord): ThreadRecord {
  if (compareTuples(stateKey(incoming), stateKey(local)) <= 0) return local;
  return { ...local, resolved: incoming.resolved, resolvedAt: incoming.resolvedAt, resolvedBy: incoming.resolvedBy, stateChangedAt: incoming.stateChangedAt };
}

export const sameComment = (a: CommentRecord, b: CommentRecord) => compareTuples(commentKey(a), commentKey(b)) === 0;
export const sameThreadState = (a: ThreadRecord, b: ThreadRecord) => compareTuples(stateKey(a), stateKey(b)) === 0;

/** What the note holds; `planImport` updates it as it plans, so several copies merge in one pass. */
export interface MergeState {
  threads: Map<string, ThreadRecord>;
  comments: Map<string, CommentRecord>;
  tombstones: Set<string>;
}

export interface CopyContent {
  threads: readonly ThreadRecord[];
  comments: readonly CommentRecord[];
  tombstones: readonly string[];
}

export interface MergePlan {
  newThreads: ThreadRecord[];
  changedThreads: ThreadRecord[];
  newComments: CommentRecord[];
  changedComments: CommentRecord[];
  newTombstones: string[];
  /** Ids of threads and comments to delete because a copy deleted them. */
  deletions: string[];
  added: number;
  merged: number;
}

export function planImport(state: MergeState, copy: CopyContent): MergePlan {
  const plan: MergePlan = { newThreads: [], changedThreads: [], newComments: [], changedComments: [], newTombstones: [], deletions: [], added: 0, merged: 0 };

  for (const id of copy.tombstones) {
    if (state.tombstones.has(id)) continue;
    state.tombstones.add(id);
    plan.newTombstones.push(id);
    if (state.threads.delete(id)) plan.deletions.push(id);
    if (state.comments.delete(id)) plan.deletions.push(id);
  }
  // A deleted thread takes its comments with it, wherever they came from.
  for (const comment of [...state.comments.values()]) {
    if (state.tombstones.has(comment.threadId)) {
      state.comments.delete(comment.id);
      plan.deletions.push(comment.id);
    }
  }

  for (const thread of copy.threads) {
    if (state.tombstones.has(thread.id)) continue;
    const local = state.threads.get(thread.id);
    if (!local) {
      state.threads.set(thread.id, thread);
      plan.newThreads.push(thread);
      continue;
    }
    const winner = pickThreadState(local, thread);
    if (winner !== local) {
      state.threads.set(thread.id, winner);
      plan.changedThreads.push(winner);
    }
  }

  for (const comment of copy.comments) {
    if (state.tombstones.has(comment.id) || state.tombstones.has(comment.threadId)) continue;
    if (!state.threads.has(comment.threadId)) continue;
    const local = state.comments.get(comment.id);
    if (!local) {
      state.comments.set(comment.id, comment);
      plan.newComments.push(comment);
      plan.added += 1;
      continue;
    }
    plan.merged += 1;
    // A copy cannot move a comment to another thread.
    if (local.threadId !== comment.threadId) continue;
    const winner = pickComment(local, comment);
    if (winner !== local && !sameComment(winner, local)) {
      state.comments.set(comment.id, winner);
      plan.changedComments.push(winner);
    }
  }
  return plan;
}
