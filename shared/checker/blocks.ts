// Splits plain text or Markdown into blocks and remembers where each block starts, so offsets
// found in a block map straight back to the original text (block text is an exact slice).
import type { Block } from './types';

export interface PlacedBlock extends Block {
  /** Offset of the block text in the original text. */
  base: number;
}

const HEADING = /^(#{1,6})[ \t]+/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/;
const FENCE = /^[ \t]*(```|~~~)/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      out.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return out;
}

/**
 * The first character of a line after its spaces and tabs, as a code: the Markdown regexes below
 * are only tried on a line whose first character can start what they match (most lines are prose).
 */
function leadingCode(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i);
}

const mayBeFence = (lead: number): boolean => lead === 0x60 || lead === 0x7e;
const mayBeListItem = (lead: number): boolean => lead === 0x2d || lead === 0x2a || lead === 0x2b || (lead >= 0x30 && lead <= 0x39);

function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).length;
  return words <= 10 && !/[.!?:;,]$/.test(trimmed) && /^\p{Lu}/u.test(trimmed);
}

export function splitBlocks(text: string, format: 'text' | 'markdown'): PlacedBlock[] {
  const blocks: PlacedBlock[] = [];
  let current: { start: number; end: number; kind: Block['kind']; level?: number; lines: number } | null = null;
  let inFence = false;

  const flush = (): void => {
    if (!current) return;
    const slice = text.slice(current.start, current.end);
    if (slice.trim().length > 0) {
      let kind = current.kind;
      if (format === 'text' && kind === 'paragraph' && current.lines === 1 && looksLikeHeading(slice)) kind = 'heading';
      const block: PlacedBlock = { id: `b${blocks.length + 1}`, text: slice, kind, base: current.start };
      if (current.level !== undefined) block.level = current.level;
      else if (kind === 'heading') block.level = 2;
      blocks.push(block);
    }
    current = null;
  };

  for (const line of lines(text)) {
    const lead = leadingCode(line.text);
    if (format === 'markdown' && mayBeFence(lead) && FENCE.test(line.text)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (line.text.trim() === '') {
      flush();
      continue;
    }
    if (format === 'markdown') {
      const heading = line.text.charCodeAt(0) === 0x23 ? HEADING.exec(line.text) : null;
      if (heading) {
        flush();
        current = { start: line.start + heading[0].length, end: line.end, kind: 'heading', level: heading[1]!.length, lines: 1 };
        flush();
        continue;
      }
    }
    // Plain text has lists too ("- u woont in de gemeente;", "1. U belt ons."): each item is a
    // block of its own, so a list is not read as one long sentence or one long paragraph.
    const item = mayBeListItem(lead) ? LIST_ITEM.exec(line.text) : null;
    if (item) {
      flush();
      current = { start: line.start + item[0].length, end: line.end, kind: 'listitem', lines: 1 };
      continue;
    }
    if (current) {
      current.end = line.end;
      current.lines++;
    } else {
      current = { start: line.start, end: line.end, kind: 'paragraph', lines: 1 };
    }
  }
  flush();
  return blocks;
}
