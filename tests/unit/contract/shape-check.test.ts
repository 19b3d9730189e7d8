import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channels, createClient, HelderError, ThreadList, type Transport } from '../../../shared/contract';
import { threadsOfList } from '../../../shared/comments';
import { shapeCheck } from '../../../shared/contract/shape-check';

/** One thread (Fatima's question, answered by Piet) as the compact list carries it. */
const list: ThreadList = {
  authors: ['Fatima', 'Piet'],
  origins: ['local'],
  id: ['0b8f6d1e-6f1b-4c4e-9a53-3f0c1f2a7b10'],
  createdAt: ['2026-03-01T09:00:00.000Z'],
  resolved: [false],
  status: ['exact'],
  exact: ['sociale basis'],
  prefix: ['de '],
  suffix: [' in'],
  blockIndex: [2],
  blockId: ['b2'],
  start: [40],
  end: [53],
  commentCount: [3],
  threadAuthors: [[0, 1]],
  openingAuthor: [0],
  stance: ['vraag'],
  kind: [null],
  findingRule: [null],
  origin: [0],
  openedAt: ['2026-03-01T09:00:00.000Z'],
  excerpt: ['Wat is dit?'],
  suggestion: [null],
  cut: [false],
};
const threadId = list.id[0]!;
/** The list with some columns put in others. */
const withColumns = (columns: Record<string, unknown>) => ({ ...list, ...columns });
const transportReplying = (reply: unknown): Transport => ({ invoke: async () => reply, on: () => () => undefined });

describe('shape check made from a schema', () => {
  const check = shapeCheck(channels['comments.summaries'].response);

  it('accepts the thread list main sends, advies fields and threads without comments and all', () => {
    const twice = (column: unknown[]) => [...column, ...column];
    const doubled = Object.fromEntries(Object.entries(list).map(([name, column]) => [name, name === 'authors' || name === 'origins' ? column : twice(column)]));
    expect(check(withColumns({ ...doubled, stance: ['vraag', null], kind: [null, 'advies'], findingRule: [null, 'lange-zin'], blockId: ['b2', null] }))).toBe(true);
    expect(check(withColumns({ openingAuthor: [null], stance: [null], origin: [null], openedAt: [null], excerpt: [null], threadAuthors: [[]], commentCount: [0] }))).toBe(true);
    expect(check(Object.fromEntries(Object.keys(list).map((name) => [name, []])))).toBe(true);
  });

  it('refuses a list in another shape: a missing column, a wrong type, a value outside an enum, null for a list', () => {
    const { commentCount: _dropped, ...withoutCount } = list;
    expect(check(withoutCount)).toBe(false);
    expect(check(withColumns({ resolved: ['nee'] }))).toBe(false);
    expect(check(withColumns({ status: ['weg'] }))).toBe(false);
    expect(check(withColumns({ stance: ['boos'] }))).toBe(false);
    expect(check(withColumns({ threadAuthors: [['Fatima']] }))).toBe(false);
    expect(check(withColumns({ start: [Number.NaN] }))).toBe(false);
    expect(check(withColumns({ authors: [7] }))).toBe(false);
    expect(check(null)).toBe(false);
    expect(check([list])).toBe(false);
  });

  it('leaves refinements to main, and the page refuses what it cannot unpack', () => {
    expect(check(withColumns({ id: ['geen-uuid'] }))).toBe(true);
    expect(ThreadList.safeParse(withColumns({ id: ['geen-uuid'] })).success).toBe(false);
    // A name index outside its table, or columns of different lengths: the shape is right.
    for (const wrong of [withColumns({ openingAuthor: [5] }), withColumns({ origin: [1] }), withColumns({ threadAuthors: [[0, 2]] }), withColumns({ excerpt: ['a', 'b'] })]) {
      expect(check(wrong)).toBe(true);
      expect(ThreadList.safeParse(wrong).success).toBe(false);
      expect(() => threadsOfList(wrong as ThreadList)).toThrow(/names someone|another length/);
    }
  });

  it('is refused for schema kinds it cannot check without parsing (defaults, transforms, tuples)', () => {
    expect(() => shapeCheck(z.object({ n: z.number().default(0) }))).toThrow(/default/);
    expect(() => shapeCheck(z.string().transform((text) => text.length))).toThrow(/pipe/);
    expect(() => shapeCheck(z.tuple([z.string()]))).toThrow(/tuple/);
  });
});

describe('client replies checked by shape', () => {
  it('hands the thread list over as main sent it, and it unpacks to the threads', async () => {
    const client = createClient(transportReplying({ ok: true, value: list }));
    const received = await client.invoke('comments.summaries', { path: '/x/nota.helder' });
    expect(received).toEqual(list);
    expect(threadsOfList(received)).toEqual([
      {
        id: threadId,
        createdAt: '2026-03-01T09:00:00.000Z',
        resolved: false,
        anchor: { selector: { exact: 'sociale basis', prefix: 'de ', suffix: ' in', blockIndex: 2, blockId: 'b2', start: 40, end: 53 }, status: 'exact' },
        opening: { author: 'Fatima', stance: 'vraag', origin: 'local', createdAt: '2026-03-01T09:00:00.000Z', excerpt: 'Wat is dit?', suggestion: null, cut: false },
        commentCount: 3,
        authors: ['Fatima', 'Piet'],
      },
    ]);
  });

  it('still fails a thread list in another shape, as the full parse did', async () => {
    const client = createClient(transportReplying({ ok: true, value: withColumns({ resolved: ['nee'] }) }));
    await expect(client.invoke('comments.summaries', { path: '/x/nota.helder' })).rejects.toBeInstanceOf(z.ZodError);
  });

  it('turns an error reply into a HelderError with its code', async () => {
    const client = createClient(transportReplying({ ok: false, error: { code: 'note.notFound', params: { file: 'nota.helder' } } }));
    await expect(client.invoke('comments.summaries', { path: '/x/nota.helder' })).rejects.toMatchObject({ code: 'note.notFound' });
    await expect(client.invoke('comments.summaries', { path: '/x/nota.helder' })).rejects.toBeInstanceOf(HelderError);
  });

  it('parses every other reply in full: a bad thread from comments.thread is refused', async () => {
    const thread = threadsOfList(list)[0]!;
    const client = createClient(transportReplying({ ok: true, value: { ...thread, id: 'geen-uuid', resolvedAt: null, resolvedBy: null, comments: [] } }));
    await expect(client.invoke('comments.thread', { path: '/x/nota.helder', threadId })).rejects.toBeInstanceOf(z.ZodError);
  });
});
