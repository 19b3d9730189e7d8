// A note as a print-ready A4 PDF: optional title page, headings, paragraphs, lists with bullets
// or numbers, bold/italic and links, page numbers.
import type { RichBlock, Run } from '../../../shared/convert';
import { formatDate } from '../../../shared/report';
import { createPdf, finishPdf, FONT, MARGIN, pdfText, type Pdf } from './pdf-kit';

const HEADING_SIZE = [20, 16, 13.5, 12, 11.5, 11];

function fontOf(run: Run): string {
  if (run.bold && run.italic) return FONT.boldItalic;
  if (run.bold) return FONT.bold;
  return run.italic ? FONT.italic : FONT.regular;
}

function writeRuns(doc: Pdf, runs: readonly Run[], options: { x: number; width: number; size: number; bold?: boolean }): void {
  const pieces = runs.filter((run) => run.text !== '');
  if (pieces.length === 0) {
    doc.moveDown(0.5);
    return;
  }
  doc.x = options.x;
  pieces.forEach((run, index) => {
    const last = index === pieces.length - 1;
    doc
      .font(fontOf(options.bold ? { ...run, bold: true } : run))
      .fontSize(options.size)
      .fillColor(run.link ? '#0b4f9c' : '#000000')
      .text(pdfText(run.lineBreak ? '\n' : run.text), {
        width: options.width,
        continued: !last,
        underline: Boolean(run.link),
        link: run.link ?? null,
        lineGap: 2,
      } as PDFKit.Mixins.TextOptions);
  });
}

export function notePdf(input: { title: string; author: string; blocks: readonly RichBlock[]; titlePage: boolean; date: string }): Promise<Buffer> {
  const doc = createPdf({ title: input.title, author: input.author });
  const width = doc.page.width - 2 * MARGIN;
  if (input.titlePage) {
    doc.moveDown(10);
    doc.font(FONT.bold).fontSize(26).text(pdfText(input.title), { width, align: 'left' });
    doc.moveDown(1);
    doc.font(FONT.regular).fontSize(12).fillColor('#333333').text(pdfText([input.author, formatDate(input.date)].filter(Boolean).join(' · ')), { width });
    doc.addPage();
  } else {
    doc.font(FONT.bold).fontSize(22).text(pdfText(input.title), { width });
    doc.moveDown(0.8);
  }
  const counters: number[] = [];
  let previous: RichBlock | null = null;
  for (const block of input.blocks) {
    if (block.kind === 'heading') {
      doc.moveDown(0.6);
      writeRuns(doc, block.runs, { x: MARGIN, width, size: HEADING_SIZE[block.level - 1] ?? 11, bold: true });
      doc.moveDown(0.3);
    } else if (block.kind === 'listitem') {
      if (previous?.kind !== 'listitem') counters.length = 0;
      counters.length = block.level;
      counters[block.level - 1] = (counters[block.level - 1] ?? 0) + 1;
      const indent = MARGIN + 18 * block.level;
      const marker = block.listType === 'number' ? `${counters[block.level - 1]}.` : '•';
      const y = doc.y;
      doc.font(FONT.regular).fontSize(11).fillColor('#000000').text(marker, indent - 14, y, { width: 14, lineBreak: false });
      doc.y = y;
      writeRuns(doc, block.runs, { x: indent, width: width - (indent - MARGIN), size: 11 });
    } else {
      if (previous?.kind === 'listitem') doc.moveDown(0.4);
      writeRuns(doc, block.runs, { x: MARGIN, width, size: 11 });
      doc.moveDown(0.5);
    }
    previous = block;
  }
  return finishPdf(doc);
}
