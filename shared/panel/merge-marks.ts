import type { NotUnderstoodMark } from '../contract/not-understood';

/*
 * Merging "niet begrepen" marks from returned review copies, under the rules comments follow
 * (shared/comments/merge.ts): a union by id; a changed mark is decided by a maximum under a total
 * order, so any import order gives the same set and importing a copy again changes nothing. A
 * copy may add marks, and edit or delete only marks it added itself. The words a mark stands on
 * are never taken from a copy for a mark the note already has, so a mark cannot move to other
 * words; who added a mark (its origin) is decided by the importer, never read from the copy.
 *
 * A deleted mark keeps its row with `deletedAt` set (its own tombstone): deletion is final, so an
 * older copy that still holds the mark cannot bring it back, and the comment tombstones stay
 * about comments only.
 */

export interface MarkRecord extends NotUnderstoodMark {
  deletedAt: string | null;
}

export type MarkState = Map<string, MarkRecord>;

export interface MarkPlan {
  newMarks: MarkRecord[];
  changedMarks: MarkRecord[];
}

/** Later edit first, then the content, so every order picks the same winner. */
const editKey = (mark: MarkRecord) => [mark.deletedAt === null ? '0' : '1', mark.deletedAt ?? '', mark.editedAt ?? mark.createdAt, mark.meaning ?? '', mark.author];

function isLater(a: readonly string[], b: readonly string[]): boolean {
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) return (a[index] ?? '') > (b[index] ?? '');
  }
  return false;
}

/** Plans the import of one copy's marks; `state` is updated, so several copies merge in one pass. */
export function planMarkImport(state: MarkState, incoming: readonly MarkRecord[], origin: string): MarkPlan {
  const plan: MarkPlan = { newMarks: [], changedMarks: [] };
  for (const received of incoming) {
    const mark = { ...received, origin };
    const local = state.get(mark.id);
    if (!local) {
      state.set(mark.id, mark);
      plan.newMarks.push(mark);
      continue;
    }
    if (local.origin !== origin || !isLater(editKey(mark), editKey(local))) continue;
    // What may change is what the resident typed (or that they took the mark back); the words
    // and their place stay the note's own.
    const changed: MarkRecord = { ...local, meaning: mark.meaning, author: mark.author, editedAt: mark.editedAt, deletedAt: mark.deletedAt };
    state.set(mark.id, changed);
    plan.changedMarks.push(changed);
  }
  return plan;
}

/** The marks a person sees: deleted ones stay behind as tombstones only. */
export const liveMarks = (marks: Iterable<MarkRecord>): NotUnderstoodMark[] =>
  [...marks].filter((mark) => mark.deletedAt === null).map(({ deletedAt: _deleted, ...mark }) => mark);
