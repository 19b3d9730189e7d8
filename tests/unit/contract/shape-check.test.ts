import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channels, createClient, HelderError, ListedThread, type Transport } from '../../../shared/contract';
import { shapeCheck } from '../../../shared/contract/shape-check';

const listed: ListedThread = {
  id: '0b8f6d1e-6f1b-4c4e-9a53-3f0c1f2a7b10',
  createdAt: '2026-03-01T09:00:00.000Z',
  resolved: false,
  resolvedAt: null,
  resolvedBy: null,
  anchor: { selector: { exact: 'sociale basis', prefix: 'de ', suffix: ' in', blockIndex: 2, blockId: 'b2', start: 40, end: 53 }, status: 'exact' },
  comments: [
    {
      id: '5d1c7e2a-1b7e-4f0b-8d0c-2a9e6f3b4c21',
      threadId: '0b8f6d1e-6f1b-4c4e-9a53-3f0c1f2a7b10',
      author: 'Fatima',
      stance: 'vraag',
      body: 'Wat is dit?',
      suggestion: null,
      createdAt: '2026-03-01T09:00:00.000Z',
      editedAt: null,
      origin: 'local',
    },
  ],
  commentCount: 3,
  authors: ['Fatima', 'Piet'],
};

const transportReplying = (reply: unknown): Transport => ({ invoke: async () => reply, on: () => () => undefined });

describe('shape check made from a schema', () => {
  const check = shapeCheck(channels['comments.threads'].response);

  it('accepts the thread list main sends, advies fields and all', () => {
    const advice = { ...listed, comments: [{ ...listed.comments[0]!, stance: null, kind: 'advies' as const, findingRule: 'lange-zin' }] };
    expect(check([listed, advice])).toBe(true);
    expect(check([])).toBe(true);
  });

  it('refuses a list in another shape: a missing key, a wrong type, a value outside an enum, null for a list', () => {
    const { commentCount: _dropped, ...withoutCount } = listed;
    expect(check([withoutCount])).toBe(false);
    expect(check([{ ...listed, resolved: 'nee' }])).toBe(false);
    expect(check([{ ...listed, anchor: { ...listed.anchor, status: 'weg' } }])).toBe(false);
    expect(check([{ ...listed, comments: [{ ...listed.comments[0]!, stance: 'boos' }] }])).toBe(false);
    expect(check([{ ...listed, authors: [7] }])).toBe(false);
    expect(check([{ ...listed, anchor: { ...listed.anchor, selector: { ...listed.anchor.selector, start: Number.NaN } } }])).toBe(false);
    expect(check(null)).toBe(false);
    expect(check({ 0: listed })).toBe(false);
  });

  it('leaves refinements to main: a thread id that is no uuid passes the shape', () => {
    expect(check([{ ...listed, id: 'geen-uuid' }])).toBe(true);
    expect(ListedThread.safeParse({ ...listed, id: 'geen-uuid' }).success).toBe(false);
  });

  it('is refused for schema kinds it cannot check without parsing (defaults, transforms)', () => {
    expect(() => shapeCheck(z.object({ n: z.number().default(0) }))).toThrow(/default/);
    expect(() => shapeCheck(z.string().transform((text) => text.length))).toThrow(/pipe/);
  });
});

describe('client replies checked by shape', () => {
  it('hands the thread list over as main sent it', async () => {
    const client = createClient(transportReplying({ ok: true, value: [listed] }));
    await expect(client.invoke('comments.threads', { path: '/x/nota.helder' })).resolves.toEqual([listed]);
  });

  it('still fails a thread list in another shape, as the full parse did', async () => {
    const client = createClient(transportReplying({ ok: true, value: [{ ...listed, resolved: 'nee' }] }));
    await expect(client.invoke('comments.threads', { path: '/x/nota.helder' })).rejects.toBeInstanceOf(z.ZodError);
  });

  it('turns an error reply into a HelderError with its code', async () => {
    const client = createClient(transportReplying({ ok: false, error: { code: 'note.notFound', params: { file: 'nota.helder' } } }));
    await expect(client.invoke('comments.threads', { path: '/x/nota.helder' })).rejects.toMatchObject({ code: 'note.notFound' });
    await expect(client.invoke('comments.threads', { path: '/x/nota.helder' })).rejects.toBeInstanceOf(HelderError);
  });

  it('parses every other reply in full: a bad thread from comments.thread is refused', async () => {
    const client = createClient(transportReplying({ ok: true, value: { ...listed, id: 'geen-uuid' } }));
    await expect(client.invoke('comments.thread', { path: '/x/nota.helder', threadId: listed.id })).rejects.toBeInstanceOf(z.ZodError);
  });
});
