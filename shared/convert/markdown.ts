// Markdown in and out. Out: headings (#), lists (- and 1.), **bold**, *italic*, [links](url).
// In: the same subset (CommonMark's common ground); anything else stays as plain text, so a
// Markdown file never loses words on the way in.
import { blockText, type RichBlock, type Run } from './rich-blocks';

const escapeInline = (text: string) => text.replace(/([\\`*_[\]<>#])/g, '\\$1');

function runsToMarkdown(runs: readonly Run[]): string {
  let out = '';
  for (const run of runs) {
    if (run.lineBreak) {
      out += '  \n';
      continue;
    }
    // Emphasis markers must hug the words: keep the run's outer spaces outside them.
    const lead = /^\s*/.exec(run.text)![0];
    const trail = /\s*$/.exec(run.text.slice(lead.length))![0];
    const core = run.text.slice(lead.length, run.text.length - trail.length);
    let text = escapeInline(core);
    if (core && run.italic) text = `*${text}*`;
    if (core && run.bold) text = `**${text}**`;
    if (core && run.link) text = `[${text}](${run.link.replace(/[()\s]/g, encodeURIComponent)})`;
    out += lead + text + trail;
  }
  return out;
}

export function toMarkdown(title: string, blocks: readonly RichBlock[]): string {
  const lines: string[] = [];
  if (title) lines.push(`# ${escapeInline(title)}`, '');
  let counters: number[] = [];
  let previous: RichBlock | null = null;
  for (const block of blocks) {
    if (block.kind === 'listitem') {
      if (previous?.kind !== 'listitem') counters = [];
      counters = counters.slice(0, block.level);
      counters[block.level - 1] = (counters[block.level - 1] ?? 0) + 1;
      const marker = block.listType === 'number' ? `${counters[block.level - 1]}.` : '-';
      lines.push(`${'   '.repeat(block.level - 1)}${marker} ${runsToMarkdown(block.runs)}`);
    } else {
      if (previous?.kind === 'listitem') lines.push('');
      lines.push(block.kind === 'heading' ? `${'#'.repeat(Math.min(6, block.level))} ${runsToMarkdown(block.runs)}` : runsToMarkdown(block.runs), '');
    }
    previous = block;
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(.+?)\3|\[([^\]]+)\]\(([^)\s]+)\)|\\([\\`*_[\]<>#])/gu;

/** Inline Markdown to runs; nested emphasis inside a link or bold is read one level deep. */
export function parseInline(text: string, base: Omit<Run, 'text'> = {}): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) runs.push({ ...base, text: text.slice(last, index) });
    if (match[2] !== undefined) runs.push(...parseInline(match[2], { ...base, bold: true }));
    else if (match[4] !== undefined) runs.push(...parseInline(match[4], { ...base, italic: true }));
    else if (match[5] !== undefined) runs.push(...parseInline(match[5], { ...base, link: match[6]! }));
    else if (match[7] !== undefined) runs.push({ ...base, text: match[7] });
    last = index + match[0].length;
  }
  if (last < text.length) runs.push({ ...base, text: text.slice(last) });
  return runs;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const LIST = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

export function fromMarkdown(markdown: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let fence = false;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', level: 0, runs: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^[ \t]*(```|~~~)/.test(line)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) {
      if (line.trim()) blocks.push({ kind: 'paragraph', level: 0, runs: [{ text: line }] });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, runs: parseInline(heading[2]!) });
      continue;
    }
    const item = LIST.exec(line);
    if (item) {
      flush();
      const indent = item[1]!.replace(/\t/g, '    ').length;
      blocks.push({ kind: 'listitem', level: 1 + Math.floor(indent / 2), listType: /\d/.test(item[2]!) ? 'number' : 'bullet', runs: parseInline(item[3]!) });
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return normaliseDepths(blocks);
}

/** A list item can be at most one level deeper than the one before it. */
function normaliseDepths(blocks: RichBlock[]): RichBlock[] {
  let depth = 0;
  for (const block of blocks) {
    if (block.kind !== 'listitem') {
      depth = 0;
      continue;
    }
    block.level = Math.min(block.level, depth + 1);
    depth = block.level;
  }
  return blocks;
}

/** Plain text: blank lines end a paragraph, "- " and "1. " lines are list items. No headings are guessed. */
export function fromPlainText(text: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', level: 0, runs: [{ text: paragraph.join(' ') }] });
    paragraph = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const item = LIST.exec(line);
    if (item) {
      flush();
      blocks.push({ kind: 'listitem', level: 1, listType: /\d/.test(item[2]!) ? 'number' : 'bullet', runs: [{ text: item[3]! }] });
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

export function toPlainText(title: string, blocks: readonly RichBlock[]): string {
  const lines: string[] = title ? [title, ''] : [];
  for (const block of blocks) {
    const text = blockText(block);
    lines.push(block.kind === 'listitem' ? `${'  '.repeat(block.level - 1)}- ${text}` : text, ...(block.kind === 'listitem' ? [] : ['']));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
