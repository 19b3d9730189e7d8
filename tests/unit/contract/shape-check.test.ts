import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channels, createClient, HelderError, ThreadSummary, type Transport } from '../../../shared/contract';
import { shapeCheck } from '../../../shared/contract/shape-check';

const listed: ThreadSummary = {
  id: '0b8f6d1e-6f1b-4c4e-9a53-3f0c1f2a7b10',
  createdAt: '2026-03-01T09:00:00.000Z',
  resolved: false,
  anchor: { selector: { exact: 'sociale basis', prefix: 'de ', suffix: ' in', blockIndex: 2, blockId: 'b2', start: 40, end: 53 }, status: 'exact' },
  opening: { author: 'Fatima', stance: 'vraag', origin: 'local', createdAt: '2026-03-01T09:00:00.000Z', excerpt: 'Wat is dit?', suggestion: null, cut: false },
  commentCount: 3,
  authors: ['Fatima', 'Piet'],
};

const transportReplying = (reply: unknown): Transport => ({ invoke: async () => reply, on: () => () => undefined });

describe('shape check made from a schema', () => {
  const check = shapeCheck(channels['comments.summaries'].response);

  it('accepts the thread list main sends, advies fields and all', () => {
    const advice = { ...listed, opening: { ...listed.opening!, stance: null, kind: 'advies' as const, findingRule: 'lange-zin' } };
    expect(check([listed, advice, { ...listed, opening: null }])).toBe(true);
    expect(check([])).toBe(true);
  });

  it('refuses a list in another shape: a missing key, a wrong type, a value outside an enum, null for a list', () => {
    const { commentCount: _dropped, ...withoutCount } = listed;
    expect(check([withoutCount])).toBe(false);
    expect(check([{ ...listed, resolved: 'nee' }])).toBe(false);
    expect(check([{ ...listed, anchor: { ...listed.anchor, status: 'weg' } }])).toBe(false);
    expect(check([{ ...listed, opening: { ...listed.opening!, stance: 'boos' } }])).toBe(false);
    expect(check([{ ...listed, authors: [7] }])).toBe(false);
    expect(check([{ ...listed, anchor: { ...listed.anchor, selector: { ...listed.anchor.selector, start: Number.NaN } } }])).toBe(false);
    expect(check(null)).toBe(false);
    expect(check({ 0: listed })).toBe(false);
  });

  it('leaves refinements to main: a thread id that is no uuid passes the shape', () => {
    expect(check([{ ...listed, id: 'geen-uuid' }])).toBe(true);
    expect(ThreadSummary.safeParse({ ...listed, id: 'geen-uuid' }).success).toBe(false);
  });

  it('is refused for schema kinds it cannot check without parsing (defaults, transforms)', () => {
    expect(() => shapeCheck(z.object({ n: z.number().default(0) }))).toThrow(/default/);
    expect(() => shapeCheck(z.string().transform((text) => text.length))).toThrow(/pipe/);
  });
});

describe('client replies checked by shape', () => {
  it('hands the thread list over as main sent it', async () => {
    const client = createClient(transportReplying({ ok: true, value: [listed] }));
    await expect(client.invoke('comments.summaries', { path: '/x/nota.helder' })).resolves.toEqual([listed]);
  });

  it('still fails a thread list in another shape, as the full parse did', async () => {
    const client = createClient(transportReplying({ ok: true, value: [{ ...listed, resolved: 'nee' }] }));
    await expect(client.invoke('comments.summaries', { path: '/x/nota.helder' })).rejects.toBeInstanceOf(z.ZodError);
  });

  it('turns an error reply into a HelderError with its code', async () => {
    const client = createClient(transportReplying({ ok: false, error: { code: 'note.notFound', params: { file: 'nota.helder' } } }));
    await expect(client.invoke('comments.summaries', { path: '/x/nota.helder' })).rejects.toMatchObject({ code: 'note.notFound' });
    await expect(client.invoke('comments.summaries', { path: '/x/nota.helder' })).rejects.toBeInstanceOf(HelderError);
  });

  it('parses every other reply in full: a bad thread from comments.thread is refused', async () => {
    const client = createClient(transportReplying({ ok: true, value: { ...listed, id: 'geen-uuid' } }));
    await expect(client.invoke('comments.thread', { path: '/x/nota.helder', threadId: listed.id })).rejects.toBeInstanceOf(z.ZodError);
  });
});
