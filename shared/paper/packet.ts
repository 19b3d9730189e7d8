import { flatten, selectorAt, type FlatText, type QuoteSelector, type TextBlock } from '../comments/anchor';
import type { PaperRefusal } from '../contract/paper';

/*
 * What a printed paper packet held, kept with the note so that a form returned weeks later can
 * be typed back: the blocks of the printed version (the same flat text comment anchors use) and,
 * for every numbered line on paper, which stretch of that text it showed. The line table is
 * stored, not recomputed, so a change in line breaking (fonts, margins, a newer Helder) never
 * moves a resident's "pagina 2, regel 14" to other words.
 */

export interface PaperLine {
  page: number;
  /** Line number as printed in the margin; starts at 1 on every page. */
  line: number;
  /** Flat-text offsets of the words on that line (trailing space left out). */
  start: number;
  end: number;
}

export interface PaperLayout {
  blocks: TextBlock[];
  lines: PaperLine[];
}

export type LineRange = { ok: true; start: number; end: number } | { ok: false; reason: PaperRefusal };

const lineKey = (page: number, line: number) => `${page}:${line}`;

/** Finds `words` in `text` ignoring case and runs of white space; offsets are into `text`. */
function findLoosely(text: string, words: string): { start: number; end: number } | null {
  const parts = words.trim().split(/\s+/).filter(Boolean).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length === 0) return null;
  const match = new RegExp(parts.join('\\s+'), 'iu').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export class PaperLineIndex {
  private readonly byKey: Map<string, PaperLine>;
  private readonly order: PaperLine[];
  readonly flat: FlatText;

  constructor(layout: PaperLayout) {
    this.flat = flatten(layout.blocks);
    this.order = [...layout.lines].sort((a, b) => a.page - b.page || a.line - b.line);
    this.byKey = new Map(this.order.map((line) => [lineKey(line.page, line.line), line]));
  }

  hasPage(page: number): boolean {
    return this.order.some((line) => line.page === page);
  }

  /** The printed line after this one (across a page break too), for words that run on. */
  private next(line: PaperLine): PaperLine | undefined {
    return this.order[this.order.indexOf(line) + 1];
  }

  /**
   * The printed text a resident meant by page, line and (optionally) the words they wrote down.
   * Words are looked for on that line first, then running on into the next line (a phrase the
   * printer broke in two), never elsewhere: a resident's line number is the evidence.
   */
  range(page: number, line: number, words = ''): LineRange {
    const printed = this.byKey.get(lineKey(page, line));
    if (!printed) return { ok: false, reason: this.hasPage(page) ? 'noLine' : 'noPage' };
    if (words.trim() === '') return { ok: true, start: printed.start, end: printed.end };
    const end = this.next(printed)?.end ?? printed.end;
    for (const stop of [printed.end, end]) {
      const found = findLoosely(this.flat.text.slice(printed.start, stop), words);
      if (found && found.start < printed.end - printed.start) return { ok: true, start: printed.start + found.start, end: printed.start + found.end };
    }
    return { ok: false, reason: 'wordsNotOnLine' };
  }

  /** The comment anchor for those words, in the printed version's text. */
  selector(page: number, line: number, words = ''): { ok: true; selector: QuoteSelector } | { ok: false; reason: PaperRefusal } {
    const found = this.range(page, line, words);
    return found.ok ? { ok: true, selector: selectorAt(this.flat, found.start, found.end) } : found;
  }

  /** Pages that carry numbered text. */
  pages(): number[] {
    return [...new Set(this.order.map((line) => line.page))];
  }
}
