// Marks from returned review copies merged in any order give the same set, importing a copy again
// changes nothing, and a copy can neither move a mark to other words nor touch another copy's marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveMarks, planMarkImport, type MarkRecord, type MarkState } from '../../../shared/panel/merge-marks';

const WORDS = ['Wmo', 'zelfregie', 'integrale aanpak', 'structureel', 'mantelzorg'];
const TIMES = ['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z', '2026-11-03T10:00:00.000Z'];

const mark = (id: string, word: string, origin: string, overrides: Partial<MarkRecord> = {}): MarkRecord => ({
  id,
  anchor: { selector: { exact: word, prefix: '', suffix: '', blockIndex: 0 }, status: 'exact' },
  meaning: null,
  author: 'Bewoner',
  createdAt: TIMES[0]!,
  editedAt: null,
  deletedAt: null,
  origin,
  ...overrides,
});

/** A copy as a resident's Helder writes it: its own marks, some edited or taken back later. */
const copyArbitrary = (copy: number) =>
  fc
    .uniqueArray(
      fc.record({
        slot: fc.integer({ min: 0, max: 7 }),
        word: fc.constantFrom(...WORDS),
        meaning: fc.option(fc.constantFrom('iets met geld', 'weet ik niet', 'een wet'), { nil: null }),
        edited: fc.option(fc.constantFrom(...TIMES.slice(1)), { nil: null }),
        deleted: fc.boolean(),
      }),
      { selector: (item) => item.slot, maxLength: 6 },
    )
    .map((items) =>
      items.map((item) =>
        mark(`00000000-0000-4000-8000-${String(copy * 100 + item.slot).padStart(12, '0')}`, item.word, 'claimed-by-copy', {
          meaning: item.meaning,
          editedAt: item.edited,
          deletedAt: item.deleted ? TIMES[2]! : null,
        }),
      ),
    );

interface Copy {
  origin: string;
  marks: MarkRecord[];
}

/** The same copy returned earlier: a prefix of its marks, before later edits and deletions. */
const earlierVersion = (copy: Copy): Copy => ({
  origin: copy.origin,
  marks: copy.marks.slice(0, Math.ceil(copy.marks.length / 2)).map((item) => ({ ...item, editedAt: null, deletedAt: null, meaning: null })),
});

function importAll(start: readonly MarkRecord[], copies: readonly Copy[]): MarkState {
  const state: MarkState = new Map(start.map((item) => [item.id, item]));
  for (const copy of copies) planMarkImport(state, copy.marks, copy.origin);
  return state;
}

const sorted = (state: MarkState) => [...state.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

const copiesArbitrary = fc
  .tuple(copyArbitrary(1), copyArbitrary(2), copyArbitrary(3))
  .map((lists) => lists.map((marks, index): Copy => ({ origin: `review:copy-${index + 1}`, marks })));

describe('merging "niet begrepen" marks', () => {
  it('gives the same set in any import order, with earlier versions of a copy mixed in', () => {
    fc.assert(
      fc.property(copiesArbitrary, fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), (copies, keys) => {
        const all = [...copies, ...copies.map(earlierVersion)];
        const shuffled = all.map((copy, index) => ({ copy, key: keys[index % keys.length]! + index / 100 })).sort((a, b) => a.key - b.key).map((item) => item.copy);
        expect(sorted(importAll([], shuffled))).toEqual(sorted(importAll([], all)));
        expect(sorted(importAll([], [...shuffled].reverse()))).toEqual(sorted(importAll([], all)));
      }),
    );
  });

  it('changes nothing when the same copies are imported again', () => {
    fc.assert(
      fc.property(copiesArbitrary, (copies) => {
        const state = importAll([], copies);
        const before = sorted(state);
        for (const copy of copies) {
          const plan = planMarkImport(state, copy.marks, copy.origin);
          expect(plan.newMarks).toEqual([]);
          expect(plan.changedMarks).toEqual([]);
        }
        expect(sorted(state)).toEqual(before);
      }),
    );
  });

  it('keeps a mark taken back gone, whatever older copy comes later', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const state = importAll([], [{ origin: 'review:a', marks: [mark(id, 'Wmo', 'x', { deletedAt: TIMES[1]! })] }, { origin: 'review:a', marks: [mark(id, 'Wmo', 'x')] }]);
    expect(liveMarks(state.values())).toEqual([]);
  });

  it('never moves a mark to other words, and lets a copy change only its own marks', () => {
    const id = '00000000-0000-4000-8000-000000000002';
    const state = importAll([], [{ origin: 'review:a', marks: [mark(id, 'Wmo', 'x')] }]);
    // The same copy returned with the mark on other words and a meaning: the meaning is taken, the words are not.
    planMarkImport(state, [mark(id, 'structureel', 'x', { meaning: 'een wet', editedAt: TIMES[1]! })], 'review:a');
    expect(state.get(id)).toMatchObject({ meaning: 'een wet', anchor: { selector: { exact: 'Wmo' } }, origin: 'review:a' });
    // Another copy with the same id can neither edit nor delete it.
    const plan = planMarkImport(state, [mark(id, 'Wmo', 'x', { meaning: 'iets anders', editedAt: TIMES[2]!, deletedAt: TIMES[2]! })], 'review:b');
    expect(plan.changedMarks).toEqual([]);
    expect(state.get(id)).toMatchObject({ meaning: 'een wet', deletedAt: null, origin: 'review:a' });
  });

  it('decides who added a mark from the copy it came in, not from what the copy claims', () => {
    const state = importAll([], [{ origin: 'review:a', marks: [mark('00000000-0000-4000-8000-000000000003', 'Wmo', 'local')] }]);
    expect([...state.values()].map((item) => item.origin)).toEqual(['review:a']);
  });
});
