import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HelderError } from '../../../shared/contract';
import { CommentService } from '../../../electron/services/comments';
import { DocumentService } from '../../../electron/services/documents/document-service';
import { NoteStore } from '../../../electron/services/note-store';
import { buildZip, oleFile, sampleDocx } from '../../fixtures/documents/word-files';
import { sha256, tempFolder } from '../../fixtures/store/temp';

let folder: { dir: string; cleanup(): void };
let store: NoteStore;
let service: DocumentService;
beforeEach(() => {
  folder = tempFolder();
  store = new NoteStore();
  service = new DocumentService(store, new CommentService(store));
});
afterEach(() => {
  store.closeAll();
  folder.cleanup();
});

/** Imports `file` expecting a refusal with `code`; the file's bytes and the folder stay as they were. */
async function expectRefusal(file: string, code: string): Promise<void> {
  const before = sha256(file);
  const listing = fs.readdirSync(folder.dir).sort();
  const error = await service.importFile(file, folder.dir, 'Test').then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HelderError);
  expect((error as HelderError).code).toBe(code);
  expect((error as HelderError).params.file).toBe(path.basename(file));
  expect(sha256(file)).toBe(before);
  expect(fs.readdirSync(folder.dir).sort()).toEqual(listing);
}

const write = (name: string, bytes: Buffer) => {
  const file = path.join(folder.dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('refusing bad Word files', () => {
  it('refuses a file that is not a zip', async () => {
    await expectRefusal(write('brief.docx', Buffer.from('Dit is gewoon tekst, geen Word-document.\n'.repeat(20))), 'import.notZip');
  });

  it('refuses a truncated .docx (cut off halfway)', async () => {
    const docx = await sampleDocx();
    await expectRefusal(write('half.docx', docx.subarray(0, Math.floor(docx.length / 2))), 'import.truncated');
  });

  it('refuses a zip bomb by its declared sizes before inflating', async () => {
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    await expectRefusal(write('bom.docx', buildZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: zeros }])), 'import.zipBomb');
  });

  it('refuses a zip with too many entries', async () => {
    const entries = Array.from({ length: 5001 }, (_, index) => ({ name: `word/part${index}.xml`, data: Buffer.from('<a/>') }));
    await expectRefusal(write('veel.docx', buildZip([...entries, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }])), 'import.zipBomb');
  });

  it('refuses a zip that lies about its unpacked size', async () => {
    const big = Buffer.alloc(900 * 1024, 0x61);
    await expectRefusal(write('leugen.docx', buildZip([{ name: 'word/document.xml', data: big, declaredSize: 1000 }])), 'import.zipBomb');
  });

  it('refuses a 200 MB file without reading it', async () => {
    const file = path.join(folder.dir, 'groot.docx');
    const handle = fs.openSync(file, 'w');
    fs.ftruncateSync(handle, 200 * 1024 * 1024);
    fs.closeSync(handle);
    await expectRefusal(file, 'import.tooLarge');
  });

  it('refuses a macro-enabled document, by extension and by a vbaProject.bin inside', async () => {
    const docx = await sampleDocx();
    await expectRefusal(write('macro.docm', docx), 'import.macro');
    const withMacro = buildZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }, { name: 'word/vbaProject.bin', data: Buffer.from('macro') }]);
    await expectRefusal(write('verstopt.docx', withMacro), 'import.macro');
  });

  it('refuses a password-protected document', async () => {
    await expectRefusal(write('geheim.docx', oleFile(true)), 'import.encrypted');
  });

  it('refuses an old .doc and says to save it as .docx', async () => {
    await expectRefusal(write('oud.doc', oleFile(false)), 'import.oldDoc');
  });

  it('refuses a zip that is not a Word document', async () => {
    await expectRefusal(write('foto.docx', buildZip([{ name: 'foto.txt', data: Buffer.from('geen word') }])), 'import.notWord');
  });

  it('refuses a file type it cannot read', async () => {
    await expectRefusal(write('blad.xlsx', Buffer.from('PK')), 'import.unsupported');
  });
});
