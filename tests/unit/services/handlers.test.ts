import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, Settings, SettingsPatch, type EventName } from '../../../shared/contract';
import { sampleNoteJson } from '../../../shared/document';
import { createServices, dispatch, type Handlers } from '../../../electron/services';
import { tempFolder } from '../../fixtures/store/temp';

let root: { dir: string; cleanup(): void };
let services: { handlers: Handlers; dispose(): void };
let chosenFolder: string | null;
let opened: string[];
let events: { event: EventName; payload: unknown }[];

beforeEach(() => {
  root = tempFolder();
  chosenFolder = null;
  opened = [];
  events = [];
  services = createServices({
    userDataDir: path.join(root.dir, 'userData'),
    sampleDir: path.join(root.dir, 'Documenten'),
    trashItem: async (file) => fs.rmSync(file),
    chooseFolder: async () => chosenFolder,
    openExternal: async (url) => {
      opened.push(url);
    },
    emit: (event, payload) => events.push({ event, payload }),
  });
});
afterEach(() => {
  services.dispose();
  root.cleanup();
});

const call = (channel: string, payload: unknown) => dispatch(services.handlers, channel, payload);
async function value<T>(channel: string, payload: unknown): Promise<T> {
  const reply = await call(channel, payload);
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

describe('services through dispatch', () => {
  it('handle every channel of the contract', () => {
    expect(Object.keys(services.handlers).sort()).toEqual([...channelNames].sort());
  });

  it('change only the settings a patch names: saving the name keeps the theme and the word list', async () => {
    await value('settings.set', { theme: 'dark', checks: { organisationDictionary: path.join(root.dir, 'lijst.json') } });
    const after = await value<{ theme: string; authorName: string; checks: { organisationDictionary: string | null } }>('settings.set', { authorName: 'E. de Boer' });
    expect(after).toMatchObject({ theme: 'dark', authorName: 'E. de Boer', checks: { organisationDictionary: path.join(root.dir, 'lijst.json') } });
    expect(await value('settings.set', {})).toEqual(after);
    await value('settings.set', { theme: 'light', checks: { organisationDictionary: null } });
    // Every setting can be patched: a field missing from the patch schema would be dropped silently.
    expect(Object.keys(SettingsPatch.shape).sort()).toEqual(Object.keys(Settings.shape).sort());
  });

  it('create, save, close and reopen a note with the text intact', async () => {
    const folder = path.join(root.dir, 'Werk');
    fs.mkdirSync(folder);
    await value('settings.set', { authorName: 'D. Visser' });
    const created = await value<{ path: string; meta: { author: string } }>('notes.create', { folder, title: 'Plan' });
    expect(created.meta.author).toBe('D. Visser');
    const saved = await value<{ revisionId: number | null }>('notes.save', { path: created.path, document: sampleNoteJson(), kind: 'named', name: 'Eerste' });
    expect(saved.revisionId).not.toBeNull();
    expect(await value('notes.close', { path: created.path })).toEqual({ closed: true });
    const reopened = await value<{ document: string }>('notes.open', { path: created.path });
    expect(reopened.document).toBe(sampleNoteJson());
    const revisions = await value<{ name: string | null }[]>('notes.revisions', { path: created.path });
    expect(revisions.map((revision) => revision.name)).toEqual(['Eerste']);
    const meta = await value<{ status: string }>('notes.setMeta', { path: created.path, status: 'definitief' });
    expect(meta.status).toBe('definitief');
  });

  it('reject a payload that does not match the schema before any handler runs', async () => {
    const folder = path.join(root.dir, 'Werk');
    fs.mkdirSync(folder);
    for (const [channel, payload] of [
      ['notes.create', { folder, title: '' }],
      ['notes.save', { path: path.join(folder, 'a.helder'), document: '{}', kind: 'sometimes' }],
      ['notes.open', { path: 42 }],
      ['settings.set', { theme: 'paars' }],
      ['app.openExternal', { url: 'geen url' }],
    ] as const) {
      const reply = await call(channel, payload);
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'ipc.invalidRequest' } });
    }
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('reject an unknown channel', async () => {
    expect(await call('fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
  });

  it('refuse note paths that are not absolute .helder files', async () => {
    const text = path.join(root.dir, 'geheim.txt');
    fs.writeFileSync(text, 'geheim');
    expect(await call('notes.open', { path: text })).toMatchObject({ ok: false, error: { code: 'note.notHelder', params: { file: 'geheim.txt' } } });
    expect(await call('notes.open', { path: 'relatief.helder' })).toMatchObject({ ok: false, error: { code: 'ipc.invalidRequest' } });
    expect(await call('werkmap.trash', { path: text })).toMatchObject({ ok: false, error: { code: 'note.notHelder' } });
    expect(fs.readFileSync(text, 'utf8')).toBe('geheim');
  });

  it('open links only for http and https', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'mailto:raad@gemeente.nl', 'ftp://example.nl/x']) {
      expect(await call('app.openExternal', { url }), url).toMatchObject({ ok: false, error: { code: 'link.notAllowed' } });
    }
    expect(await value('app.openExternal', { url: 'https://www.rijksoverheid.nl/' })).toEqual({ opened: true });
    expect(opened).toEqual(['https://www.rijksoverheid.nl/']);
  });

  it('ask for a folder when werkmap.open has none, and return null when the writer cancels', async () => {
    expect(await value('werkmap.open', {})).toBeNull();
    chosenFolder = path.join(root.dir, 'Gekozen');
    fs.mkdirSync(chosenFolder);
    expect(await value<{ folder: string }>('werkmap.open', {})).toMatchObject({ folder: chosenFolder, notes: [] });
    expect(await value('werkmap.recent', {})).toEqual([chosenFolder]);
  });

  it('rename and trash notes in the open werkmap', async () => {
    const folder = path.join(root.dir, 'Werk');
    fs.mkdirSync(folder);
    await value('werkmap.open', { folder });
    const { path: file } = await value<{ path: string }>('notes.create', { folder, title: 'Eerst' });
    const { path: renamed } = await value<{ path: string }>('werkmap.rename', { path: file, newName: 'Daarna' });
    expect(path.basename(renamed)).toBe('Daarna.helder');
    expect(await value('werkmap.trash', { path: renamed })).toEqual({ trashed: true });
    expect((await value<{ notes: unknown[] }>('werkmap.list', { folder })).notes).toEqual([]);
  });

  it('run the first start once and keep settings and session', async () => {
    const first = await value<{ werkmap: string; note: string }>('app.firstRun', {});
    expect(fs.existsSync(first.note)).toBe(true);
    expect(await value('session.get', {})).toEqual({ werkmap: first.werkmap, openNotes: [first.note], activeNote: first.note });
    expect(await value('app.firstRun', {})).toEqual({ werkmap: first.werkmap, note: null });
    const session = { werkmap: first.werkmap, openNotes: [], activeNote: null };
    expect(await value('session.set', session)).toEqual(session);
    expect(await value<{ theme: string }>('settings.get', {})).toMatchObject({ theme: 'light', language: 'nl' });
  });
});
