// The Leesbaarheidsrapport as an A4 PDF, drawn from the same model as the HTML: bars per
// section with their level written next to them (not colour alone), the trend chart as vector
// lines with a table under it, page numbers.
import type { FindingCount, ReportModel, Score } from '../../../shared/contract';
import { adviceContext, FAMILY_LABEL, formatDate, formatDelta, formatNumber, LEVEL_TEXT, RULE_LABEL, trendGeometry } from '../../../shared/report';
import { createPdf, finishPdf, FONT, MARGIN, pdfText, type Pdf } from './pdf-kit';

const LEVEL_COLOUR = { B1: '#1a7f37', B2: '#9a6700', C1: '#b42318' } as const;

export function heading(doc: Pdf, text: string): void {
  if (doc.y > doc.page.height - 160) doc.addPage();
  doc.moveDown(0.8).font(FONT.bold).fontSize(14).fillColor('#000000').text(pdfText(text), MARGIN);
  doc.moveTo(MARGIN, doc.y + 2).lineTo(doc.page.width - MARGIN, doc.y + 2).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.moveDown(0.5);
}

export function para(doc: Pdf, text: string, options: { size?: number; font?: string; colour?: string } = {}): void {
  doc.font(options.font ?? FONT.regular).fontSize(options.size ?? 10.5).fillColor(options.colour ?? '#000000').text(pdfText(text), MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN, lineGap: 1.5 });
}

/** A table with fixed column widths (fractions of the text width); rows never split over pages. */
function table(doc: Pdf, columns: { title: string; width: number; align?: 'left' | 'right' }[], rows: string[][]): void {
  const total = doc.page.width - 2 * MARGIN;
  const widths = columns.map((column) => column.width * total);
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(9.5);
    const height = Math.max(...cells.map((cell, index) => doc.heightOfString(pdfText(cell), { width: widths[index]! - 6 }))) + 4;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      doc.fillColor('#000000').text(pdfText(cell), x + 3, y + 2, { width: widths[index]! - 6, align: columns[index]!.align ?? 'left' });
      x += widths[index]!;
    });
    doc.y = y + height;
    doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + total, doc.y).lineWidth(0.3).strokeColor('#bbbbbb').stroke();
  };
  drawRow(columns.map((column) => column.title), true);
  for (const row of rows) drawRow(row, false);
  doc.x = MARGIN;
  doc.moveDown(0.4);
}

const scoreText = (score: Score) => `Niveau ${score.level} · Flesch-Douma ${formatNumber(score.fleschDouma)} · Brouwer ${formatNumber(score.brouwer)} · ${score.words} woorden`;

function sectionBars(doc: Pdf, model: ReportModel): void {
  const total = doc.page.width - 2 * MARGIN;
  const labelWidth = total * 0.38;
  const barWidth = total * 0.42;
  for (const section of model.sections) {
    const title = pdfText(section.title || '(voor de eerste kop)');
    doc.font(FONT.regular).fontSize(9.5);
    const height = Math.max(14, doc.heightOfString(title, { width: labelWidth - 6 }) + 4);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    doc.fillColor('#000000').text(title, MARGIN, y + 2, { width: labelWidth - 6 });
    const length = (Math.max(0, Math.min(100, section.score.fleschDouma)) / 100) * barWidth;
    doc.rect(MARGIN + labelWidth, y + 3, barWidth, 9).lineWidth(0.5).strokeColor('#888888').stroke();
    if (length > 0) doc.rect(MARGIN + labelWidth, y + 3, length, 9).fillColor(LEVEL_COLOUR[section.score.level]).fill();
    doc.font(FONT.bold).fillColor(LEVEL_COLOUR[section.score.level]).text(`${section.score.level}  ${formatNumber(section.score.fleschDouma)}`, MARGIN + labelWidth + barWidth + 6, y + 2, { width: total - labelWidth - barWidth - 6, lineBreak: false });
    doc.y = y + height;
  }
  doc.x = MARGIN;
}

