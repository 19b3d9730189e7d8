// The panel summary ("u zei, wij deden") as an A4 PDF, drawn from the same model as the HTML.
import { ACTION_WORD, STANCE_WORD, STANCES, SUMMARY_TEXT as T, type PanelSummary, type SummaryComment } from '../../../shared/panel';
import { formatDate } from '../../../shared/report';
import { createPdf, finishPdf, FONT, MARGIN } from './pdf-kit';
import { heading, para } from './report-pdf';

const SIZE = 12;

function said(comment: SummaryComment): string {
  const who = [comment.name, comment.paper ? T.onPaper : null].filter(Boolean).join(', ');
  return `${comment.stance ? STANCE_WORD[comment.stance] : ''} - "${comment.quote}"${comment.body ? `: ${comment.body}` : ''}${who ? ` (${who})` : ''}`;
}

export function panelSummaryPdf(summary: PanelSummary): Promise<Buffer> {
  const doc = createPdf({ title: `${T.heading}: ${summary.title}`, author: '' });
  doc.font(FONT.bold).fontSize(20).text(`${T.heading}: ${summary.title}`, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
  doc.moveDown(0.3);
  para(doc, `${T.madeOn} ${formatDate(summary.date)}.${summary.anonymous ? ` ${T.anonymous}` : ''}`, { size: SIZE, colour: '#444444' });
  doc.moveDown(0.4);
  para(doc, T.intro, { size: SIZE });
  doc.moveDown(0.3);
  para(doc, T.totals(summary.totals), { size: SIZE });
  if (summary.sections.length === 0) para(doc, T.none, { size: SIZE });
  for (const section of summary.sections) {
    heading(doc, section.title || T.beforeFirstHeading);
    para(doc, `${T.counts}: ${STANCES.map((stance) => `${STANCE_WORD[stance]} ${section.counts[stance]}`).join(' · ')}`, { size: SIZE });
    if (section.words.length > 0) {
      doc.moveDown(0.3);
      para(doc, T.words, { size: SIZE, font: FONT.bold });
      for (const word of section.words) para(doc, `• ${word.word} (${T.timesNotClear(word.count)})`, { size: SIZE });
    }
    if (section.openQuestions.length > 0) {
      doc.moveDown(0.3);
      para(doc, T.openQuestions, { size: SIZE, font: FONT.bold });
      for (const question of section.openQuestions) para(doc, `• "${question.quote}": ${question.body}`, { size: SIZE });
    }
    for (const comment of section.comments) {
      doc.moveDown(0.4);
      para(doc, `${T.youSaid}: ${said(comment)}`, { size: SIZE });
      if (comment.changed) para(doc, T.textChanged, { size: SIZE - 1, colour: '#444444' });
      para(doc, `${T.weDid}: ${ACTION_WORD[comment.action]}${comment.reply ? `. ${comment.reply}` : ''}`, { size: SIZE, font: FONT.bold });
    }
  }
  return finishPdf(doc);
}
