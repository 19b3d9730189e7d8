// The paper packet for residents without a computer: the note in large type with a number before
// every line (starting at 1 on each page), a wide right margin to write in, an instruction in
// plain Dutch first, the hard words explained at the end with where they stand, and a reply
// form. Lines are broken here, word by word, so the packet knows exactly which words each
// numbered line holds; that table is what typing a returned form back relies on.
import { flatten, type TextBlock } from '../../../shared/comments/anchor';
import type { Block } from '../../../shared/document';
import type { ExplainedTerm } from '../../../shared/explain/term-explanation';
import { PACKET_TEXT as T } from '../../../shared/panel/labels';
import type { PaperLayout, PaperLine } from '../../../shared/paper';
import { formatDate } from '../../../shared/report';
import { createPdf, finishPdf, FONT, pdfText, type Pdf } from './pdf-kit';

/** Body text size: at least 14 pt for readers with poor sight. */
export const PAPER_BODY_SIZE = 14;
const LINE_HEIGHT = PAPER_BODY_SIZE * 1.55;
const HEADING_SIZE = [20, 17, 15, 15, 15, 15];
/** Room left of the text for the line numbers; the wide right margin is for writing. */
const LEFT = 86;
const RIGHT = 176;
const TOP = 78;
const BOTTOM = 84;
const NUMBER_SIZE = 12;

export interface PaperBlock extends Block {
  listType?: 'bullet' | 'number' | undefined;
}

export interface PacketInput {
  title: string;
  author: string;
  number: number;
  date: string;
  blocks: readonly PaperBlock[];
  /** Explained words in document order (see shared/explain). */
  terms: readonly ExplainedTerm[];
}

export interface Packet {
  bytes: Buffer;
  layout: PaperLayout;
  textPages: number[];
}

interface Piece {
  start: number;
  end: number;
}

/** Splits one paragraph into lines that fit `width`, as offsets into `text`; long words are cut. */
export function breakLines(text: string, width: number, measure: (text: string) => number): Piece[] {
  const lines: Piece[] = [];
  let offset = 0;
  for (const part of text.split('\n')) {
    const words = [...part.matchAll(/\S+/g)].map((match) => ({ start: offset + match.index, end: offset + match.index + match[0].length }));
    let current: Piece | null = null;
    for (const word of words) {
      if (current && measure(text.slice(current.start, word.end)) <= width) {
        current.end = word.end;
        continue;
      }
      if (current) lines.push(current);
      current = { start: word.start, end: word.end };
      // A word wider than the line (a long web address) is cut where it no longer fits.
      while (measure(text.slice(current.start, current.end)) > width && current.end - current.start > 1) {
        let cut: number = current.start + 1;
        while (cut < current.end && measure(text.slice(current.start, cut + 1)) <= width) cut += 1;
        lines.push({ start: current.start, end: cut });
        current = { start: cut, end: current.end };
      }
    }
    if (current) lines.push(current);
    offset += part.length + 1;
  }
  return lines;
}

class PacketWriter {
  readonly doc: Pdf;
  readonly lines: PaperLine[] = [];
  readonly textPages: number[] = [];
  private page = 1;
  private lineOnPage = 0;
  private readonly width: number;

  constructor(private readonly input: PacketInput) {
    this.doc = createPdf({ title: `${input.title} - ${T.label(input.number)}`, author: input.author });
    this.width = this.doc.page.width - LEFT - RIGHT;
    this.setMargins();
    this.header();
    this.doc.x = LEFT;
    this.doc.y = TOP;
  }

  private setMargins() {
    this.doc.page.margins = { top: TOP, bottom: BOTTOM, left: LEFT, right: RIGHT };
  }

  /** Packet label and page number in large type at the top of every page: the page a resident writes down. */
  private header() {
    const doc = this.doc;
    const { x, y } = doc;
    doc.font(FONT.bold).fontSize(PAPER_BODY_SIZE).fillColor('#000000');
    doc.text(pdfText(T.label(this.input.number)), LEFT, 34, { lineBreak: false });
    const label = `Pagina ${this.page}`;
    doc.text(label, doc.page.width - RIGHT - doc.widthOfString(label) + 0, 34, { lineBreak: false });
    doc.moveTo(LEFT, 56).lineTo(doc.page.width - RIGHT, 56).lineWidth(0.5).strokeColor('#888888').stroke();
    doc.x = x;
    doc.y = y;
  }

