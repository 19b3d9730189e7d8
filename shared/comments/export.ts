import type { CommentItem, Stance, Thread } from '../contract/comments';
import type { Block } from '../document/blocks';
import { RULE_LABEL } from '../report/labels';
import { flatten, reanchorFlat, type FlatText } from './anchor';

/*
 * Comment exports for the council or the panel's records: CSV (one row per comment) and a report
 * (HTML or Markdown, one section per thread). Every text that came from a person is escaped for
 * the format it lands in; nothing in a comment is ever interpreted as markup or as a formula.
 */

export type ExportLanguage = 'nl' | 'en';

const labels = {
  nl: {
    report: 'Reacties op',
    generated: 'Gemaakt op',
    thread: 'Draad',
    comment: 'Reactie',
    status: 'Status',
    open: 'open',
    resolved: 'opgelost',
    place: 'Plaats',
    placed: 'gevonden',
    orphaned: 'tekst gewijzigd',
    section: 'Kopje',
    noSection: '(voor het eerste kopje)',
    quote: 'Geciteerde tekst',
    stance: 'Soort',
    author: 'Naam',
    time: 'Tijd',
    edited: 'Bewerkt',
    body: 'Tekst',
    suggestion: 'Voorstel',
    replies: 'Antwoorden',
    counts: 'Aantallen per soort',
    none: 'Er zijn geen reacties.',
    advice: 'advies',
    finding: 'bij melding',
    stances: { vraag: 'vraag', onduidelijk: 'onduidelijk', eens: 'eens', oneens: 'oneens', suggestie: 'suggestie' },
  },
  en: {
    report: 'Comments on',
    generated: 'Made on',
    thread: 'Thread',
    comment: 'Comment',
    status: 'Status',
    open: 'open',
    resolved: 'resolved',
    place: 'Place',
    placed: 'found',
    orphaned: 'text changed',
    section: 'Heading',
    noSection: '(before the first heading)',
    quote: 'Quoted text',
    stance: 'Stance',
    author: 'Name',
    time: 'Time',
    edited: 'Edited',
    body: 'Text',
    suggestion: 'Suggestion',
    replies: 'Replies',
    counts: 'Counts per stance',
    none: 'There are no comments.',
    advice: 'advice',
    finding: 'on finding',
    stances: { vraag: 'question', onduidelijk: 'unclear', eens: 'agree', oneens: 'disagree', suggestie: 'suggestion' },
  },
} as const;

export interface ExportInput {
  title: string;
  threads: readonly Thread[];
  /** The current document's blocks: threads are placed and given their section from these. */
  blocks: readonly Block[];
  language?: ExportLanguage;
  /** Stamp printed in the report; injected so output is reproducible in tests. */
  now?: string;
}

interface Row {
  thread: Thread;
  section: string | null;
  placed: boolean;
  /** Flat offset (or the old block start) for sorting threads in document order. */
  position: number;
}

/** Nearest heading at or above a block, as its text. */
function sectionAbove(blocks: readonly Block[], index: number): string | null {
  for (let i = Math.min(index, blocks.length - 1); i >= 0; i -= 1) {
    const block = blocks[i];
    if (block?.kind === 'heading') return block.text;
  }
  return null;
}

function blockIndexAt(flat: FlatText, offset: number): number {
  let index = 0;
  while (index + 1 < flat.starts.length && (flat.starts[index + 1] ?? Infinity) <= offset) index += 1;
  return index;
}

/** Threads in document order with their section; orphaned ones sit where their text used to be. */
export function placeThreads(threads: readonly Thread[], blocks: readonly Block[]): Row[] {
  const flat = flatten(blocks);
  const rows = threads.map((thread): Row => {
    const placement = reanchorFlat(flat, thread.anchor.selector);
    if (placement.status !== 'orphaned') {
      return { thread, section: sectionAbove(blocks, blockIndexAt(flat, placement.start)), placed: true, position: placement.start };
    }
    const index = Math.min(thread.anchor.selector.blockIndex, Math.max(0, blocks.length - 1));
    return { thread, section: sectionAbove(blocks, index), placed: false, position: flat.starts[index] ?? 0 };
  });
  return rows.sort((a, b) => a.position - b.position || (a.thread.createdAt < b.thread.createdAt ? -1 : 1));
}

