// The panel summary as one self-contained HTML file (no scripts, no outside resources), to mail
// or print for the panel. Everything a person wrote is escaped.
import { escapeHtml as e } from '../comments/export';
import { formatDate } from '../report/labels';
import { ACTION_WORD, STANCE_WORD, SUMMARY_TEXT as T } from './labels';
import { STANCES, type PanelSummary, type SummaryComment, type SummarySection } from './summary';

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
body { font: 13pt/1.55 system-ui, "Segoe UI", Arial, sans-serif; color: #1b1b1b; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #c8c8c8; padding-bottom: .2rem; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
.meta { color: #555; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid #c8c8c8; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid #c8c8c8; color: #333; }
.who { color: #555; font-size: .9em; }
`;

function said(comment: SummaryComment): string {
  const who = [comment.name, comment.paper ? T.onPaper : null].filter(Boolean).join(', ');
  return `<strong>${e(comment.stance ? STANCE_WORD[comment.stance] : '')}</strong> ${T.about.toLowerCase()}: <blockquote>${e(comment.quote)}</blockquote>${comment.changed ? `<p class="who">${T.textChanged}</p>` : ''}<p>${e(comment.body)}</p>${who ? `<p class="who">${e(who)}</p>` : ''}`;
}

function did(comment: SummaryComment): string {
  return `<strong>${ACTION_WORD[comment.action]}</strong>${comment.reply ? `<p>${e(comment.reply)}</p>` : ''}`;
}

function sectionHtml(section: SummarySection): string {
  const counts = STANCES.map((stance) => `<tr><td>${STANCE_WORD[stance]}</td><td class="num">${section.counts[stance]}</td></tr>`).join('');
  const words =
    section.words.length === 0
      ? ''
      : `<h3>${T.words}</h3><ul>${section.words.map((word) => `<li>${e(word.word)} <span class="who">(${T.timesNotClear(word.count)})</span></li>`).join('')}</ul>`;
  const questions =
    section.openQuestions.length === 0
      ? ''
      : `<h3>${T.openQuestions}</h3><ul>${section.openQuestions.map((question) => `<li><blockquote>${e(question.quote)}</blockquote>${e(question.body)}</li>`).join('')}</ul>`;
  const rows = section.comments.map((comment) => `<tr><td>${said(comment)}</td><td>${did(comment)}</td></tr>`).join('');
  const table = rows === '' ? '' : `<table><thead><tr><th>${T.youSaid}</th><th>${T.weDid}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<section><h2>${e(section.title || T.beforeFirstHeading)}</h2><h3>${T.counts}</h3><table class="counts"><thead><tr><th>${T.kind}</th><th class="num">${T.number}</th></tr></thead><tbody>${counts}</tbody></table>${words}${questions}${table}</section>`;
}

export function panelSummaryHtml(summary: PanelSummary): string {
  const body = summary.sections.length === 0 ? `<p>${T.none}</p>` : summary.sections.map(sectionHtml).join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${T.heading}: ${e(summary.title)}</title><style>${STYLE}</style></head>
<body><h1>${T.heading}: ${e(summary.title)}</h1>
<p class="meta">${T.madeOn} ${e(formatDate(summary.date))}.${summary.anonymous ? ` ${T.anonymous}` : ''}</p>
<p>${T.intro}</p>
<p>${e(T.totals(summary.totals))}</p>
${body}
</body></html>
`;
}