  newPage() {
    this.doc.addPage({ size: 'A4', margins: { top: TOP, bottom: BOTTOM, left: LEFT, right: RIGHT } });
    this.page += 1;
    this.lineOnPage = 0;
    this.header();
    this.doc.x = LEFT;
    this.doc.y = TOP;
  }

  private room(height: number): boolean {
    return this.doc.y + height <= this.doc.page.height - BOTTOM;
  }

  /** Flowing text for the instruction, word list and form pages (not line-numbered). */
  para(text: string, options: { size?: number; font?: string; gap?: number; indent?: number } = {}) {
    const doc = this.doc;
    doc.font(options.font ?? FONT.regular).fontSize(options.size ?? PAPER_BODY_SIZE).fillColor('#000000');
    const x = LEFT + (options.indent ?? 0);
    const width = this.width - (options.indent ?? 0);
    if (!this.room(doc.heightOfString(pdfText(text), { width, lineGap: 4 }))) this.newPage();
    doc.text(pdfText(text), x, doc.y, { width, lineGap: 4 });
    doc.moveDown(options.gap ?? 0.5);
  }

  title(text: string, size = 22) {
    this.para(text, { size, font: FONT.bold, gap: 0.4 });
  }

  /** One block of the note, as numbered lines. */
  block(block: PaperBlock, blockStart: number, marker: string | null) {
    const doc = this.doc;
    const heading = block.kind === 'heading';
    const size = heading ? (HEADING_SIZE[(block.level ?? 1) - 1] ?? 15) : PAPER_BODY_SIZE;
    const font = heading ? FONT.bold : FONT.regular;
    const indent = block.kind === 'listitem' ? 22 * (block.level ?? 1) : 0;
    const height = size * 1.45;
    doc.font(font).fontSize(size);
    const pieces = breakLines(block.text, this.width - indent, (text) => doc.widthOfString(pdfText(text.replace(/\t/g, ' '))));
    if (pieces.length === 0) return;
    // A heading is not left alone at the bottom of a page.
    if (!this.room(height * (heading ? 2 + 1 : 1) + (heading ? LINE_HEIGHT : 0))) this.newPage();
    else if (heading && this.lineOnPage > 0) doc.y += LINE_HEIGHT * 0.4;
    pieces.forEach((piece, index) => {
      if (!this.room(height)) this.newPage();
      this.lineOnPage += 1;
      if (!this.textPages.includes(this.page)) this.textPages.push(this.page);
      const y = doc.y;
      const baseline = y + (height - size) / 2;
      const number = String(this.lineOnPage);
      doc.font(FONT.regular).fontSize(NUMBER_SIZE).fillColor('#444444');
      doc.text(number, LEFT - 16 - doc.widthOfString(number), baseline + (size - NUMBER_SIZE) * 0.7, { lineBreak: false });
      if (index === 0 && marker) {
        doc.font(FONT.regular).fontSize(size).fillColor('#000000');
        doc.text(pdfText(marker), LEFT + indent - 4 - doc.widthOfString(pdfText(marker)), baseline, { lineBreak: false });
      }
      doc.font(font).fontSize(size).fillColor('#000000');
      doc.text(pdfText(block.text.slice(piece.start, piece.end).replace(/\t/g, ' ')), LEFT + indent, baseline, { lineBreak: false });
      this.lines.push({ page: this.page, line: this.lineOnPage, start: blockStart + piece.start, end: blockStart + piece.end });
      doc.x = LEFT;
      doc.y = y + height;
    });
    doc.y += heading ? LINE_HEIGHT * 0.25 : LINE_HEIGHT * 0.45;
  }

  /** A thin rule beside the text marks the writing margin on numbered pages. */
  marginRules() {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (const page of this.textPages) {
      doc.switchToPage(range.start + page - 1);
      const x = doc.page.width - RIGHT + 14;
      doc.moveTo(x, TOP - 6).lineTo(x, doc.page.height - BOTTOM).lineWidth(0.5).dash(2, { space: 3 }).strokeColor('#999999').stroke().undash();
    }
  }

  /** A word list entry: the word and where it stands in bold, then its explanation, never split over pages. */
  glossaryEntry(term: string, text: string) {
    const doc = this.doc;
    doc.fontSize(PAPER_BODY_SIZE);
    if (!this.room(doc.font(FONT.bold).heightOfString(pdfText(`${term} ${text}`), { width: this.width, lineGap: 4 }) + 8)) this.newPage();
    doc.font(FONT.bold).fillColor('#000000').text(pdfText(term), LEFT, doc.y, { width: this.width, lineGap: 4, continued: true });
    doc.font(FONT.regular).text(pdfText(` ${text}`), { width: this.width, lineGap: 4 });
    doc.moveDown(0.5);
  }

