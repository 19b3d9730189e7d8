import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countsPerSection, defaultFilters, inDocumentOrder, matchesFilters } from '../../../renderer/src/features/comments/filters';
import { parsePaths } from '../../../renderer/src/features/comments/comments-controller';
import type { ListedThread } from '../../../renderer/src/features/comments/listed';
import type { Stance } from '../../../shared/contract';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A thread as listed at open: the opening comment, and `repliedBy` wrote replies not read yet. */
function thread(n: number, stance: Stance, author: string, options: { resolved?: boolean; orphaned?: boolean; start?: number; repliedBy?: string } = {}): ListedThread {
  return {
    commentCount: options.repliedBy ? 2 : 1,
    authors: options.repliedBy ? [author, options.repliedBy] : [author],
    id: id(n),
    createdAt: `2026-01-0${n}T00:00:00.000Z`,
    resolved: options.resolved ?? false,
    anchor: { selector: { exact: 'woord', prefix: '', suffix: '', blockIndex: 0, start: options.start ?? 0 }, status: options.orphaned ? 'orphaned' : 'exact' },
    opening: { author, stance, origin: 'local', createdAt: '2026-01-01T00:00:00.000Z', excerpt: 'tekst', suggestion: null, cut: false },
  };
}

describe('Comments view filters', () => {
  const threads = [thread(1, 'vraag', 'Els'), thread(2, 'oneens', 'Piet', { resolved: true }), thread(3, 'vraag', 'Piet', { orphaned: true })];

  it('hide resolved threads by default and show them on request', () => {
    expect(threads.filter((t) => matchesFilters(t, defaultFilters)).map((t) => t.id)).toEqual([id(1), id(3)]);
    expect(threads.filter((t) => matchesFilters(t, { ...defaultFilters, status: 'all' }))).toHaveLength(3);
    expect(threads.filter((t) => matchesFilters(t, { ...defaultFilters, status: 'resolved' })).map((t) => t.id)).toEqual([id(2)]);
  });

  it('filter by stance, author and "tekst gewijzigd"', () => {
    const all = { ...defaultFilters, status: 'all' as const };
    expect(threads.filter((t) => matchesFilters(t, { ...all, stance: 'vraag' })).map((t) => t.id)).toEqual([id(1), id(3)]);
    expect(threads.filter((t) => matchesFilters(t, { ...all, author: 'Piet' })).map((t) => t.id)).toEqual([id(2), id(3)]);
    expect(threads.filter((t) => matchesFilters(t, { ...all, changedOnly: true })).map((t) => t.id)).toEqual([id(3)]);
  });

  it('show reactions, advies or both', () => {
    const advies = thread(4, 'vraag', 'M. Adviseur');
    advies.opening = { ...advies.opening!, stance: null, kind: 'advies', findingRule: 'passive' };
    const mixed = [...threads, advies];
    const all = { ...defaultFilters, status: 'all' as const };
    expect(mixed.filter((t) => matchesFilters(t, { ...all, kind: 'advies' })).map((t) => t.id)).toEqual([id(4)]);
    expect(mixed.filter((t) => matchesFilters(t, { ...all, kind: 'reactie' })).map((t) => t.id)).toEqual([id(1), id(2), id(3)]);
    expect(mixed.filter((t) => matchesFilters(t, all))).toHaveLength(4);
  });

  it('find a thread by the author of a reply that has not been read yet', () => {
    const listed = [thread(1, 'vraag', 'Els', { repliedBy: 'Joke' }), thread(2, 'eens', 'Piet')];
    expect(listed[0]?.comments).toBeUndefined();
    expect(listed.filter((t) => matchesFilters(t, { ...defaultFilters, author: 'Joke' })).map((t) => t.id)).toEqual([id(1)]);
  });

  it('order threads as they appear in the text and count stances per section', () => {
    const places = new Map([
      [id(1), { order: 50, blockIndex: 2, status: 'exact' as const }],
      [id(2), { order: 10, blockIndex: 1, status: 'exact' as const }],
      [id(3), { order: 30, blockIndex: 1, status: 'orphaned' as const }],
    ]);
    const ordered = inDocumentOrder(threads, places);
    expect(ordered.map((t) => t.id)).toEqual([id(2), id(3), id(1)]);
    const sections = new Map([[id(1), 'Aanpak'], [id(2), 'Aanleiding'], [id(3), 'Aanleiding']]);
    const counts = countsPerSection(ordered, (t) => sections.get(t.id) ?? '');
    expect(counts.map((row) => [row.section, row.counts.vraag, row.counts.oneens])).toEqual([
      ['Aanleiding', 1, 1],
      ['Aanpak', 1, 0],
    ]);
  });
});

describe('document order', () => {
  /** The order as the view promises it: by place in the text, ties and unplaced threads by creation time. */
  const byComparison = (threads: ListedThread[], places: Map<string, { order: number; blockIndex: number; status: 'exact' }>) =>
    threads
      .map((item, index) => ({ item, index, order: places.get(item.id)?.order ?? item.anchor.selector.start ?? Number.MAX_SAFE_INTEGER }))
      .sort((a, b) => a.order - b.order || (a.item.createdAt < b.item.createdAt ? -1 : a.item.createdAt > b.item.createdAt ? 1 : a.index - b.index))
      .map(({ item }) => item.id);

  it('is the same whether the list came oldest first or not, with shared places and threads not placed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ order: fc.option(fc.integer({ min: -2, max: 6 })), start: fc.option(fc.integer({ min: 0, max: 6 })), day: fc.integer({ min: 1, max: 9 }) }), { maxLength: 30 }),
        fc.boolean(),
        (rows, oldestFirst) => {
          const listed = rows.map((row, index) => {
            const made = thread(index + 1, 'vraag', 'An', row.start === null ? {} : { start: row.start });
            if (row.start === null) delete made.anchor.selector.start;
            return { ...made, createdAt: `2026-01-0${row.day}T00:00:00.000Z` };
          });
          if (oldestFirst) listed.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
          const places = new Map(rows.flatMap((row, index) => (row.order === null ? [] : [[id(index + 1), { order: row.order, blockIndex: 0, status: 'exact' as const }] as const])));
          expect(inDocumentOrder(listed, places).map((item) => item.id)).toEqual(byComparison(listed, places));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('import paths', () => {
  it('take one path per line, trimmed and unquoted', () => {
    expect(parsePaths(' /a/b (reviewkopie).helder \n\n"/c/d e.helder"\r\n')).toEqual(['/a/b (reviewkopie).helder', '/c/d e.helder']);
  });
});
