import { EXCERPT_LENGTH, type Anchor, type CommentItem, type OpeningSummary, type Thread, type ThreadList, type ThreadSummary } from '../contract/comments';

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
function nameAt(table: readonly string[], index: number | null | undefined): string {
  const name = index === null || index === undefined ? undefined : table[index];
  if (name === undefined) throw new Error('comments: the thread list names someone it does not hold');
  return name;
}

function openingAt(list: ThreadList, at: number): OpeningSummary | null {
  const author = list.openingAuthor[at];
  if (author === null) return null;
  const opening: OpeningSummary = {
    author: nameAt(list.authors, author),
    stance: list.stance[at] ?? null,
    origin: nameAt(list.origins, list.origin[at]),
    createdAt: list.openedAt[at] ?? '',
    excerpt: list.excerpt[at] ?? '',
    suggestion: list.suggestion[at] ?? null,
    cut: list.cut[at] ?? false,
  };
  // Set only on an advies, after the fact: spreading an empty object into each of 2,000 openings cost more than the rest.
  if (list.kind[at] === 'advies') {
    opening.kind = 'advies';
    const findingRule = list.findingRule[at];
    if (findingRule) opening.findingRule = findingRule;
  }
  return opening;
}

function summaryAt(list: ThreadList, at: number): ThreadSummary {
  const selector: Anchor['selector'] = { exact: list.exact[at]!, prefix: list.prefix[at]!, suffix: list.suffix[at]!, blockIndex: list.blockIndex[at]! };
  const blockId = list.blockId[at];
  const start = list.start[at];
  const end = list.end[at];
  if (blockId !== null && blockId !== undefined) selector.blockId = blockId;
  if (start !== null && start !== undefined) selector.start = start;
  if (end !== null && end !== undefined) selector.end = end;
  return {
    id: list.id[at]!,
    createdAt: list.createdAt[at]!,
    resolved: list.resolved[at]!,
    anchor: { selector, status: list.status[at]! },
    opening: openingAt(list, at),
    commentCount: list.commentCount[at]!,
    authors: list.threadAuthors[at]!.map((index) => nameAt(list.authors, index)),
  };
}

/**
 * The compact thread list a note opens with (comments.summaries) as ThreadSummary objects, in its
 * order. The page checks only the list's shape (shared/contract/client.ts); what a shape cannot
 * say (columns of one length, names in their tables) is refused here, as clearly.
 */
export function threadsOfList(list: ThreadList): ThreadSummary[] {
  const threads = list.id.length;
  for (const [name, column] of Object.entries(list)) {
    if (name !== 'authors' && name !== 'origins' && column.length !== threads) throw new Error(`comments: the thread list's column ${name} is of another length`);
  }
  return Array.from({ length: threads }, (_, at) => summaryAt(list, at));
}
