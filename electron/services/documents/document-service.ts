// Documents in and out. In: .docx (checked by zip-guard first), Markdown, plain text -> a new
// note made by NoteStore.createNote, with Word comments added through the comment service; the
// source file is only read. Out: .docx (optionally with comments), PDF, Markdown, plain text,
// written next to the note.
import fs from 'node:fs';
import path from 'node:path';
import { HelderError, type DocumentFormat, type ImportNotice, type NoteSnapshot } from '../../../shared/contract';
import { flatten, reanchorFlat, selectorAt } from '../../../shared/comments/anchor';
import { fromMarkdown, fromPlainText, fromRichBlocks, toMarkdown, toPlainText, toRichBlocks, type RichBlock } from '../../../shared/convert';
import { toBlocks } from '../../../shared/document';
import type { CommentService } from '../comments';
import type { NoteStore } from '../note-store';
import { exportDocx, type WordComment } from './docx-export';
import { importDocx, type ImportedComment } from './docx-import';
import { notePdf } from './note-pdf';
import { writeBeside } from './write-beside';
import { IMPORT_LIMITS, readWordFile } from './zip-guard';

export interface ReadDocument {
  blocks: RichBlock[];
  comments: ImportedComment[];
  notices: ImportNotice[];
}

const WORD = new Set(['.docx', '.docm', '.dotm', '.doc', '.dotx']);
const MARKDOWN = new Set(['.md', '.markdown']);
const TEXT = new Set(['.txt', '.text']);

function readTextFile(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new HelderError('import.notFound', { file: path.basename(file) });
  if (stat.size > IMPORT_LIMITS.fileBytes) throw new HelderError('import.tooLarge', { file: path.basename(file), limit: String(IMPORT_LIMITS.fileBytes / 1024 / 1024) });
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** Reads any supported file into rich blocks; shared by the import command and `helder check`. */
export async function readDocument(file: string): Promise<ReadDocument> {
  const extension = path.extname(file).toLowerCase();
  if (WORD.has(extension)) return importDocx(readWordFile(file));
  if (MARKDOWN.has(extension)) return { blocks: fromMarkdown(readTextFile(file)), comments: [], notices: [] };
  if (TEXT.has(extension)) return { blocks: fromPlainText(readTextFile(file)), comments: [], notices: [] };
  throw new HelderError('import.unsupported', { file: path.basename(file) });
}

const extensionOf: Record<DocumentFormat, string> = { docx: '.docx', pdf: '.pdf', markdown: '.md', text: '.txt' };

export class DocumentService {
  constructor(
    private readonly store: NoteStore,
    private readonly comments: CommentService,
  ) {}

  async importFile(source: string, folder: string, author: string): Promise<{ note: NoteSnapshot; notices: ImportNotice[] }> {
    const read = await readDocument(source);
    const document = fromRichBlocks(read.blocks);
    const title = path.basename(source, path.extname(source)).trim() || 'Geïmporteerd';
    const note = this.store.createNote(folder, title, { author, document });
    const notices = [...read.notices];
    if (read.comments.length > 0) {
      const flat = flatten(toBlocks(document));
      let notPlaced = 0;
      for (const comment of read.comments) {
        const blockStart = flat.starts[comment.blockIndex];
        if (blockStart === undefined || comment.end <= comment.start) {
          notPlaced += 1;
          continue;
        }
        this.comments.add(note.path, {
          anchor: selectorAt(flat, blockStart + comment.start, blockStart + comment.end),
          stance: 'suggestie',
          body: comment.body,
          author: comment.author.trim() || 'Word',
        });
      }
      if (notPlaced > 0) notices.push({ code: 'commentsNotPlaced', count: notPlaced });
    }
    return { note, notices };
  }

  /** Unresolved threads as Word comments on the words they are anchored to now. */
  private wordComments(file: string, document: string): WordComment[] {
    const blocks = toBlocks(document);
    const indexOf = new Map(blocks.map((block, index) => [block.id, index]));
    const flat = flatten(blocks);
    const out: WordComment[] = [];
    for (const thread of this.comments.list(file)) {
      if (thread.resolved || thread.comments.length === 0) continue;
      const placement = reanchorFlat(flat, thread.anchor.selector);
      if (placement.status === 'orphaned') continue;
      const blockIndex = indexOf.get(placement.from.blockId);
      if (blockIndex === undefined) continue;
      const end = placement.to.blockId === placement.from.blockId ? placement.to.offset : blocks[blockIndex]!.text.length;
      const first = thread.comments[0]!;
      out.push({
        id: out.length + 1,
        blockIndex,
        start: placement.from.offset,
        end,
        author: first.author,
        date: new Date(first.createdAt),
        // An advies says so in Word too: there it sits among the writer's and residents' comments.
        body: thread.comments.map((comment, index) => (index > 0 ? `${comment.author}: ${comment.body}` : comment.kind === 'advies' ? `Advies: ${comment.body}` : comment.body)),
      });
    }
    return out;
  }

  async exportFile(file: string, format: DocumentFormat, options: { comments: boolean; titlePage: boolean }): Promise<string> {
    const note = this.store.openNote(file);
    const blocks = toRichBlocks(note.document);
    const title = note.meta.title;
    let bytes: Buffer | string;
    if (format === 'docx') bytes = await exportDocx(title, blocks, options.comments ? this.wordComments(file, note.document) : []);
    else if (format === 'pdf') bytes = await notePdf({ title, author: note.meta.author, blocks, titlePage: options.titlePage, date: note.meta.updatedAt });
    else if (format === 'markdown') bytes = toMarkdown('', blocks);
    else bytes = toPlainText('', blocks);
    return writeBeside(file, '', extensionOf[format], bytes);
  }
}
