// What every PDF Helder writes has in common: A4, margins for punching and binding, document
// info, "Pagina X van Y" at the bottom of every page. Fonts are the standard PDF fonts whose
// metrics ship inside the pdfkit package: nothing is fetched, no system font is needed, and the
// CLI makes the same PDF as the app.
import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', boldItalic: 'Helvetica-BoldOblique' } as const;
export const MARGIN = 56; // 2 cm

export function createPdf(info: { title: string; author: string }): Pdf {
  return new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Creator: 'Helder' },
    lang: 'nl-NL',
    displayTitle: true,
  } as PDFKit.PDFDocumentOptions);
}

/**
 * The standard fonts encode WinAnsi (Latin-1 plus typographic quotes, dashes, €, •). Signs
 * outside it would print as garbage, so they get their plain equivalent.
 */
export function pdfText(text: string): string {
  return text
    .replace(/→/g, '->')
    .replace(/←/g, '<-')
    .replace(/[−‐‑]/g, '-')
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=')
    .replace(/[^\t\n\r\u0020-\u00ff‘’‚“”„•–—…€™ŠšŽžŒœŸƒˆ˜‰‹›†‡]/gu, '?');
}

/** Page numbers, then the bytes. */
export function finishPdf(doc: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit start a new page; lift the margin for it.
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(9).fillColor('#444444').text(`Pagina ${index + 1} van ${range.count}`, MARGIN, doc.page.height - MARGIN + 10, {
      width: doc.page.width - 2 * MARGIN,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
