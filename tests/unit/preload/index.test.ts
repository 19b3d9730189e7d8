import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HelderApi } from '../../../shared/contract';

type Listener = (event: unknown, payload: unknown) => void;

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Listener[]>(),
  replies: new Map<string, unknown>(),
}));

vi.mock('electron', () => ({
  webUtils: { getPathForFile: (file: { fakePath?: string }) => file.fakePath ?? '' },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string) => bridge.replies.get(channel),
    on: (channel: string, listener: Listener) => bridge.listeners.set(channel, [...(bridge.listeners.get(channel) ?? []), listener]),
  },
}));

const sendFromMain = (channel: string, payload: unknown) => bridge.listeners.get(channel)?.forEach((listener) => listener({}, payload));

describe('preload API', () => {
  let api: HelderApi;
  beforeAll(async () => {
    await import('../../../electron/preload/index');
    api = bridge.exposed.get('helder') as HelderApi;
  });

  it('exposes one object, window.helder, and nothing else', () => {
    expect([...bridge.exposed.keys()]).toEqual(['helder']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it('gives the path of a dropped file through webUtils, and nothing for a file without one', () => {
    const files = api as HelderApi & { pathForFile(file: unknown): string };
    expect(files.pathForFile({ fakePath: '/home/a/nota reviewkopie.helder' })).toBe('/home/a/nota reviewkopie.helder');
    expect(files.pathForFile({})).toBe('');
  });

  it('returns validated values from main', async () => {
    bridge.replies.set('helder:werkmap.recent', { ok: true, value: ['/home/a/Werkmap'] });
    await expect(api.invoke('werkmap.recent', {})).resolves.toEqual(['/home/a/Werkmap']);
  });

  it('rejects with a plain object that keeps code and params, which contextBridge copies whole', async () => {
    bridge.replies.set('helder:notes.open', { ok: false, error: { code: 'note.newerSchema', params: { file: 'nota.helder' } } });
    const error: unknown = await api.invoke('notes.open', { path: '/x/nota.helder' }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ name: 'HelderError', code: 'note.newerSchema', params: { file: 'nota.helder' } });
    expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
  });

  it('turns a malformed reply into an internal error instead of bad state', async () => {
    bridge.replies.set('helder:settings.get', { ok: true, value: { theme: 'purple' } });
    await expect(api.invoke('settings.get', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('keeps a file-open request that arrives before the page subscribes', async () => {
    sendFromMain('helder:note.openRequested', { path: '/home/a/nota.helder' });
    const seen: unknown[] = [];
    const stop = api.on('note.openRequested', (payload) => seen.push(payload));
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    sendFromMain('helder:note.openRequested', { path: '/home/a/twee.helder' });
    stop();
    sendFromMain('helder:note.openRequested', { path: '/home/a/drie.helder' });
    expect(seen).toEqual([{ path: '/home/a/nota.helder' }, { path: '/home/a/twee.helder' }]);
  });
});
