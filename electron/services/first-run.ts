import fs from 'node:fs';
import path from 'node:path';
import { sampleNoteJson, sampleNoteTitle } from '../../shared/document';
import { NOTE_EXTENSION, type NoteStore } from './note-store';
import type { SettingsStore } from './settings';

export const SAMPLE_WERKMAP_NAME = 'Helder voorbeeld';

/**
 * On the very first start, makes `<sampleDir>/Helder voorbeeld` with the sample beleidsnotitie and
 * records it in the session so the workbench opens it. Runs once: later calls only report the
 * werkmap of the session. A sample note the writer already has is reused, never overwritten.
 */
export function firstRun(store: NoteStore, settings: SettingsStore, sampleDir: string): { werkmap: string; note: string | null } {
  const folder = path.join(path.resolve(sampleDir), SAMPLE_WERKMAP_NAME);
  if (settings.sampleCreated()) return { werkmap: settings.getSession().werkmap ?? folder, note: null };

  fs.mkdirSync(folder, { recursive: true });
  let note = path.join(folder, `${sampleNoteTitle}${NOTE_EXTENSION}`);
  if (!fs.existsSync(note)) {
    note = store.createNote(folder, sampleNoteTitle, { document: sampleNoteJson(), author: settings.get().authorName }).path;
    store.close(note);
  }
  settings.markSampleCreated();
  settings.addRecentFolder(folder);
  settings.setSession({ werkmap: folder, openNotes: [note], activeNote: note });
  return { werkmap: folder, note };
}
