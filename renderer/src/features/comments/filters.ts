import type { Stance, ThreadSummary } from '../../../../shared/contract';
import { isAdviceThread, stanceOf, type ListedThread } from './listed';
import type { ThreadPlace } from './plan';

export const STANCES: readonly Stance[] = ['vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie'];

export interface CommentFilters {
  /** Reactions, the advisor's advies, or both. */
  kind: 'all' | 'reactie' | 'advies';
  stance: Stance | 'all';
  /** '' for everyone. */
  author: string;
  status: 'open' | 'resolved' | 'all';
  /** Only threads whose words are gone ("tekst gewijzigd"). */
  changedOnly: boolean;
}

export const defaultFilters: CommentFilters = { kind: 'all', stance: 'all', author: '', status: 'open', changedOnly: false };

export function matchesFilters(thread: ListedThread, filters: CommentFilters): boolean {
  if (filters.kind !== 'all' && (filters.kind === 'advies') !== isAdviceThread(thread)) return false;
  if (filters.stance !== 'all' && stanceOf(thread) !== filters.stance) return false;
  // `authors` covers the replies too, also while only the opening comment has been read.
  if (filters.author !== '' && !thread.authors.includes(filters.author)) return false;
  if (filters.status === 'open' && thread.resolved) return false;
  if (filters.status === 'resolved' && !thread.resolved) return false;
  if (filters.changedOnly && thread.anchor.status !== 'orphaned') return false;
  return true;
}

/** Room for the list position in a packed sort key (see inDocumentOrder): 2^21 threads. */
const POSITION_SPAN = 2 ** 21;
/** Orders below this fit a packed key beside the position, exactly (2^32 · 2^21 = 2^53). */
const ORDER_SPAN = 2 ** 32;

/** Threads in document order; ties (and threads not yet placed) by creation time. */
export function inDocumentOrder<T extends Pick<ThreadSummary, 'id' | 'anchor' | 'createdAt'>>(threads: readonly T[], places: ReadonlyMap<string, ThreadPlace>): T[] {
  // Each thread's place looked up once, not in every comparison (2,000 threads at open).
  const orders = threads.map((thread) => places.get(thread.id)?.order ?? thread.anchor.selector.start ?? Number.MAX_SAFE_INTEGER);
  // The list arrives oldest first: then a tie is broken by list position, and one number per
  // thread (order, then position) sorts natively, without a compare function called 20,000 times.
  let packable = threads.length < POSITION_SPAN;
  for (let index = 1; packable && index < threads.length; index += 1) packable = threads[index - 1]!.createdAt <= threads[index]!.createdAt;
  const keys = new Float64Array(threads.length);
  for (let index = 0; packable && index < threads.length; index += 1) {
    const order = orders[index]!;
    // Not placed: after every real offset (a text of 4 billion characters does not occur).
    const unplaced = order === Number.MAX_SAFE_INTEGER;
    packable = unplaced || (Number.isInteger(order) && order >= 0 && order < ORDER_SPAN - 1);
    keys[index] = (unplaced ? ORDER_SPAN - 1 : order) * POSITION_SPAN + index;
  }
  if (packable) return Array.from(keys.sort(), (key) => threads[key % POSITION_SPAN]!);
  const keyed = threads.map((thread, index) => ({ thread, order: orders[index]! }));
  keyed.sort((a, b) => a.order - b.order || (a.thread.createdAt < b.thread.createdAt ? -1 : a.thread.createdAt > b.thread.createdAt ? 1 : 0));
  return keyed.map((item) => item.thread);
}

export interface SectionCount {
  section: string;
  counts: Record<Stance, number>;
}

/** Per section (nearest heading), how many threads of each stance; sections in document order. */
export function countsPerSection<T extends ListedThread>(ordered: readonly T[], sectionOf: (thread: T) => string): SectionCount[] {
  // A Map keeps the sections in the order first met, and finds a row without a walk over the rows.
  const rows = new Map<string, SectionCount>();
  for (const thread of ordered) {
    const stance = stanceOf(thread);
    if (!stance) continue;
    const section = sectionOf(thread);
    let row = rows.get(section);
    if (!row) {
      row = { section, counts: { vraag: 0, onduidelijk: 0, eens: 0, oneens: 0, suggestie: 0 } };
      rows.set(section, row);
    }
    row.counts[stance] += 1;
  }
  return [...rows.values()];
}