  checkbox(x: number, y: number, label: string): number {
    const doc = this.doc;
    doc.rect(x, y + 1, 12, 12).lineWidth(1).strokeColor('#000000').stroke();
    doc.font(FONT.regular).fontSize(PAPER_BODY_SIZE).fillColor('#000000').text(pdfText(label), x + 17, y, { lineBreak: false });
    return x + 17 + doc.widthOfString(pdfText(label)) + 14;
  }
}

const listMarkers = (blocks: readonly PaperBlock[]): (string | null)[] => {
  const counters: number[] = [];
  let previous: PaperBlock | null = null;
  return blocks.map((block) => {
    let marker: string | null = null;
    if (block.kind === 'listitem') {
      const level = block.level ?? 1;
      if (previous?.kind !== 'listitem') counters.length = 0;
      counters.length = level;
      counters[level - 1] = (counters[level - 1] ?? 0) + 1;
      marker = block.listType === 'number' ? `${counters[level - 1]}.` : '•';
    }
    previous = block;
    return marker;
  });
};

export async function paperPacketPdf(input: PacketInput): Promise<Packet> {
  const w = new PacketWriter(input);
  const doc = w.doc;
  const blocks: TextBlock[] = input.blocks.map((block) => ({ id: block.id, text: block.text }));
  const flat = flatten(blocks);

  // Page 1: what this is and how to react.
  w.title(input.title);
  w.para([T.label(input.number), formatDate(input.date)].join(' · '), { size: PAPER_BODY_SIZE, gap: 1 });
  w.title(T.instructionTitle, 18);
  for (const sentence of T.instruction) w.para(sentence);
  doc.moveDown(0.5);
  w.title(T.kindsTitle, 16);
  for (const [word, meaning] of T.kinds) w.para(`${word}: ${meaning}`, { indent: 12, gap: 0.2 });

  // The text, numbered line by line.
  w.newPage();
  const markers = listMarkers(input.blocks);
  input.blocks.forEach((block, index) => w.block(block, flat.starts[index] ?? 0, markers[index] ?? null));

  // Hard words: once each, with where a resident first meets them.
  const seen = new Set<string>();
  const explained = input.terms.filter((term) => {
    const key = term.explanation.term.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (explained.length > 0) {
    w.newPage();
    w.title(T.glossaryTitle, 18);
    const indexOf = new Map(input.blocks.map((block, index) => [block.id, index]));
    for (const { place, explanation } of explained) {
      const at = (flat.starts[indexOf.get(place.blockId) ?? -1] ?? 0) + place.start;
      const where = w.lines.find((line) => line.start <= at && at < Math.max(line.end, line.start + 1));
      const parts = [explanation.meaning ? T.meaning(explanation.term, explanation.meaning) : null, explanation.explanation ?? null].filter(Boolean).join(' ');
      w.glossaryEntry(`${explanation.term}${where ? ` (${T.glossaryWhere(where.page, where.line)})` : ''}:`, parts);
    }
  }

  // The reply form.
  w.newPage();
  w.title(T.formTitle, 20);
  w.para(T.formIntro);
  w.para(`${T.formName} ______________________________`, { gap: 0.8 });
  const rowHeight = 122;
  while (doc.y + rowHeight <= doc.page.height - BOTTOM) {
    const top = doc.y;
    doc.font(FONT.bold).fontSize(PAPER_BODY_SIZE).fillColor('#000000');
    doc.text(`${T.formPage}:`, LEFT, top, { lineBreak: false });
    doc.rect(LEFT + 58, top - 3, 44, 22).lineWidth(1).stroke();
    doc.text(`${T.formLine}:`, LEFT + 122, top, { lineBreak: false });
    doc.rect(LEFT + 172, top - 3, 44, 22).lineWidth(1).stroke();
    let x = LEFT;
    const kindsY = top + 30;
    for (const [word] of T.kinds) {
      if (x + 110 > doc.page.width - 40) x = LEFT;
      x = w.checkbox(x, kindsY, word.toLowerCase());
    }
    for (let line = 0; line < 3; line += 1) {
      const y = kindsY + 40 + line * 22;
      doc.moveTo(LEFT, y).lineTo(doc.page.width - 56, y).lineWidth(0.5).strokeColor('#777777').stroke();
    }
    doc.x = LEFT;
    doc.y = top + rowHeight;
  }
  w.marginRules();
  const bytes = await finishPdf(doc);
  return { bytes, layout: { blocks, lines: w.lines }, textPages: w.textPages };
}
