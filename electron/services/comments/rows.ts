import { z } from 'zod';
import { Anchor, CommentKind, EXCERPT_LENGTH, Stance, type CommentItem, type ThreadList } from '../../../shared/contract';
import { openingSummary } from '../../../shared/comments/summary';
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

// ---- raw rows for the thread list a note opens with -----------------------------------------
// The list of a note with 10,000 comments is 2,000 threads: a zod parse per row (and per anchor)
// would be most of main's time for it. listAdder checks the columns by hand and falls back to
// the zod row parse only when a check fails, so a damaged row fails as clearly as anywhere else.
// What it skips are the refinements (uuid, lengths): the list is parsed in full against
// ThreadList on its way out (dispatch.ts), and that parse refuses the same rows.

const isAnchorShape = shapeCheck(Anchor);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const STANCES = new Set<unknown>(Stance.options);
const isAuthors = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/** Characters of a body or suggestion read for the list: one more than an excerpt holds, so excerptOf can tell it was cut. */
const READ_LENGTH = EXCERPT_LENGTH + 1;

/**
 * The list's query: each thread with its opening comment (only the start of its body and
 * suggestion), how many comments it has and who wrote them, first writer first. The opening
 * comment, the count and the authors come from the comments_thread_list index alone (schema 7):
 * reply rows, bodies included, are never read. Both orders are spelled out (created_at, then id,
 * as a full read has them), so comments written in the same millisecond are listed the same way
 * with or without that index (a note opened read-only is not migrated). `advice` is false for a
 * review copy written before schema 5, whose comments have no kind or finding_rule.
 */
export const summarySql = (advice: boolean) => `
  SELECT t.id, t.created_at, t.resolved, t.anchor,
    o.author, o.stance, ${advice ? 'o.kind, o.finding_rule' : 'NULL, NULL'}, o.origin, o.created_at,
    substr(o.body, 1, ${READ_LENGTH}), substr(o.suggestion, 1, ${READ_LENGTH}), g.n, g.authors
  FROM threads t
  LEFT JOIN comments o ON o.rowid = (SELECT rowid FROM comments WHERE thread_id = t.id ORDER BY created_at, id LIMIT 1)
  LEFT JOIN (
    SELECT thread_id, count(*) AS n, json_group_array(DISTINCT author ORDER BY created_at, id) AS authors FROM comments GROUP BY thread_id
  ) g ON g.thread_id = t.id
  ORDER BY t.created_at, t.id`;

/** The same row as zod sees it, for the message when a hand check fails. */
const SummaryRow = z.tuple([
  z.uuid(),
  z.string(),
  z.union([z.literal(0), z.literal(1)]),
  z.string(),
  z.string().max(200).nullable(),
  Stance.nullable(),
  CommentKind.nullable(),
  z.string().min(1).max(100).nullable(),
  z.string().max(100).nullable(),
  z.string().nullable(),
  z.string().nullable(),
  z.string().nullable(),
  z.number().int().nullable(),
  z.string().nullable(),
]);

function refuse(row: readonly unknown[]): never {
  const [, , , anchor, , , , , , , , , , authors] = SummaryRow.parse(row);
  Anchor.parse(JSON.parse(anchor));
  if (authors !== null) z.array(z.string()).parse(JSON.parse(authors));
  throw new Error('comments: a thread row of the file is damaged');
}

/** Names (authors, review rounds) of a ThreadList, each once, in the order first met. */
class NameTable {
  readonly names: string[] = [];
  private readonly places = new Map<string, number>();

  indexOf(name: string): number {
    let index = this.places.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.places.set(name, index);
    }
    return index;
  }
}

/** An empty ThreadList to add summarySql's rows to (addListedRow). */
export function emptyThreadList(): ThreadList {
  return {
    authors: [],
    origins: [],
    id: [],
    createdAt: [],
    resolved: [],
    status: [],
    exact: [],
    prefix: [],
    suffix: [],
    blockIndex: [],
    blockId: [],
    start: [],
    end: [],
    commentCount: [],
    threadAuthors: [],
    openingAuthor: [],
    stance: [],
    kind: [],
    findingRule: [],
    origin: [],
    openedAt: [],
    excerpt: [],
    suggestion: [],
    cut: [],
  };
}

/** Adds rows of summarySql to a list, checking each by hand (see above). */
export function listAdder(list: ThreadList): (row: readonly unknown[]) => void {
  const authorNames = new NameTable();
  const originNames = new NameTable();
  // The tables fill as rows come; the list holds the very arrays.
  list.authors = authorNames.names;
  list.origins = originNames.names;
  return (row) => {
    const [id, createdAt, resolved, anchorText, author, stance, kind, findingRule, origin, openedAt, body, suggestion, count, authorsText] = row;
    if (!isText(id) || !isText(createdAt) || (resolved !== 0 && resolved !== 1) || !isText(anchorText)) refuse(row);
    const anchor: unknown = JSON.parse(anchorText);
    if (!isAnchorShape(anchor)) refuse(row);
    // A thread without comments (LEFT JOIN): every comment column is null.
    const empty = author === null && count === null;
    const authors: unknown = isText(authorsText) ? JSON.parse(authorsText) : null;
    if (
      !empty &&
      (!isText(author) ||
        !(stance === null || STANCES.has(stance)) ||
        !(kind === null || kind === 'reactie' || kind === 'advies') ||
        !(findingRule === null || (isText(findingRule) && findingRule !== '')) ||
        !isText(origin) ||
        !isText(openedAt) ||
        !isText(body) ||
        !isTextOrNull(suggestion) ||
        typeof count !== 'number' ||
        !isAuthors(authors))
    ) {
      refuse(row);
    }
    const { selector, status } = anchor as Anchor;
    list.id.push(id);
    list.createdAt.push(createdAt);
    list.resolved.push(resolved === 1);
    list.status.push(status);
    list.exact.push(selector.exact);
    list.prefix.push(selector.prefix);
    list.suffix.push(selector.suffix);
    list.blockIndex.push(selector.blockIndex);
    list.blockId.push(selector.blockId ?? null);
    list.start.push(selector.start ?? null);
    list.end.push(selector.end ?? null);
    if (empty) {
      list.commentCount.push(0);
      list.threadAuthors.push([]);
      list.openingAuthor.push(null);
      list.stance.push(null);
      list.kind.push(null);
      list.findingRule.push(null);
      list.origin.push(null);
      list.openedAt.push(null);
      list.excerpt.push(null);
      list.suggestion.push(null);
      list.cut.push(false);
      return;
    }
    // The same opening summary a full read gives (summaryOf), spread over the columns.
    const opening = openingSummary({
      author: author as string,
      stance: stance as Stance | null,
      ...(kind === 'advies' ? { kind: 'advies' as const } : {}),
      ...(findingRule ? { findingRule: findingRule as string } : {}),
      origin: origin as string,
      createdAt: openedAt as string,
      body: body as string,
      suggestion: suggestion as string | null,
    });
    list.commentCount.push(count as number);
    list.threadAuthors.push((authors as string[]).map((name) => authorNames.indexOf(name)));
    list.openingAuthor.push(authorNames.indexOf(opening.author));
    list.stance.push(opening.stance);
    list.kind.push(opening.kind === 'advies' ? 'advies' : null);
    list.findingRule.push(opening.findingRule ?? null);
    list.origin.push(originNames.indexOf(opening.origin));
    list.openedAt.push(opening.createdAt);
    list.excerpt.push(opening.excerpt);
    list.suggestion.push(opening.suggestion);
    list.cut.push(opening.cut);
  };
}
