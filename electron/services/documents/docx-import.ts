// .docx -> rich blocks, through mammoth's document tree (not its HTML), so headings, lists,
// bold/italic and links map straight onto Helder's blocks. Tables become plain paragraphs (one
// per cell) and images are left out; both are counted for a notice. Word comments come back
// with the words they were on: mammoth marks where a comment ends, and the run just before that
// mark is taken as the commented words.
import mammoth from 'mammoth';
import type { ImportNotice } from '../../../shared/contract';
import { blockText, type RichBlock, type Run } from '../../../shared/convert';

/** The parts of mammoth's document tree that Helder reads. */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  isBold?: boolean;
  isItalic?: boolean;
  href?: string;
  commentId?: string;
  breakType?: string;
  body?: MammothNode[];
  authorName?: string | null;
}

export interface ImportedComment {
  blockIndex: number;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  body: string;
  author: string;
}

export interface ImportedDocument {
  blocks: RichBlock[];
  comments: ImportedComment[];
  notices: ImportNotice[];
}

const HEADING = /^(?:heading|kop)\s*([1-6])$/i;
const TITLE = /^(?:title|titel)$/i;

function headingLevel(paragraph: MammothNode): number | null {
  for (const name of [paragraph.styleName, paragraph.styleId]) {
    if (!name) continue;
    const compact = name.replace(/\s+/g, ' ').trim();
    const match = HEADING.exec(compact) ?? HEADING.exec(compact.replace(/(\D)(\d)$/, '$1 $2'));
    if (match) return Number(match[1]);
    if (TITLE.test(compact)) return 1;
  }
  return null;
}

const safeLink = (href: string | undefined): string | undefined => (href && /^(https?:|mailto:)/i.test(href) ? href : undefined);

class Collector {
  readonly blocks: RichBlock[] = [];
  readonly comments: ImportedComment[] = [];
  tables = 0;
  images = 0;
  private readonly commentBodies = new Map<string, { body: string; author: string }>();
  /** Comment references waiting for their comment text, resolved after the walk. */
  private readonly references: { commentId: string; blockIndex: number; start: number; end: number }[] = [];

  constructor(comments: readonly MammothNode[]) {
    for (const comment of comments) {
      const body = (comment.body ?? []).map((paragraph) => plainText(paragraph)).join('\n').trim();
      if (comment.commentId !== undefined) this.commentBodies.set(comment.commentId, { body, author: comment.authorName ?? '' });
    }
  }

  paragraph(node: MammothNode): void {
    const runs: Run[] = [];
    const marks: { commentId: string; runIndex: number }[] = [];
    this.inline(node.children ?? [], runs, marks, {});
    const level = headingLevel(node);
    const block: RichBlock = level
      ? { kind: 'heading', level, runs }
      : node.numbering
        ? { kind: 'listitem', level: Number(node.numbering.level) + 1, listType: node.numbering.isOrdered ? 'number' : 'bullet', runs }
        : { kind: 'paragraph', level: 0, runs };
    if (blockText(block).trim() === '' && marks.length === 0) return;
    const blockIndex = this.blocks.length;
    this.blocks.push(block);
    for (const mark of marks) {
      // The commented words: the run right before the mark, or the whole block when there is none.
      let start = 0;
      let end = 0;
      for (let index = 0; index < mark.runIndex; index += 1) {
        const text = runs[index]!.text;
        start = end;
        end += text.length;
      }
      if (end === start) {
        start = 0;
        end = blockText(block).length;
      }
      this.references.push({ commentId: mark.commentId, blockIndex, start, end });
    }
  }

  private inline(nodes: readonly MammothNode[], runs: Run[], marks: { commentId: string; runIndex: number }[], style: Omit<Run, 'text'>): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          if (node.value) runs.push({ ...style, text: node.value });
          break;
        case 'tab':
          runs.push({ ...style, text: '\t' });
          break;
        case 'break':
          if (node.breakType === 'line') runs.push({ text: '\n', lineBreak: true });
          break;
        case 'run': {
          const next: Omit<Run, 'text'> = { ...style };
          if (node.isBold) next.bold = true;
          if (node.isItalic) next.italic = true;
          this.inline(node.children ?? [], runs, marks, next);
          break;
        }
        case 'hyperlink': {
          const link = safeLink(node.href);
          this.inline(node.children ?? [], runs, marks, link ? { ...style, link } : style);
          break;
        }
        case 'commentReference':
          if (node.commentId !== undefined) marks.push({ commentId: node.commentId, runIndex: runs.length });
          break;
        case 'image':
          this.images += 1;
          break;
        default:
          if (node.children) this.inline(node.children, runs, marks, style);
      }
    }
  }

  table(node: MammothNode): void {
    this.tables += 1;
    const walk = (nodes: readonly MammothNode[]) => {
      for (const child of nodes) {
        if (child.type === 'paragraph') this.paragraph({ ...child, numbering: null, styleName: null, styleId: null });
        else if (child.type === 'table') this.table(child);
        else if (child.children) walk(child.children);
      }
    };
    walk(node.children ?? []);
  }

  body(nodes: readonly MammothNode[]): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.paragraph(node);
      else if (node.type === 'table') this.table(node);
      else if (node.children) this.body(node.children);
    }
  }

  finish(): ImportedDocument {
    let placed = 0;
    for (const reference of this.references) {
      const comment = this.commentBodies.get(reference.commentId);
      if (!comment || !comment.body) continue;
      this.comments.push({ ...reference, body: comment.body, author: comment.author });
      placed += 1;
    }
    const notices: ImportNotice[] = [];
    if (this.tables > 0) notices.push({ code: 'tables', count: this.tables });
    if (this.images > 0) notices.push({ code: 'images', count: this.images });
    if (placed > 0) notices.push({ code: 'comments', count: placed });
    return { blocks: this.blocks, comments: this.comments, notices };
  }
}

function plainText(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/** Reads the bytes of a .docx that `readWordFile` accepted. */
export async function importDocx(bytes: Buffer): Promise<ImportedDocument> {
  let tree: MammothNode | null = null;
  await mammoth.convertToHtml(
    { buffer: bytes },
    {
      transformDocument: (document: MammothNode) => {
        tree = document;
        return document;
      },
    },
  );
  const document = tree as MammothNode | null;
  const collector = new Collector((document as unknown as { comments?: MammothNode[] } | null)?.comments ?? []);
  collector.body(document?.children ?? []);
  return collector.finish();
}
