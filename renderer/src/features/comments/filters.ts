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

/** Threads in document order; ties (and threads not yet placed) by creation time. */
export function inDocumentOrder<T extends Pick<ThreadSummary, 'id' | 'anchor' | 'createdAt'>>(threads: readonly T[], places: ReadonlyMap<string, ThreadPlace>): T[] {
  const orderOf = (thread: T) => places.get(thread.id)?.order ?? thread.anchor.selector.start ?? Number.MAX_SAFE_INTEGER;
  return [...threads].sort((a, b) => orderOf(a) - orderOf(b) || a.createdAt.localeCompare(b.createdAt));
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
