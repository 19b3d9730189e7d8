import { z } from 'zod';
import { Anchor, CommentKind, Stance, type CommentItem } from '../../../shared/contract';
import type { ThreadRecord } from '../../../shared/comments';
import { shapeCheck } from '../../../shared/contract/shape-check';

/** Rows as SQLite returns them, parsed before use so a damaged or hand-made copy fails clearly. */
export const ThreadRow = z.object({
  id: z.uuid(),
  created_at: z.string(),
  resolved: z.union([z.literal(0), z.literal(1)]),
  resolved_at: z.string().nullable(),
  resolved_by: z.string().nullable(),
  state_changed_at: z.string().nullable(),
  anchor: z.string(),
});

export const CommentRow = z.object({
  id: z.uuid(),
  thread_id: z.uuid(),
  author: z.string().max(200),
  stance: Stance.nullable(),
  body: z.string().max(20_000),
  suggestion: z.string().max(20_000).nullable(),
  created_at: z.string(),
  edited_at: z.string().nullable(),
  origin: z.string().max(100),
  // Absent in a review copy written before schema 5.
  kind: CommentKind.optional(),
  finding_rule: z.string().min(1).max(100).nullable().optional(),
});

export const IdentityRow = z.object({
  note_id: z.uuid(),
  review_round_id: z.uuid().nullable(),
  review_base_revision: z.number().int().nullable(),
  review_source_note_id: z.uuid().nullable(),
});
export type IdentityRow = z.infer<typeof IdentityRow>;

export const RoundRow = z.object({
  round_id: z.uuid(),
  kind: z.enum(['export', 'import']),
  created_at: z.string(),
  base_revision: z.number().int().nullable(),
  file: z.string(),
  summary: z.string(),
});

/** thread_id and author of one comment, as a raw row. */
export const AuthorRow = z.tuple([z.string(), z.string().max(200)]);

export const TombstoneRow = z.object({ id: z.string() });

export const threadFromRow = (row: unknown): ThreadRecord => {
  const r = ThreadRow.parse(row);
  return {
    id: r.id,
    createdAt: r.created_at,
    resolved: r.resolved === 1,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    stateChangedAt: r.state_changed_at,
    anchor: Anchor.parse(JSON.parse(r.anchor)),
  };
};

export const commentFromRow = (row: unknown): CommentItem => {
  const r = CommentRow.parse(row);
  return {
    id: r.id,
    threadId: r.thread_id,
    author: r.author,
    stance: r.stance,
    body: r.body,
    suggestion: r.suggestion,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    origin: r.origin,
    // Only an advies says what it is, so an ordinary comment reads the same as before schema 5.
    ...(r.kind === 'advies' ? { kind: 'advies' as const, ...(r.finding_rule ? { findingRule: r.finding_rule } : {}) } : {}),
  };
};

// ---- raw rows for the thread list a note opens with ------------------------------------------
// The list of a note with 10,000 comments is 2,000 threads: a zod parse per row (and per anchor)
// was most of main's time for it. These readers check the columns by hand and fall back to the
// zod row parse only when a check fails, so a damaged row fails exactly as before. What they skip
// are the refinements (uuid, lengths): the list is parsed in full against ListedThread on its way
// out (dispatch.ts), and that parse refuses the same rows.

const isAnchorShape = shapeCheck(Anchor);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const STANCES = new Set<unknown>(Stance.options);

/** Columns of a raw thread row, in this order. */
export const THREAD_COLUMNS = ['id', 'created_at', 'resolved', 'resolved_at', 'resolved_by', 'state_changed_at', 'anchor'] as const;

const asObject = (columns: readonly string[], row: readonly unknown[]) => Object.fromEntries(columns.map((column, index) => [column, row[index]]));

/** A thread row read with `.raw()` and THREAD_COLUMNS. */
export function threadFromRaw(row: readonly unknown[]): ThreadRecord {
  const [id, createdAt, resolved, resolvedAt, resolvedBy, stateChangedAt, anchorText] = row;
  if (isText(id) && isText(createdAt) && (resolved === 0 || resolved === 1) && isTextOrNull(resolvedAt) && isTextOrNull(resolvedBy) && isTextOrNull(stateChangedAt) && isText(anchorText)) {
    const anchor: unknown = JSON.parse(anchorText);
    if (isAnchorShape(anchor)) return { id, createdAt, resolved: resolved === 1, resolvedAt, resolvedBy, stateChangedAt, anchor: anchor as ThreadRecord['anchor'] };
  }
  return threadFromRow(asObject(THREAD_COLUMNS, row));
}

/**
 * Reads comment rows fetched with `.raw()`; `columns` are the statement's column names (a copy
 * written before schema 5 has no `kind` or `finding_rule`).
 */
export function commentReader(columns: readonly string[]): (row: readonly unknown[]) => CommentItem {
  const index = (column: string) => columns.indexOf(column);
  const [id, threadId, author, stance, body, suggestion, createdAt, editedAt, origin, kind, findingRule] = [
    'id', 'thread_id', 'author', 'stance', 'body', 'suggestion', 'created_at', 'edited_at', 'origin', 'kind', 'finding_rule',
  ].map(index) as [number, number, number, number, number, number, number, number, number, number, number];
  return (row) => {
    const c = { id: row[id], threadId: row[threadId], author: row[author], stance: row[stance], body: row[body], suggestion: row[suggestion], createdAt: row[createdAt], editedAt: row[editedAt], origin: row[origin] };
    // An absent column reads as undefined (row[-1]).
    const k = row[kind];
    const rule = row[findingRule];
    if (
      isText(c.id) &&
      isText(c.threadId) &&
      isText(c.author) &&
      (c.stance === null || STANCES.has(c.stance)) &&
      isText(c.body) &&
      isTextOrNull(c.suggestion) &&
      isText(c.createdAt) &&
      isTextOrNull(c.editedAt) &&
      isText(c.origin) &&
      (k === undefined || k === 'reactie' || k === 'advies') &&
      (rule === undefined || rule === null || (isText(rule) && rule !== ''))
    ) {
      const item = c as CommentItem;
      // Only an advies says what it is, as in commentFromRow.
      return k === 'advies' ? { ...item, kind: 'advies', ...(rule ? { findingRule: rule as string } : {}) } : item;
    }
    return commentFromRow(asObject(columns, row));
  };
}
