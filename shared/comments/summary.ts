import { EXCERPT_LENGTH, type Anchor, type CommentItem, type ListedOpening, type ListedRow, type OpeningSummary, type Thread, type ThreadList, type ThreadSummary } from '../contract/comments';

/**
 * The first line of a comment, at most EXCERPT_LENGTH characters (never half a surrogate pair),
 * and whether that is less than `text`. Main reads only the first EXCERPT_LENGTH + 1 characters
 * of a body from the file and the renderer has whole bodies: both call this, so a listed thread
 * and the same thread read in full show the same excerpt.
 */
export function excerptOf(text: string): { excerpt: string; cut: boolean } {
  const lineEnd = text.search(/[\r\n]/);
  let excerpt = lineEnd === -1 ? text : text.slice(0, lineEnd);
  if (excerpt.length > EXCERPT_LENGTH) {
    const last = excerpt.charCodeAt(EXCERPT_LENGTH - 1);
    excerpt = excerpt.slice(0, last >= 0xd800 && last <= 0xdbff ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH);
  }
  return { excerpt, cut: excerpt.length !== text.length };
}

/** The opening comment as the thread list carries it. */
export function openingSummary(comment: Pick<CommentItem, 'author' | 'stance' | 'kind' | 'findingRule' | 'origin' | 'createdAt' | 'body' | 'suggestion'>): OpeningSummary {
  const body = excerptOf(comment.body);
  const suggestion = comment.suggestion === null ? null : excerptOf(comment.suggestion);
  return {
    author: comment.author,
    stance: comment.stance,
    // Only an advies says what it is, as in a full read.
    ...(comment.kind === 'advies' ? { kind: 'advies' as const, ...(comment.findingRule ? { findingRule: comment.findingRule } : {}) } : {}),
    origin: comment.origin,
    createdAt: comment.createdAt,
    excerpt: body.excerpt,
    suggestion: suggestion?.excerpt ?? null,
    cut: body.cut || (suggestion?.cut ?? false),
  };
}

/** A thread read in full, as the thread list has it. */
export function summaryOf(thread: Thread): ThreadSummary {
  const opening = thread.comments[0];
  return {
    id: thread.id,
    createdAt: thread.createdAt,
    resolved: thread.resolved,
    anchor: thread.anchor,
    opening: opening ? openingSummary(opening) : null,
    commentCount: thread.comments.length,
    authors: [...new Set(thread.comments.map((comment) => comment.author))],
  };
}

/** A name of a ThreadList's table; an index outside it means the list was made wrong. */
function nameAt(table: readonly string[], index: number): string {
  const name = table[index];
  if (name === undefined) throw new Error('comments: the thread list names someone it does not hold');
  return name;
}

function openingOfRow(row: ListedOpening, list: ThreadList): OpeningSummary {
  const [author, stance, kind, findingRule, origin, createdAt, excerpt, suggestion, cut] = row;
  return {
    author: nameAt(list.authors, author),
    stance,
    ...(kind === 'advies' ? { kind, ...(findingRule !== null ? { findingRule } : {}) } : {}),
    origin: nameAt(list.origins, origin),
    createdAt,
    excerpt,
    suggestion,
    cut,
  };
}

function summaryOfRow(row: ListedRow, list: ThreadList): ThreadSummary {
  const [id, createdAt, resolved, status, exact, prefix, suffix, blockIndex, blockId, start, end, commentCount, authors, opening] = row;
  const selector: Anchor['selector'] = { exact, prefix, suffix, blockIndex };
  if (blockId !== null) selector.blockId = blockId;
  if (start !== null) selector.start = start;
  if (end !== null) selector.end = end;
  return {
    id,
    createdAt,
    resolved,
    anchor: { selector, status },
    opening: opening === null ? null : openingOfRow(opening, list),
    commentCount,
    authors: authors.map((index) => nameAt(list.authors, index)),
  };
}

/** The compact thread list a note opens with (comments.summaries) as ThreadSummary objects, in its order. */
export const threadsOfList = (list: ThreadList): ThreadSummary[] => list.rows.map((row) => summaryOfRow(row, list));
