// Review copies dropped onto the window in the browser mode arrive as bytes over the loopback
// host. The door is the zod contract (only a .helder name, never a path, base64 within the
// limit), then the same import as the file picker; the scratch copies never outlive the call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, dispatch } from '../../../electron/services';
import { MAX_UPLOAD_BYTES } from '../../../shared/contract';
import { tempFolder } from '../../fixtures/store/temp';
import { anchorOn, documentOf, expectUntouched, helder, NOTE_TEXT } from './hostile-world';

let folder: { dir: string; cleanup(): void };
let services: ReturnType<typeof createServices>;
let note: string;
const doc = () => documentOf(...NOTE_TEXT);
const file = (name: string) => path.join(folder.dir, name);
const scratch = () => {
  const root = path.join(os.tmpdir(), `helder-work-${process.pid}`);
  return fs.existsSync(root) ? fs.readdirSync(root).filter((name) => name.startsWith('upload-')) : [];
};

beforeEach(() => {
  folder = tempFolder('helder-review-upload-');
  services = createServices({
    userDataDir: file('user'), sampleDir: file('docs'),
    trashItem: async () => {}, chooseFolder: async () => null, openExternal: async () => {}, emit: () => {},
  });
  const writer = helder();
  note = writer.store.createNote(folder.dir, 'Nota', { author: 'A. Jansen', document: doc() }).path;
  writer.store.closeAll();
});
afterEach(() => {
  services.dispose();
  folder.cleanup();
});

/** A copy of the note with one resident's comment, as bytes: what the browser reads from a drop. */
function returnedCopyBytes(): Buffer {
  const writer = helder();
  const exported = writer.comments.exportReviewCopy(note, { target: file('uitgaand.helder') });
  writer.store.closeAll();
  const resident = helder('2026-03-02T10:00:00.000Z');
  resident.comments.add(exported.file, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Waar is het loket?', author: 'Bewoner' });
  resident.store.closeAll();
  const bytes = fs.readFileSync(exported.file);
  fs.rmSync(exported.file);
  return bytes;
}

const upload = (files: unknown) => dispatch(services.handlers, 'review.importUpload', { path: note, files });

describe('review copies uploaded by the browser mode', () => {
  it('go through the same import as the picker, named as the writer named them, and leave no scratch copy', async () => {
    const reply = await upload([{ name: 'Nota reviewkopie van Piet.helder', data: returnedCopyBytes().toString('base64') }]);
    expect(reply).toMatchObject({ ok: true, value: { added: 1, perFile: [{ file: 'Nota reviewkopie van Piet.helder', added: 1 }] } });
    const threads = await dispatch(services.handlers, 'comments.list', { path: note });
    expect(threads).toMatchObject({ ok: true });
    expect(JSON.stringify(threads)).toContain('Waar is het loket?');
    expect(scratch()).toEqual([]);
  });

  it('refuse anything but a plain .helder name, data that is not base64, extra fields and too many bytes, before writing anything', async () => {
    const data = returnedCopyBytes().toString('base64');
    const refused = [
      [{ name: '../Nota.helder', data }],
      [{ name: 'map/kopie.helder', data }],
      [{ name: 'C:\\kopie.helder', data }],
      [{ name: 'C:kopie.helder', data }],
      [{ name: 'kopie\nregel.helder', data }],
      [{ name: 'kopie.helder.exe', data }],
      [{ name: 'kopie.txt', data }],
      [{ name: 'kopie.helder', data: 'geen base64!' }],
      [{ name: 'kopie.helder', data, path: '/etc/passwd' }],
      [],
      [{ name: 'kopie.helder', data: 'A'.repeat(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4) }],
      // Each below the limit, together above it.
      [{ name: 'a.helder', data: 'A'.repeat(Math.ceil(MAX_UPLOAD_BYTES / 3) * 2) }, { name: 'b.helder', data: 'A'.repeat(Math.ceil(MAX_UPLOAD_BYTES / 3) * 2 + 4) }],
    ];
    for (const files of refused) {
      const reply = await expectUntouched(note, () => upload(files));
      expect(reply, JSON.stringify(files).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'ipc.invalidRequest' } });
    }
    expect(scratch()).toEqual([]);
  });

  it('bytes that are not a review copy are refused with a clear error; the note keeps every byte', async () => {
    const reply = await expectUntouched(note, () => upload([{ name: 'kopie.helder', data: Buffer.from('SQLite format 3\0 maar niet echt').toString('base64') }]));
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: { code: string } }).error.code).not.toBe('internal');
    // The note itself, sent back as if it were a copy, is no review copy either.
    const self = await upload([{ name: 'Nota.helder', data: fs.readFileSync(note).toString('base64') }]);
    expect(self).toMatchObject({ ok: false, error: { code: 'review.notReviewCopy' } });
    expect(scratch()).toEqual([]);
  });
});
