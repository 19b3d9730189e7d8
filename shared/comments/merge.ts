import type { Anchor, CommentItem } from '../contract/comments';

/*
 * Merging returned review copies. Every thread and comment has a UUID, so merging is a union by id
 * with a rule for the fields that can change after creation. Each rule picks a maximum under a
 * total order, so the result does not depend on import order (commutative) and importing the
 * same copy again picks the same winners (idempotent).
 *
 * A copy comes back from someone else's computer, so it may only do what a panel member's Helder
 * can do: add threads and replies, and edit, delete or resolve what that same copy added before.
 * Who added an item (its origin) is decided here, from the copy it arrived in, never read from
 * the copy: a copy cannot rewrite, delete, resolve or reopen the writer's comments or another
 * copy's, nor pass its comments off as the writer's.
 *
 * Giving advies is the advisor's, in the note itself; a review copy goes to residents. A copy may
 * carry the writer's shared advies threads and add replies to them, but whatever it adds arrives
 * as an ordinary reaction: an advies "made" in a copy keeps its words and loses the label.
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

/** The comment as an ordinary reaction: without the advies label and the finding it names. */
function asReaction(comment: CommentRecord): CommentRecord {
  if (comment.kind === undefined && comment.findingRule === undefined) return comment;
  const { kind: _kind, findingRule: _rule, ...reaction } = comment;
  return reaction;
}

/** The origin of a thread is the origin of its opening (earliest) comment. */
function threadOrigins(comments: Iterable<CommentRecord>): Map<string, string> {
  const first = new Map<string, CommentRecord>();
  for (const comment of comments) {
    const current = first.get(comment.threadId);
    if (!current || compareTuples([comment.createdAt, comment.id], [current.createdAt, current.id]) < 0) first.set(comment.threadId, comment);
  }
  return new Map([...first].map(([threadId, comment]) => [threadId, comment.origin]));
}

/**
 * Plans the import of one copy. `origin` names the copy (decided by the importer); every item the
 * copy adds gets it, and only items with that origin can be changed or deleted by the copy.
 */
export function planImport(state: MergeState, incoming: CopyContent, origin: string): MergePlan {
  const plan: MergePlan = { newThreads: [], changedThreads: [], newComments: [], changedComments: [], newTombstones: [], deletions: [], added: 0, merged: 0 };
  const copy: CopyContent = { ...incoming, comments: incoming.comments.map((comment) => ({ ...asReaction(comment), origin })) };
  const owners = threadOrigins(state.comments.values());
  const ownedByCopy = (id: string) => state.comments.get(id)?.origin === origin || (state.threads.has(id) && owners.get(id) === origin);
  const knownElsewhere = (id: string) => (state.comments.has(id) || state.threads.has(id)) && !ownedByCopy(id);

  for (const id of copy.tombstones) {
    // A copy deletes only what it added itself; the writer's and other copies' items stay.
    if (state.tombstones.has(id) || knownElsewhere(id)) continue;
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

  const copyOpeners = threadOrigins(copy.comments);
  for (const thread of copy.threads) {
    if (state.tombstones.has(thread.id)) continue;
    const local = state.threads.get(thread.id);
    if (!local) {
      // A new thread must open with a comment of its own; an empty one is nothing a client makes.
      if (!copyOpeners.has(thread.id)) continue;
      state.threads.set(thread.id, thread);
      owners.set(thread.id, origin);
      plan.newThreads.push(thread);
      continue;
    }
    // Resolving or reopening is the thread owner's: a copy changes the state of its own threads only.
    if (owners.get(thread.id) !== origin) continue;
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
    // A copy cannot move a comment to another thread, nor edit a comment it did not add.
    if (local.threadId !== comment.threadId || local.origin !== origin) continue;
    const winner = pickComment(local, comment);
    if (winner !== local && !sameComment(winner, local)) {
      state.comments.set(comment.id, winner);
      plan.changedComments.push(winner);
    }
  }
  return plan;
}
