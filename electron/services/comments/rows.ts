import { z } from 'zod';
import { Anchor, CommentKind, Stance, type CommentItem } from '../../../shared/contract';
import type { ThreadRecord } from '../../../shared/comments';

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
