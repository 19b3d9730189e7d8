import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommentService } from '../../../electron/services/comments';
import { DocumentService } from '../../../electron/services/documents/document-service';
import { NoteStore } from '../../../electron/services/note-store';
import { toBlocks } from '../../../shared/document';
import { sampleDocx } from '../../fixtures/documents/word-files';
import { sha256, tempFolder } from '../../fixtures/store/temp';

let folder: { dir: string; cleanup(): void };
let store: NoteStore;
let comments: CommentService;
let service: DocumentService;
beforeEach(() => {
  folder = tempFolder();
  store = new NoteStore();
  comments = new CommentService(store);
  service = new DocumentService(store, comments);
});
afterEach(() => {
  store.closeAll();
  folder.cleanup();
});

const outline = (document: string) => toBlocks(document).map((block) => `${block.kind}${block.level ?? ''}: ${block.text}`);

describe('Word in and out', () => {
  it('imports a .docx with headings, lists, emphasis, a link and a Word comment, leaving the file as it was', async () => {
    const source = path.join(folder.dir, 'Afvalbrief.docx');
    fs.writeFileSync(source, await sampleDocx());
    const before = sha256(source);
    const { note, notices } = await service.importFile(source, folder.dir, 'Kees');
    expect(sha256(source)).toBe(before);
    expect(path.basename(note.path)).toBe('Afvalbrief.helder');
    expect(outline(note.document)).toEqual([
      'heading1: Afval ophalen in Oostwijk',
      'paragraph: Vanaf 1 maart halen wij het restafval één keer per twee weken op. Let op: de dag verandert.',
      'heading2: Wat u moet doen',
      'listitem1: Zet de container voor 7.30 uur buiten.',
      'listitem1: Haal hem dezelfde dag weer binnen.',
      'listitem1: Kijk in de afvalkalender.',
      'listitem1: Meld een gemiste container.',
      'paragraph: Meer informatie staat op de website.',
    ]);
    const json = note.document;
    expect(json).toContain('"listType":"number"');
    expect(json).toContain('"listType":"bullet"');
    expect(json).toContain('https://www.oostwijk.nl/afval');
    expect(json).toMatch(/"format":1,[^}]*"text":"Let op:"/);
    const threads = comments.list(note.path);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.anchor.selector.exact).toBe('halen wij het restafval');
    expect(threads[0]!.comments[0]).toMatchObject({ author: 'Fatima (adviseur)', body: 'Kan dit eenvoudiger?' });
    expect(notices).toContainEqual({ code: 'comments', count: 1 });
  });

  it('exports .docx that imports again with the same text, heading tree and comment', async () => {
    const source = path.join(folder.dir, 'Afvalbrief.docx');
    fs.writeFileSync(source, await sampleDocx());
    const { note } = await service.importFile(source, folder.dir, 'Kees');
    const exported = await service.exportFile(note.path, 'docx', { comments: true, titlePage: false });
    expect(path.basename(exported)).toBe('Afvalbrief 2.docx');
    const again = await service.importFile(exported, folder.dir, 'Kees');
    expect(outline(again.note.document)).toEqual(outline(note.document));
    expect(comments.list(again.note.path).map((thread) => thread.anchor.selector.exact)).toEqual(['halen wij het restafval']);
  });

  it('exports Markdown and plain text that import again with the same blocks', async () => {
    const source = path.join(folder.dir, 'Afvalbrief.docx');
    fs.writeFileSync(source, await sampleDocx());
    const { note } = await service.importFile(source, folder.dir, 'Kees');
    const markdown = await service.exportFile(note.path, 'markdown', { comments: false, titlePage: false });
    expect(fs.readFileSync(markdown, 'utf8')).toContain('**Let op:**');
    const fromMarkdown = await service.importFile(markdown, folder.dir, 'Kees');
    expect(outline(fromMarkdown.note.document)).toEqual(outline(note.document));
    const text = await service.exportFile(note.path, 'text', { comments: false, titlePage: false });
    const fromText = await service.importFile(text, folder.dir, 'Kees');
    expect(toBlocks(fromText.note.document).map((block) => block.text)).toEqual(toBlocks(note.document).map((block) => block.text));
  });

  it('exports an A4 PDF with page numbers', async () => {
    const source = path.join(folder.dir, 'Afvalbrief.docx');
    fs.writeFileSync(source, await sampleDocx());
    const { note } = await service.importFile(source, folder.dir, 'Kees');
    const pdf = fs.readFileSync(await service.exportFile(note.path, 'pdf', { comments: false, titlePage: true }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 in points; a title page plus one page of text.
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2);
  });
});
