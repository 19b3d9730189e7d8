// Rich blocks -> .docx with the `docx` library: headings as Word's Heading styles (so Word's
// navigation pane and the council's document system see the structure), bullet and numbered
// lists, bold/italic, links, and optionally the note's comments as Word comments on their words.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { RichBlock, Run } from '../../../shared/convert';

export interface WordComment {
  id: number;
  blockIndex: number;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  author: string;
  date: Date;
  /** Paragraphs of the thread: the first comment, then the replies. */
  body: string[];
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const NUMBERED = 'helder-numbered';

function textRun(run: Run, text: string): ParagraphChild {
  const styled = new TextRun({ text, bold: run.bold ?? false, italics: run.italic ?? false, ...(run.link ? { style: 'Hyperlink' } : {}) });
  return run.link ? new ExternalHyperlink({ link: run.link, children: [styled] }) : styled;
}

/** The runs of one block with comment ranges opened and closed at the right offsets. */
function paragraphChildren(block: RichBlock, comments: readonly WordComment[]): ParagraphChild[] {
  const events = new Map<number, { starts: number[]; ends: number[] }>();
  const at = (offset: number) => {
    let entry = events.get(offset);
    if (!entry) events.set(offset, (entry = { starts: [], ends: [] }));
    return entry;
  };
  for (const comment of comments) {
    at(comment.start).starts.push(comment.id);
    at(comment.end).ends.push(comment.id);
  }
  const cuts = [...events.keys()].sort((a, b) => a - b);
  const out: ParagraphChild[] = [];
  const emit = (offset: number) => {
    const entry = events.get(offset);
    if (!entry) return;
    for (const id of entry.ends) out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    for (const id of entry.starts) out.push(new CommentRangeStart(id));
    events.delete(offset);
  };
  let offset = 0;
  for (const run of block.runs) {
    emit(offset);
    if (run.lineBreak) {
      out.push(new TextRun({ break: 1 }));
      offset += 1;
      continue;
    }
    let from = offset;
    for (const cut of cuts) {
      if (cut <= offset || cut >= offset + run.text.length) continue;
      out.push(textRun(run, run.text.slice(from - offset, cut - offset)));
      emit(cut);
      from = cut;
    }
    const rest = run.text.slice(from - offset);
    if (rest) out.push(textRun(run, rest));
    offset += run.text.length;
  }
  for (const cut of cuts) emit(cut);
  return out;
}

export async function exportDocx(title: string, blocks: readonly RichBlock[], comments: readonly WordComment[] = []): Promise<Buffer> {
  const byBlock = new Map<number, WordComment[]>();
  for (const comment of comments) byBlock.set(comment.blockIndex, [...(byBlock.get(comment.blockIndex) ?? []), comment]);
  let listInstance = 0;
  let previous: RichBlock | null = null;
  const paragraphs = blocks.map((block, index) => {
    const children = paragraphChildren(block, byBlock.get(index) ?? []);
    const level = Math.max(0, Math.min(8, block.level - 1));
    let paragraph: Paragraph;
    if (block.kind === 'heading') paragraph = new Paragraph({ heading: HEADINGS[Math.max(0, Math.min(5, block.level - 1))], children });
    else if (block.kind === 'listitem' && block.listType === 'number') {
      if (previous?.kind !== 'listitem') listInstance += 1;
      paragraph = new Paragraph({ numbering: { reference: NUMBERED, level, instance: listInstance }, children });
    } else if (block.kind === 'listitem') paragraph = new Paragraph({ bullet: { level }, children });
    else paragraph = new Paragraph({ children });
    previous = block;
    return paragraph;
  });
  const document = new Document({
    title,
    creator: 'Helder',
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    comments: {
      children: comments.map((comment) => ({
        id: comment.id,
        author: comment.author,
        date: comment.date,
        children: comment.body.map((text) => new Paragraph({ children: [new TextRun(text)] })),
      })),
    },
    sections: [{ children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')] }],
  });
  return Packer.toBuffer(document);
}