function trendChart(doc: Pdf, model: ReportModel): void {
  const total = doc.page.width - 2 * MARGIN;
  const g = trendGeometry(model.trend, total, 180);
  if (doc.y + g.height + 30 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const ox = MARGIN;
  const oy = doc.y;
  doc.font(FONT.regular).fontSize(7.5);
  for (const row of g.grid) {
    doc.moveTo(ox + g.left, oy + row.y).lineTo(ox + g.right, oy + row.y).lineWidth(0.3).strokeColor('#cccccc').stroke();
    doc.fillColor('#444444').text(String(row.value), ox, oy + row.y - 3, { width: g.left - 6, align: 'right', lineBreak: false });
  }
  const line = (points: { x: number; y: number }[], colour: string, dash: boolean) => {
    points.forEach((point, index) => (index === 0 ? doc.moveTo(ox + point.x, oy + point.y) : doc.lineTo(ox + point.x, oy + point.y)));
    if (dash) doc.dash(4, { space: 3 });
    doc.lineWidth(1.5).strokeColor(colour).stroke();
    doc.undash();
  };
  line(g.fleschDouma, '#0b5cad', false);
  line(g.brouwer, '#6b3fa0', true);
  for (const point of g.fleschDouma) doc.circle(ox + point.x, oy + point.y, 2.5).fillColor('#0b5cad').fill();
  for (const point of g.brouwer) doc.rect(ox + point.x - 2.5, oy + point.y - 2.5, 5, 5).fillColor('#6b3fa0').fill();
  doc.y = oy + g.height;
  doc.x = MARGIN;
  para(doc, 'Doorgetrokken lijn met rondjes: Flesch-Douma. Stippellijn met vierkantjes: Brouwer. Links de oudste versie, rechts de nieuwste. Hoger is makkelijker.', { size: 8.5, colour: '#333333' });
  doc.moveDown(0.3);
}

export function reportPdf(model: ReportModel): Promise<Buffer> {
  const doc = createPdf({ title: `Leesbaarheidsrapport: ${model.title}`, author: model.author });
  doc.font(FONT.bold).fontSize(22).text('Leesbaarheidsrapport', MARGIN);
  doc.font(FONT.bold).fontSize(14).text(pdfText(model.title));
  para(doc, `Versie: ${model.version} · ${formatDate(model.date)}${model.author ? ` · ${model.author}` : ''}`, { colour: '#444444' });

  heading(doc, 'Niveau en scores');
  para(doc, scoreText(model.score), { font: FONT.bold, size: 11.5, colour: LEVEL_COLOUR[model.score.level] });
  para(doc, `${LEVEL_TEXT[model.score.level]}.`);
  for (const reason of model.reasons) para(doc, `• ${reason}`);

  heading(doc, 'Per onderdeel');
  if (model.sections.length === 0) para(doc, 'Er is nog geen tekst om te meten.');
  else sectionBars(doc, model);

  heading(doc, 'Meldingen per soort');
  const families = model.families.filter((row) => row.count > 0);
  if (families.length === 0) para(doc, 'Geen meldingen.');
  else table(doc, [{ title: 'Soort', width: 0.7 }, { title: 'Aantal', width: 0.3, align: 'right' }], families.map((row) => [FAMILY_LABEL[row.family], String(row.count)]));

  heading(doc, 'De tien moeilijkste zinnen');
  if (model.hardest.length === 0) para(doc, 'Geen zinnen gevonden.');
  model.hardest.forEach((sentence, index) => {
    para(doc, `${index + 1}. ${sentence.text}`);
    para(doc, `${sentence.section ? `${sentence.section}: ` : ''}${sentence.reasons.join(' · ')}`, { size: 9, colour: '#444444' });
    doc.moveDown(0.3);
  });

  heading(doc, 'Gebruikte termen en gewone woorden');
  if (model.terms.length === 0) para(doc, 'Geen ambtelijke termen gevonden.');
  else table(doc, [{ title: 'Term', width: 0.35 }, { title: 'Keer', width: 0.12, align: 'right' }, { title: 'Gewoon woord', width: 0.53 }], model.terms.map((term) => [term.term, String(term.count), term.alternative || '—']));

  heading(doc, 'Genegeerde meldingen');
  if (model.dismissed.length === 0) para(doc, 'Er is niets genegeerd.');
  else table(doc, [{ title: 'Soort', width: 0.2 }, { title: 'Tekst', width: 0.4 }, { title: 'Reden', width: 0.4 }], model.dismissed.map((row) => [RULE_LABEL[row.ruleId] ?? row.ruleId, row.quote, row.reason || '(geen reden gegeven)']));

  heading(doc, 'Adviezen');
  if (model.advice.length === 0) para(doc, 'Er zijn geen adviezen gegeven.');
  model.advice.forEach((row, index) => {
        para(doc, `${index + 1}. “${row.quote}”`);
    para(doc, adviceContext(row), { size: 9, colour: '#444444' });
    para(doc, `${row.body} (${row.author})`);
    if (row.suggestion) para(doc, `Voorstel: ${row.suggestion}`);
    for (const reply of row.replies) para(doc, `• ${reply.author}: ${reply.body}`, { size: 9, colour: '#444444' });
    doc.moveDown(0.3);
  });

  heading(doc, 'Verloop over de versies');
  if (model.trend.length < 2) para(doc, 'Er zijn nog te weinig versies voor een verloop.');
  else {
    trendChart(doc, model);
    table(
      doc,
      [{ title: 'Versie', width: 0.3 }, { title: 'Datum', width: 0.3 }, { title: 'Flesch-Douma', width: 0.15, align: 'right' }, { title: 'Brouwer', width: 0.13, align: 'right' }, { title: 'Niveau', width: 0.12 }],
      model.trend.map((point) => [point.label, formatDate(point.createdAt), formatNumber(point.fleschDouma), formatNumber(point.brouwer), point.level]),
    );
  }

  heading(doc, 'Wat is er veranderd');
  const changes = model.changes;
  if (!changes) para(doc, 'Er is nog geen eerdere versie om mee te vergelijken.');
  else {
    const s = changes.summary;
    para(doc, `Vergeleken met ${changes.from.name ?? 'de vorige versie'}${changes.from.createdAt ? ` van ${formatDate(changes.from.createdAt)}` : ''}: ${s.changed} alinea’s gewijzigd, ${s.added} toegevoegd, ${s.removed} verwijderd, ${s.moved} verplaatst; ${s.wordsAdded} woorden erbij, ${s.wordsRemoved} eraf.`);
    para(doc, `Flesch-Douma ${formatNumber(changes.before.fleschDouma)} -> ${formatNumber(changes.after.fleschDouma)} (${formatDelta(changes.before.fleschDouma, changes.after.fleschDouma)}), niveau ${changes.before.level} -> ${changes.after.level}`, { font: FONT.bold });
    doc.moveDown(0.3);
    table(
      doc,
      [{ title: 'Onderdeel', width: 0.49 }, { title: 'Voor', width: 0.17, align: 'right' }, { title: 'Na', width: 0.17, align: 'right' }, { title: 'Verschil', width: 0.17, align: 'right' }],
      changes.sections.map((row) => [row.title || '(voor de eerste kop)', row.before ? formatNumber(row.before.fleschDouma) : '—', row.after ? formatNumber(row.after.fleschDouma) : '—', row.before && row.after ? formatDelta(row.before.fleschDouma, row.after.fleschDouma) : row.after ? 'nieuw' : 'weg']),
    );
    const list = (title: string, items: readonly FindingCount[]) => {
      para(doc, title, { font: FONT.bold });
      if (items.length === 0) para(doc, 'Geen.');
      for (const item of items.slice(0, 20)) para(doc, `• ${RULE_LABEL[item.ruleId] ?? item.ruleId}: “${item.actual}”${item.count > 1 ? ` (${item.count}×)` : ''}`);
    };
    list('Opgelost', changes.resolved);
    list('Nieuw', changes.appeared);
  }
  return finishPdf(doc);
}
