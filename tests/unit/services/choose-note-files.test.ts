import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, dispatch } from '../../../electron/services';
import { tempFolder } from '../../fixtures/store/temp';

const disposers: Array<() => void> = [];
afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));

function services(chooseNoteFiles?: () => Promise<string[]>) {
  const root = tempFolder();
  const created = createServices({
    userDataDir: path.join(root.dir, 'userData'),
    sampleDir: path.join(root.dir, 'Documenten'),
    trashItem: async () => undefined,
    chooseFolder: async () => null,
    openExternal: async () => undefined,
    emit: () => undefined,
    ...(chooseNoteFiles ? { chooseNoteFiles } : {}),
  });
  disposers.push(() => {
    created.dispose();
    root.cleanup();
  });
  return created.handlers;
}

describe('choosing returned review copies', () => {
  it('gives the picked .helder files, and nothing else, where there is a file dialog', async () => {
    const handlers = services(async () => ['/tmp/a.helder', '/tmp/notities.txt', '/tmp/B.HELDER']);
    expect(await dispatch(handlers, 'app.chooseNoteFiles', {})).toEqual({ ok: true, value: ['/tmp/a.helder', '/tmp/B.HELDER'] });
  });

  it('says "no dialog" with null where there is none, so the app asks for paths instead', async () => {
    expect(await dispatch(services(), 'app.chooseNoteFiles', {})).toEqual({ ok: true, value: null });
  });

  it('gives an empty list when the writer cancels', async () => {
    expect(await dispatch(services(async () => []), 'app.chooseNoteFiles', {})).toEqual({ ok: true, value: [] });
  });
});
