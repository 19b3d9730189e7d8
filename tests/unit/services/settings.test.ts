import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Session, Settings } from '../../../shared/contract';
import { SettingsStore } from '../../../electron/services/settings';
import { tempFolder } from '../../fixtures/store/temp';

let folder: { dir: string; cleanup(): void };
beforeEach(() => {
  folder = tempFolder();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  folder.cleanup();
});

const settingsFile = () => path.join(folder.dir, 'settings.json');

describe('settings', () => {
  it('start with the contract defaults when there is no file', () => {
    expect(new SettingsStore(folder.dir).get()).toEqual(Settings.parse({}));
  });

  it('keep a change after a restart and leave other fields alone', () => {
    new SettingsStore(folder.dir).set({ theme: 'dark', authorName: 'C. de Wit' });
    new SettingsStore(folder.dir).set({ language: 'en' });
    expect(new SettingsStore(folder.dir).get()).toEqual({ ...Settings.parse({}), theme: 'dark', authorName: 'C. de Wit', language: 'en' });
    expect(fs.readdirSync(folder.dir)).toEqual(['settings.json']);
  });

  it.each([
    ['not JSON', '{"theme": "dark"'],
    ['an invalid value', JSON.stringify({ theme: 'paars' })],
    ['the wrong shape', '[1, 2, 3]'],
  ])('fall back to defaults when the file holds %s, keeping it as settings.json.bad', (_label, content) => {
    fs.writeFileSync(settingsFile(), content);
    const store = new SettingsStore(folder.dir);
    expect(store.get()).toEqual(Settings.parse({}));
    expect(fs.readFileSync(`${settingsFile()}.bad`, 'utf8')).toBe(content);
    store.set({ theme: 'high-contrast' });
    expect(new SettingsStore(folder.dir).get().theme).toBe('high-contrast');
  });
});

describe('session', () => {
  it('is empty at first and remembered after a restart', () => {
    expect(new SettingsStore(folder.dir).getSession()).toEqual(Session.parse({}));
    const session = { werkmap: '/tmp/werk', openNotes: ['/tmp/werk/a.helder', '/tmp/werk/b.helder'], activeNote: '/tmp/werk/b.helder' };
    new SettingsStore(folder.dir).setSession(session);
    expect(new SettingsStore(folder.dir).getSession()).toEqual(session);
  });

  it('falls back to an empty session when session.json is damaged', () => {
    fs.writeFileSync(path.join(folder.dir, 'session.json'), '\0\0\0');
    expect(new SettingsStore(folder.dir).getSession()).toEqual(Session.parse({}));
    expect(fs.existsSync(path.join(folder.dir, 'session.json.bad'))).toBe(true);
  });
});

describe('recent folders', () => {
  it('list the newest first, without duplicates, at most ten, and survive a restart', () => {
    const store = new SettingsStore(folder.dir);
    for (let index = 1; index <= 12; index += 1) store.addRecentFolder(`/werk/map${index}`);
    store.addRecentFolder('/werk/map5');
    const recent = new SettingsStore(folder.dir).recentFolders();
    expect(recent).toHaveLength(10);
    expect(recent.slice(0, 3)).toEqual(['/werk/map5', '/werk/map12', '/werk/map11'].map((folderPath) => path.resolve(folderPath)));
    expect(new Set(recent).size).toBe(10);
  });

  it('are not part of the settings the renderer sees', () => {
    const store = new SettingsStore(folder.dir);
    store.addRecentFolder('/werk');
    expect(Object.keys(store.get()).sort()).toEqual(Object.keys(Settings.parse({})).sort());
  });
});
