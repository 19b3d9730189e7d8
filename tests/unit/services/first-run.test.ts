import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleNoteJson, sampleNoteTitle } from '../../../shared/document';
import { firstRun, SAMPLE_WERKMAP_NAME } from '../../../electron/services/first-run';
import { NoteStore } from '../../../electron/services/note-store';
import { SettingsStore } from '../../../electron/services/settings';
import { tempFolder } from '../../fixtures/store/temp';

let folder: { dir: string; cleanup(): void };
let store: NoteStore;
beforeEach(() => {
  folder = tempFolder();
  store = new NoteStore();
});
afterEach(() => {
  store.closeAll();
  folder.cleanup();
});

describe('first run', () => {
  it('makes the sample werkmap with the sample note and puts it in the session', () => {
    const settings = new SettingsStore(path.join(folder.dir, 'userData'));
    const result = firstRun(store, settings, path.join(folder.dir, 'Documenten'));
    const werkmap = path.join(folder.dir, 'Documenten', SAMPLE_WERKMAP_NAME);
    const note = path.join(werkmap, 'Versterken van de sociale basis.helder');
    expect(result).toEqual({ werkmap, note });
    expect(settings.getSession()).toEqual({ werkmap, openNotes: [note], activeNote: note });
    const opened = store.openNote(note);
    expect(opened.document).toBe(sampleNoteJson());
    expect(opened.meta.title).toBe(sampleNoteTitle);
  });

  it('happens once: a later start does not bring back a sample the writer deleted', () => {
    const userData = path.join(folder.dir, 'userData');
    const first = firstRun(store, new SettingsStore(userData), folder.dir);
    fs.rmSync(first.note ?? '');
    const again = firstRun(store, new SettingsStore(userData), folder.dir);
    expect(again).toEqual({ werkmap: first.werkmap, note: null });
    expect(fs.readdirSync(first.werkmap)).toEqual([]);
  });

  it('reuses a sample note that is already there instead of making a second one', () => {
    const werkmap = path.join(folder.dir, SAMPLE_WERKMAP_NAME);
    fs.mkdirSync(werkmap);
    const existing = store.createNote(werkmap, sampleNoteTitle).path;
    store.save(existing, sampleNoteJson().replace('Aanleiding', 'Eigen kop'), { kind: 'named' });
    store.closeAll();
    const result = firstRun(store, new SettingsStore(path.join(folder.dir, 'userData')), folder.dir);
    expect(result.note).toBe(existing);
    expect(fs.readdirSync(werkmap)).toEqual([path.basename(existing)]);
    expect(store.openNote(existing).document).toContain('Eigen kop');
  });
});
