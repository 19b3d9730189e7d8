// A note's own check settings, through dispatch on real .helder files: stored in the file,
// still there after the note is closed and reopened by a fresh set of services.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, dispatch } from '../../../electron/services';
import { openSqlite } from '../../../electron/services/sqlite';
import { tempFolder } from '../../fixtures/store/temp';

let root: { dir: string; cleanup(): void };
let services: ReturnType<typeof createServices>;
let folder: string;

const start = () =>
  createServices({
    userDataDir: path.join(root.dir, 'userData'),
    sampleDir: path.join(root.dir, 'Documenten'),
    trashItem: async (file) => fs.rmSync(file),
    chooseFolder: async () => null,
    openExternal: async () => undefined,
    emit: () => undefined,
  });

beforeEach(() => {
  root = tempFolder();
  folder = path.join(root.dir, 'Werk');
  fs.mkdirSync(folder);
  services = start();
});
afterEach(() => {
  services.dispose();
  root.cleanup();
});

async function value<T>(channel: string, payload: unknown): Promise<T> {
  const reply = await dispatch(services.handlers, channel, payload);
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

async function note(title: string): Promise<string> {
  return (await value<{ path: string }>('notes.create', { folder, title })).path;
}

describe('a note\'s own check settings', () => {
  it('a new note has none, so it follows the writer\'s settings', async () => {
    expect(await value('checks.getNoteSettings', { path: await note('Nieuw') })).toBeNull();
  });

  it('are stored in the note file and read back after closing and restarting', async () => {
    const file = await note('Strenger');
    const override = { preset: 'direct-duidelijk', rules: { passive: false } };
    expect(await value('checks.setNoteSettings', { path: file, override })).toEqual(override);
    await value('notes.close', { path: file });
    services.dispose();
    services = start();
    expect(await value('checks.getNoteSettings', { path: file })).toEqual(override);
  });

  it('belong to one note: another note in the same werkmap keeps none', async () => {
    const strict = await note('Strenger');
    const other = await note('Gewoon');
    await value('checks.setNoteSettings', { path: strict, override: { preset: 'custom', warnAbove: 12, errorAbove: 18 } });
    expect(await value('checks.getNoteSettings', { path: other })).toBeNull();
  });

  it('are removed with null, and an empty override counts as none', async () => {
    const file = await note('Terug');
    await value('checks.setNoteSettings', { path: file, override: { spelling: false } });
    expect(await value('checks.setNoteSettings', { path: file, override: null })).toBeNull();
    expect(await value('checks.getNoteSettings', { path: file })).toBeNull();
    expect(await value('checks.setNoteSettings', { path: file, override: {} })).toBeNull();
    expect(await value('checks.getNoteSettings', { path: file })).toBeNull();
  });

  it('refuse values outside the allowed range before anything is written', async () => {
    const file = await note('Grenzen');
    const reply = await dispatch(services.handlers, 'checks.setNoteSettings', { path: file, override: { warnAbove: 2 } });
    expect(reply.ok).toBe(false);
    expect(await value('checks.getNoteSettings', { path: file })).toBeNull();
  });

  it('read a broken stored value as "no override" instead of failing', async () => {
    const file = await note('Kapot');
    await value('checks.setNoteSettings', { path: file, override: { preset: 'b1' } });
    await value('notes.close', { path: file });
    services.dispose();
    for (const broken of ['{niet json', '{"preset":"heel-streng"}', '[1,2]']) {
      const db = openSqlite(file);
      db.prepare("UPDATE check_settings SET value = ? WHERE key = 'note-settings'").run(broken);
      db.close();
      services = start();
      expect(await value('checks.getNoteSettings', { path: file })).toBeNull();
      services.dispose();
    }
    services = start();
  });

  it('cannot be changed in a review copy, like its text', async () => {
    const file = await note('Voor het panel');
    const { file: copy } = await value<{ file: string }>('review.export', { path: file });
    const reply = await dispatch(services.handlers, 'checks.setNoteSettings', { path: copy, override: { preset: 'direct-duidelijk' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'note.readOnly' } });
    expect(await value('checks.getNoteSettings', { path: copy })).toBeNull();
  });
});