const stanceLabel = (language: ExportLanguage, stance: Stance | null) => (stance ? labels[language].stances[stance] : '');

/** What a comment is, in the Soort column: its stance, or "advies" (with the finding's rule). */
function kindLabel(language: ExportLanguage, comment: Pick<CommentItem, 'stance' | 'kind' | 'findingRule'> | undefined): string {
  if (!comment) return '';
  if (comment.kind !== 'advies') return stanceLabel(language, comment.stance);
  const l = labels[language];
  return comment.findingRule ? `${l.advice} (${l.finding}: ${RULE_LABEL[comment.findingRule] ?? comment.findingRule})` : l.advice;
}

// ---------------------------------------------------------------------------------------------- CSV

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab / carriage return that it strips
 * first) as a formula; an apostrophe in front makes it text again.
 *
 * The file is written with `,` between fields, but a Dutch spreadsheet splits on `;` by default
 * (and some readers ignore quotes altogether). Such a reader starts a new cell after every `,` or
 * `;` inside the text (and a new row after a line break), so a formula character there (after
 * any spaces or quotes a reader would skip) gets the same apostrophe: `tekst;=1+1` is written as
 * `tekst;'=1+1`.
 */
export function guardFormula(value: string): string {
  const inside = value.replace(/([,;\n][ "]*)(?=[=+\-@\t\r])/g, "$1'");
  return /^[=+\-@\t\r]/.test(inside) ? `'${inside}` : inside;
}

/**
 * Every field is quoted (RFC 4180, quotes inside doubled), so a `,` or `;` in the text never
 * splits a cell for a reader that honours quotes, whichever separator it expects.
 */
export function csvField(value: string): string {
  return `"${guardFormula(value).replace(/"/g, '""')}"`;
}

export function commentsCsv(input: ExportInput): string {
  const language = input.language ?? 'nl';
  const l = labels[language];
  const header = [l.thread, l.comment, l.status, l.place, l.section, l.quote, l.stance, l.author, l.time, l.edited, l.body, l.suggestion];
  const lines = [header.map(csvField).join(',')];
  for (const row of placeThreads(input.threads, input.blocks)) {
    for (const comment of row.thread.comments) {
      lines.push(
        [
          row.thread.id,
          comment.id,
          row.thread.resolved ? l.resolved : l.open,
          row.placed ? l.placed : l.orphaned,
          row.section ?? '',
          row.thread.anchor.selector.exact,
          kindLabel(language, comment),
          comment.author,
          comment.createdAt,
          comment.editedAt ?? '',
          comment.body,
          comment.suggestion ?? '',
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

// --------------------------------------------------------------------------------------------- HTML

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Threads per stance, and advies threads under "advies". */
function stanceCounts(threads: readonly Thread[], language: ExportLanguage): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    const first = thread.comments[0];
    const label = first?.kind === 'advies' ? labels[language].advice : stanceLabel(language, first?.stance ?? null);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

export function commentsHtml(input: ExportInput): string {
  const language = input.language ?? 'nl';
  const l = labels[language];
  const e = escapeHtml;
  const rows = placeThreads(input.threads, input.blocks);
  const parts: string[] = [];
  parts.push(
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The report is opened in a browser by others: nothing in it may load or run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${e(`${l.report} ${input.title}`)}</title>`,
    '<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}' +
      'blockquote{border-left:4px solid #888;margin:0;padding-left:1rem}.text{white-space:pre-wrap}' +
      'section{border-top:1px solid #ccc;padding:1rem 0}dt{font-weight:bold}</style>',
    '</head>',
    '<body>',
    `<h1>${e(`${l.report} ${input.title}`)}</h1>`,
  );
  if (input.now) parts.push(`<p>${e(l.generated)} ${e(input.now)}</p>`);
  if (rows.length === 0) parts.push(`<p>${e(l.none)}</p>`);
  else {
    parts.push(`<h2>${e(l.counts)}</h2>`, '<ul>');
    for (const [label, count] of stanceCounts(input.threads, language)) parts.push(`<li>${e(label)}: ${count}</li>`);
    parts.push('</ul>');
  }
  rows.forEach((row, index) => {
    const [first, ...replies] = row.thread.comments;
    parts.push('<section>', `<h2>${e(l.thread)} ${index + 1}: ${e(row.section ?? l.noSection)}</h2>`);
    parts.push(`<blockquote class="text">${e(row.thread.anchor.selector.exact)}</blockquote>`);
    parts.push(
      '<dl>',
      `<dt>${e(l.status)}</dt><dd>${e(row.thread.resolved ? l.resolved : l.open)}${row.placed ? '' : ` — ${e(l.orphaned)}`}</dd>`,
      `<dt>${e(l.stance)}</dt><dd>${e(kindLabel(language, first))}</dd>`,
      '</dl>',
    );
    const renderComment = (comment: Thread['comments'][number]) => {
      parts.push(
        `<p><strong>${e(comment.author)}</strong>, <time>${e(comment.createdAt)}</time>${comment.editedAt ? ` (${e(l.edited)} ${e(comment.editedAt)})` : ''}</p>`,
        `<p class="text">${e(comment.body)}</p>`,
      );
      if (comment.suggestion) parts.push(`<p><em>${e(l.suggestion)}:</em></p><p class="text">${e(comment.suggestion)}</p>`);
    };
    if (first) renderComment(first);
    if (replies.length > 0) {
      parts.push(`<h3>${e(l.replies)}</h3>`);
      for (const reply of replies) renderComment(reply);
    }
    parts.push('</section>');
  });
  parts.push('</body>', '</html>');
  return `${parts.join('\n')}\n`;
}

// ----------------------------------------------------------------------------------------- Markdown

/**
 * Escapes text so a Markdown renderer shows it as written: inline markup and HTML characters are
 * backslash-escaped, and a line that would start a list, heading or quote is defused.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_{}[\]()<>#|~!&]/g, (char) => `\\${char}`)
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

const quoted = (text: string) =>
  escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

export function commentsMarkdown(input: ExportInput): string {
  const language = input.language ?? 'nl';
  const l = labels[language];
  const m = escapeMarkdown;
  const rows = placeThreads(input.threads, input.blocks);
  const out: string[] = [`# ${m(`${l.report} ${input.title}`)}`, ''];
  if (input.now) out.push(`${m(l.generated)} ${m(input.now)}`, '');
  if (rows.length === 0) out.push(m(l.none), '');
  else {
    out.push(`## ${m(l.counts)}`, '');
    for (const [label, count] of stanceCounts(input.threads, language)) out.push(`- ${m(label)}: ${count}`);
    out.push('');
  }
  rows.forEach((row, index) => {
    const [first, ...replies] = row.thread.comments;
    out.push(`## ${m(l.thread)} ${index + 1}: ${m(row.section ?? l.noSection)}`, '');
    out.push(quoted(row.thread.anchor.selector.exact), '');
    out.push(`- ${m(l.status)}: ${m(row.thread.resolved ? l.resolved : l.open)}${row.placed ? '' : ` (${m(l.orphaned)})`}`);
    out.push(`- ${m(l.stance)}: ${m(kindLabel(language, first))}`, '');
    const renderComment = (comment: Thread['comments'][number]) => {
      out.push(`**${m(comment.author)}**, ${m(comment.createdAt)}${comment.editedAt ? ` (${m(l.edited)} ${m(comment.editedAt)})` : ''}`, '');
      // Two trailing spaces keep the writer's line breaks as breaks.
      out.push(m(comment.body).split('\n').join('  \n'), '');
      if (comment.suggestion) out.push(`*${m(l.suggestion)}:*`, '', quoted(comment.suggestion), '');
    };
    if (first) renderComment(first);
    if (replies.length > 0) {
      out.push(`### ${m(l.replies)}`, '');
      for (const reply of replies) renderComment(reply);
    }
  });
  return `${out.join('\n')}\n`;
}
