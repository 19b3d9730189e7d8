import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channels, createClient, HelderError, ThreadList, type ListedRow, type Transport } from '../../../shared/contract';
import { threadsOfList } from '../../../shared/comments';
import { shapeCheck } from '../../../shared/contract/shape-check';

const row: ListedRow = [
  '0b8f6d1e-6f1b-4c4e-9a53-3f0c1f2a7b10',
  '2026-03-01T09:00:00.000Z',
  false,
  'exact',
  'sociale basis',
  'de ',
  ' in',
  2,
  'b2',
  40,
  53,
  3,
  [0, 1],
  [0, 'vraag', null, null, 0, '2026-03-01T09:00:00.000Z', 'Wat is dit?', null, false],
];
const list: ThreadList = { authors: ['Fatima', 'Piet'], origins: ['local'], rows: [row] };
/** The row with one value put in another. */
const withValue = (at: number, value: unknown) => row.map((item, index) => (index === at ? value : item));
const withOpening = (at: number, value: unknown) => withValue(13, row[13]!.map((item, index) => (index === at ? value : item)));
const transportReplying = (reply: unknown): Transport => ({ invoke: async () => reply, on: () => () => undefined });

describe('shape check made from a schema', () => {
  const check = shapeCheck(channels['comments.summaries'].response);
  const listWith = (...rows: unknown[]) => ({ ...list, rows });

  it('accepts the thread list main sends, advies fields and all', () => {
    const advice = withValue(13, [1, null, 'advies', 'lange-zin', 0, '2026-03-01T09:00:00.000Z', 'Kort het.', 'korter', true]);
    expect(check(listWith(row, advice, withValue(13, null), withValue(8, null)))).toBe(true);
    expect(check({ authors: [], origins: [], rows: [] })).toBe(true);
  });

  it('refuses a list in another shape: a missing value, a wrong type, a value outside an enum, null for a list', () => {
    expect(check(listWith(row.slice(0, 13)))).toBe(false);
    expect(check(listWith([...row, 'extra']))).toBe(false);
    expect(check(listWith(withValue(2, 'nee')))).toBe(false);
    expect(check(listWith(withValue(3, 'weg')))).toBe(false);
    expect(check(listWith(withOpening(1, 'boos')))).toBe(false);
    expect(check(listWith(withValue(12, ['Fatima'])))).toBe(false);
    expect(check(listWith(withValue(9, Number.NaN)))).toBe(false);
    expect(check({ ...list, authors: [7] })).toBe(false);
    expect(check({ rows: [row] })).toBe(false);
    expect(check(null)).toBe(false);
    expect(check([row])).toBe(false);
  });

  it('leaves refinements to main: a thread id that is no uuid, or a name index outside its table, passes the shape', () => {
    expect(check(listWith(withValue(0, 'geen-uuid')))).toBe(true);
    expect(ThreadList.safeParse(listWith(withValue(0, 'geen-uuid'))).success).toBe(false);
    expect(check(listWith(withOpening(0, 5)))).toBe(true);
    expect(ThreadList.safeParse(listWith(withOpening(0, 5))).success).toBe(false);
    expect(ThreadList.safeParse(listWith(withValue(12, [0, 2]))).success).toBe(false);
    // The page unpacks it and then refuses a name it does not hold, instead of showing no author.
    expect(() => threadsOfList({ ...list, authors: ['Fatima'] })).toThrow(/names someone/);
  });

  it('is refused for schema kinds it cannot check without parsing (defaults, transforms, tuples with a rest)', () => {
    expect(() => shapeCheck(z.object({ n: z.number().default(0) }))).toThrow(/default/);
    expect(() => shapeCheck(z.string().transform((text) => text.length))).toThrow(/pipe/);
    expect(() => shapeCheck(z.tuple([z.string()], z.number()))).toThrow(/rest/);
  });
});

describe('client replies checked by shape', () => {
  it('hands the thread list over as main sent it, and it unpacks to the threads', async () => {
    const client = createClient(transportReplying({ ok: true, value: list }));
    const received = await client.invoke('comments.summaries', { path: '/x/nota.helder' });
    expect(received).toEqual(list);
    expect(threadsOfList(received)).toEqual([
      {
        id: row[0],
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
    const client = createClient(transportReplying({ ok: true, value: { ...list, rows: [withValue(2, 'nee')] } }));
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
    await expect(client.invoke('comments.thread', { path: '/x/nota.helder', threadId: row[0] })).rejects.toBeInstanceOf(z.ZodError);
  });
});
