import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventOf } from '../../../shared/contract';
import { sampleNoteJson } from '../../../shared/document';
import { NoteStore } from '../../../electron/services/note-store';
import { SettingsStore } from '../../../electron/services/settings';
import { WerkmapService } from '../../../electron/services/werkmap';
import { tempFolder } from '../../fixtures/store/temp';

type Emitted = { event: EventName; payload: EventOf<'werkmap.changed'> };

let root: { dir: string; cleanup(): void };
let werkDir: string;
let store: NoteStore;
let settings: SettingsStore;
let emitted: Emitted[];
let trashed: string[];
let werkmap: WerkmapService;

beforeEach(() => {
  root = tempFolder();
  werkDir = path.join(root.dir, 'Werkmap');
  fs.mkdirSync(werkDir);
  store = new NoteStore();
  settings = new SettingsStore(path.join(root.dir, 'userData'));
  emitted = [];
  trashed = [];
  werkmap = new WerkmapService({
    store,
    settings,
    async trashItem(file) {
      trashed.push(file);
      fs.renameSync(file, path.join(root.dir, path.basename(file)));
    },
    emit(event, payload) {
      emitted.push({ event, payload: payload as EventOf<'werkmap.changed'> });
    },
    debounceMs: 50,
  });
});
afterEach(() => {
  werkmap.dispose();
  store.closeAll();
  root.cleanup();
});

/** Waits (polling) until the condition holds, failing after a generous limit. */
async function until(condition: () => boolean, limitMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > limitMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('listing a werkmap', () => {
  it('shows every .helder file with the title stored inside it, sorted by name', () => {
    const b = store.createNote(werkDir, 'Bbb').path;
    store.save(b, sampleNoteJson(), { kind: 'auto', title: 'Titel van B' });
    store.closeAll();
    const a = store.createNote(werkDir, 'Aaa').path;
    fs.writeFileSync(path.join(werkDir, 'notities.txt'), 'geen notitie');
    fs.mkdirSync(path.join(werkDir, 'Submap.helder'));

    const list = werkmap.list(werkDir);
    expect(list.folder).toBe(werkDir);
    expect(list.name).toBe('Werkmap');
    expect(list.notes.map((note) => [note.name, note.title])).toEqual([
      ['Aaa.helder', 'Aaa'],
      ['Bbb.helder', 'Titel van B'],
    ]);
    expect(list.notes[0]?.path).toBe(a);
    expect(list.notes[1]?.size).toBe(fs.statSync(b).size);
  });

  it('shows the live title of a note that is open, even before it reaches the file', () => {
    const file = store.createNote(werkDir, 'Oud').path;
    store.save(file, sampleNoteJson(), { kind: 'auto', title: 'Nieuw' });
    expect(werkmap.list(werkDir).notes[0]?.title).toBe('Nieuw');
  });

  it('lists a damaged or foreign file by its name instead of failing', () => {
    fs.writeFileSync(path.join(werkDir, 'Kapot.helder'), 'geen sqlite');
    expect(werkmap.list(werkDir).notes.map((note) => note.title)).toEqual(['Kapot']);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => werkmap.list(path.join(root.dir, 'nergens'))).toThrow(expect.objectContaining({ code: 'werkmap.notFound' }));
  });
});

describe('renaming a note', () => {
  it('keeps the .helder extension and the content', () => {
    const file = store.createNote(werkDir, 'Oud').path;
    store.save(file, sampleNoteJson(), { kind: 'named' });
    werkmap.list(werkDir);
    const renamed = werkmap.rename(file, 'Nieuw: versie 2');
    expect(path.basename(renamed)).toBe('Nieuw versie 2.helder');
    expect(fs.readdirSync(werkDir)).toEqual(['Nieuw versie 2.helder']);
    expect(store.openNote(renamed).document).toBe(sampleNoteJson());
  });

  it('accepts a new name typed with the extension', () => {
    const file = store.createNote(werkDir, 'Oud').path;
    werkmap.list(werkDir);
    expect(path.basename(werkmap.rename(file, 'Nieuw.helder'))).toBe('Nieuw.helder');
  });

  it('refuses to replace another note', () => {
    const file = store.createNote(werkDir, 'Een').path;
    store.createNote(werkDir, 'Twee');
    werkmap.list(werkDir);
    expect(() => werkmap.rename(file, 'Twee')).toThrow(expect.objectContaining({ code: 'note.exists', params: { file: 'Twee.helder' } }));
    expect(fs.readdirSync(werkDir).filter((name) => name.endsWith('.helder')).sort()).toEqual(['Een.helder', 'Twee.helder']);
    expect(store.openNote(file).meta.title).toBe('Een');
  });

  it('refuses notes outside the folders the app has opened', () => {
    const other = path.join(root.dir, 'Elders');
    fs.mkdirSync(other);
    const file = store.createNote(other, 'Vreemd').path;
    expect(() => werkmap.rename(file, 'X')).toThrow(expect.objectContaining({ code: 'werkmap.outside' }));
  });
});

describe('deleting a note', () => {
  it('moves it to the trash through the injected function and closes it first', async () => {
    const file = store.createNote(werkDir, 'Weg').path;
    werkmap.list(werkDir);
    expect(await werkmap.trash(file)).toBe(true);
    expect(trashed).toEqual([file]);
    expect(store.isOpen(file)).toBe(false);
    expect(werkmap.list(werkDir).notes).toEqual([]);
  });
});

describe('recent folders', () => {
  it('remembers opened werkmaps and leaves out ones that are gone', () => {
    const second = path.join(root.dir, 'Tweede');
    fs.mkdirSync(second);
    werkmap.open(werkDir);
    werkmap.open(second);
    expect(werkmap.recent()).toEqual([second, werkDir]);
    fs.rmSync(second, { recursive: true });
    expect(werkmap.recent()).toEqual([werkDir]);
  });
});

describe('watching the open werkmap', () => {
  it('reports a note added outside the app', async () => {
    werkmap.open(werkDir);
    const other = new NoteStore();
    const added = other.createNote(werkDir, 'Van buiten').path;
    other.closeAll();
    await until(() => emitted.length > 0);
    expect(emitted.every((entry) => entry.event === 'werkmap.changed')).toBe(true);
    expect(emitted.at(-1)?.payload.folder).toBe(werkDir);
    const paths = emitted.map((entry) => entry.payload.path);
    expect(paths.includes(added) || paths.includes(undefined)).toBe(true);
  });

  it('reports a note removed outside the app', async () => {
    const file = store.createNote(werkDir, 'Verdwijnt').path;
    store.closeAll();
    werkmap.open(werkDir);
    fs.rmSync(file);
    await until(() => emitted.length > 0);
    expect(emitted.at(-1)?.payload.folder).toBe(werkDir);
  });

  it('does not report the app\'s own autosaves as outside changes', async () => {
    const file = store.createNote(werkDir, 'Eigen').path;
    werkmap.open(werkDir);
    for (let index = 0; index < 20; index += 1) store.save(file, sampleNoteJson(), { kind: 'auto' });
    // Longer than the debounce: any report of these saves would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(emitted).toEqual([]);
  });

  it('stops reporting after dispose', async () => {
    werkmap.open(werkDir);
    werkmap.dispose();
    fs.writeFileSync(path.join(werkDir, 'Later.helder'), '');
    // Give a watcher that was wrongly left running more than its debounce time to fire.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(emitted).toEqual([]);
  });
});
