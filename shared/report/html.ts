// The Leesbaarheidsrapport as one self-contained HTML file: styles inline, the chart as SVG,
// no scripts, no external resources, so it opens the same in a browser, a mail client or the
// council's document system, and prints on A4.
import type { FindingCount, ReportModel, Score } from '../contract/versions';
import { escapeHtml } from '../comments/export';
import { adviceContext } from './advice';
import { trendGeometry } from './chart';
import { FAMILY_LABEL, formatDate, formatDelta, formatNumber, LEVEL_TEXT, RULE_LABEL } from './labels';

const e = escapeHtml;

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font: 9pt sans-serif; } }
:root { color-scheme: light dark; --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --paper: #fff; --b1: #1a7f37; --b2: #9a6700; --c1: #b42318; --fd: #0b5cad; --br: #6b3fa0; }
@media (prefers-color-scheme: dark) { :root { --ink: #ececec; --muted: #b8b8b8; --line: #555; --paper: #1e1e1e; --b1: #57c27a; --b2: #e2b340; --c1: #ff8a80; --fd: #7db7ff; --br: #c9a2ff; } }
body { font: 11pt/1.5 system-ui, "Segoe UI", Arial, sans-serif; color: var(--ink); background: var(--paper); max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; break-after: avoid; }
.meta { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.level { font-weight: 700; border: 1.5px solid currentColor; border-radius: 3px; padding: 0 .3rem; }
.B1 { color: var(--b1); } .B2 { color: var(--b2); } .C1 { color: var(--c1); }
.bar { height: .9rem; border: 1px solid currentColor; min-width: 2px; }
.bar.B1 { background: var(--b1); } .bar.B2 { background: repeating-linear-gradient(45deg, var(--b2) 0 4px, transparent 4px 7px); } .bar.C1 { background: repeating-linear-gradient(90deg, var(--c1) 0 2px, transparent 2px 5px); }
.bar-cell { width: 40%; }
blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid var(--line); }
.reasons { color: var(--muted); font-size: .95em; }
svg text { fill: var(--ink); font: 9px sans-serif; } svg .grid { stroke: var(--line); } svg .fd { stroke: var(--fd); fill: none; stroke-width: 2; } svg .br { stroke: var(--br); fill: none; stroke-width: 2; stroke-dasharray: 5 3; }
svg .fd-dot { fill: var(--fd); } svg .br-dot { fill: var(--br); }
.score { font-size: 1.1rem; }
.advice { margin-bottom: .8rem; break-inside: avoid; } .advice p { margin: .2rem 0; white-space: pre-wrap; } .replies { margin: .2rem 0; color: var(--muted); }
`;

function scoreLine(score: Score): string {
  return `<span class="level ${score.level}">${score.level}</span> · Flesch-Douma ${formatNumber(score.fleschDouma)} · Brouwer ${formatNumber(score.brouwer)} · ${score.words} woorden`;
}

function sectionsTable(model: ReportModel): string {
  if (model.sections.length === 0) return '<p>Er is nog geen tekst om te meten.</p>';
  const rows = model.sections.map((section) => {
    const width = Math.max(0, Math.min(100, section.score.fleschDouma));
    return `<tr><td>${e(section.title || '(voor de eerste kop)')}</td><td class="bar-cell"><div class="bar ${section.score.level}" style="width:${width.toFixed(1)}%" role="img" aria-label="Flesch-Douma ${formatNumber(section.score.fleschDouma)}"></div></td><td class="num">${formatNumber(section.score.fleschDouma)}</td><td><span class="level ${section.score.level}">${section.score.level}</span></td><td class="num">${section.score.words}</td></tr>`;
  });
  return `<table><thead><tr><th>Onderdeel</th><th>Flesch-Douma (balk: 0–100)</th><th class="num">Score</th><th>Niveau</th><th class="num">Woorden</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function trendChart(model: ReportModel): string {
  if (model.trend.length < 2) return '<p>Er zijn nog te weinig versies voor een verloop.</p>';
  const g = trendGeometry(model.trend);
  const line = (points: { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const grid = g.grid.map((row) => `<line class="grid" x1="${g.left}" x2="${g.right}" y1="${row.y.toFixed(1)}" y2="${row.y.toFixed(1)}"/><text x="${g.left - 6}" y="${(row.y + 3).toFixed(1)}" text-anchor="end">${row.value}</text>`).join('');
  const dots = g.fleschDouma.map((p) => `<circle class="fd-dot" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="3"/>`).join('') + g.brouwer.map((p) => `<rect class="br-dot" x="${(p.x - 3).toFixed(1)}" y="${(p.y - 3).toFixed(1)}" width="6" height="6"/>`).join('');
  const svg = `<svg viewBox="0 0 ${g.width} ${g.height}" width="100%" role="img" aria-labelledby="trend-title"><title id="trend-title">Verloop van Flesch-Douma (doorgetrokken lijn, rondjes) en Brouwer (stippellijn, vierkantjes) over ${model.trend.length} versies</title>${grid}<path class="fd" d="${line(g.fleschDouma)}"/><path class="br" d="${line(g.brouwer)}"/>${dots}<text x="${g.left}" y="${g.height - 6}">oudste versie</text><text x="${g.right}" y="${g.height - 6}" text-anchor="end">nieuwste versie</text></svg>`;
  const rows = model.trend.map((point) => `<tr><td>${e(point.label)}</td><td>${e(formatDate(point.createdAt))}</td><td class="num">${formatNumber(point.fleschDouma)}</td><td class="num">${formatNumber(point.brouwer)}</td><td>${point.level}</td></tr>`);
  return `<figure>${svg}<figcaption>Doorgetrokken lijn met rondjes: Flesch-Douma. Stippellijn met vierkantjes: Brouwer. Hoger is makkelijker.</figcaption></figure><details><summary>Dezelfde cijfers als tabel</summary><table><thead><tr><th>Versie</th><th>Datum</th><th class="num">Flesch-Douma</th><th class="num">Brouwer</th><th>Niveau</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

function changesPart(model: ReportModel): string {
  const changes = model.changes;
  if (!changes) return '<p>Er is nog geen eerdere versie om mee te vergelijken.</p>';
  const s = changes.summary;
  const sections = changes.sections
    .map((row) => `<tr><td>${e(row.title || '(voor de eerste kop)')}</td><td class="num">${row.before ? formatNumber(row.before.fleschDouma) : '—'}</td><td class="num">${row.after ? formatNumber(row.after.fleschDouma) : '—'}</td><td class="num">${row.before && row.after ? formatDelta(row.before.fleschDouma, row.after.fleschDouma) : row.after ? 'nieuw' : 'weg'}</td></tr>`)
    .join('');
  const list = (items: readonly FindingCount[]) =>
    items.length === 0 ? '<p>Geen.</p>' : `<ul>${items.slice(0, 20).map((item) => `<li>${e(RULE_LABEL[item.ruleId] ?? item.ruleId)}: “${e(item.actual)}”${item.count > 1 ? ` (${item.count}×)` : ''}</li>`).join('')}</ul>`;
  return `<p>Vergeleken met ${e(changes.from.name ?? 'de vorige versie')}${changes.from.createdAt ? ` van ${e(formatDate(changes.from.createdAt))}` : ''}: ${s.changed} alinea’s gewijzigd, ${s.added} toegevoegd, ${s.removed} verwijderd, ${s.moved} verplaatst; ${s.wordsAdded} woorden erbij, ${s.wordsRemoved} eraf.</p>
<p class="score">Flesch-Douma ${formatNumber(changes.before.fleschDouma)} → ${formatNumber(changes.after.fleschDouma)} (${formatDelta(changes.before.fleschDouma, changes.after.fleschDouma)}), niveau ${changes.before.level} → ${changes.after.level}</p>
<table><thead><tr><th>Onderdeel</th><th class="num">Voor</th><th class="num">Na</th><th class="num">Verschil</th></tr></thead><tbody>${sections}</tbody></table>
<h3>Opgelost</h3>${list(changes.resolved)}<h3>Nieuw</h3>${list(changes.appeared)}`;
}

/** One advies: where, on which finding, the quoted words, the note, a proposal and the answers. */
function adviceItem(row: ReportModel['advice'][number]): string {
    const suggestion = row.suggestion ? `<p><em>Voorstel:</em> ${e(row.suggestion)}</p>` : '';
  const replies = row.replies.length > 0 ? `<ul class="replies">${row.replies.map((reply) => `<li>${e(reply.author)}: ${e(reply.body)}</li>`).join('')}</ul>` : '';
  return `<li class="advice"><div class="reasons">${e(adviceContext(row))}</div><blockquote>${e(row.quote)}</blockquote><p>${e(row.body)} <span class="reasons">— ${e(row.author)}</span></p>${suggestion}${replies}</li>`;
}

export function reportHtml(model: ReportModel): string {
  const families = model.families
    .filter((row) => row.count > 0)
    .map((row) => `<tr><td>${e(FAMILY_LABEL[row.family])}</td><td class="num">${row.count}</td></tr>`)
    .join('');
  const hardest = model.hardest
    .map((sentence) => `<li><blockquote>${e(sentence.text)}</blockquote><div class="reasons">${e(sentence.section ? `${sentence.section}: ` : '')}${e(sentence.reasons.join(' · '))}</div></li>`)
    .join('');
  const terms = model.terms.map((term) => `<tr><td>${e(term.term)}</td><td class="num">${term.count}</td><td>${e(term.alternative || '—')}</td></tr>`).join('');
  const dismissed = model.dismissed.map((row) => `<tr><td>${e(RULE_LABEL[row.ruleId] ?? row.ruleId)}</td><td>${e(row.quote)}</td><td>${e(row.reason || '(geen reden gegeven)')}</td></tr>`).join('');
  const advice = model.advice.map(adviceItem).join('');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Leesbaarheidsrapport: ${e(model.title)}</title><style>${STYLE}</style></head>
<body>
<header><h1>Leesbaarheidsrapport</h1><p class="score"><strong>${e(model.title)}</strong></p>
<p class="meta">Versie: ${e(model.version)} · ${e(formatDate(model.date))}${model.author ? ` · ${e(model.author)}` : ''}</p></header>
<h2>Niveau en scores</h2><p class="score">${scoreLine(model.score)}</p><p>${e(LEVEL_TEXT[model.score.level])}.</p>
<ul>${model.reasons.map((reason) => `<li>${e(reason)}</li>`).join('')}</ul>
<h2>Per onderdeel</h2>${sectionsTable(model)}
<h2>Meldingen per soort</h2>${families ? `<table><thead><tr><th>Soort</th><th class="num">Aantal</th></tr></thead><tbody>${families}</tbody></table>` : '<p>Geen meldingen.</p>'}
<h2>De tien moeilijkste zinnen</h2>${hardest ? `<ol>${hardest}</ol>` : '<p>Geen zinnen gevonden.</p>'}
<h2>Gebruikte termen en gewone woorden</h2>${terms ? `<table><thead><tr><th>Term</th><th class="num">Keer</th><th>Gewoon woord</th></tr></thead><tbody>${terms}</tbody></table>` : '<p>Geen ambtelijke termen gevonden.</p>'}
<h2>Genegeerde meldingen</h2>${dismissed ? `<table><thead><tr><th>Soort</th><th>Tekst</th><th>Reden</th></tr></thead><tbody>${dismissed}</tbody></table>` : '<p>Er is niets genegeerd.</p>'}
<h2>Adviezen</h2>${advice ? `<ol>${advice}</ol>` : '<p>Er zijn geen adviezen gegeven.</p>'}
<h2>Verloop over de versies</h2>${trendChart(model)}
<h2>Wat is er veranderd</h2>${changesPart(model)}
</body></html>
`;
}
