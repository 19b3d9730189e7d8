// Page/line -> words: how a "pagina 2, regel 5" on a returned form finds its words in the printed
// version, and then in the note as it is now, also after the writer changed the text.
import { describe, expect, it } from 'vitest';
import { flatten, reanchor } from '../../../shared/comments/anchor';
import { PaperLineIndex, type PaperLayout } from '../../../shared/paper';
import { breakLines } from '../../../electron/services/documents/paper-pdf';

/** Five characters per unit of width: a monospace stand-in for font metrics. */
const mono = (text: string) => text.length * 5;

describe('breakLines', () => {
  const text = 'Wij geven geld aan buurthuizen. Wij betalen vrijwilligers een kleine vergoeding.';

  it('keeps every word, in order, on lines that fit', () => {
    const lines = breakLines(text, 100, mono);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(mono(text.slice(line.start, line.end))).toBeLessThanOrEqual(100);
    expect(lines.map((line) => text.slice(line.start, line.end)).join(' ')).toBe(text);
  });

  it('cuts a word wider than the line, and starts a new line at a hard break', () => {
    const url = 'https://www.gemeente.nl/heel/lang/adres';
    const lines = breakLines(`Zie ${url}\nTweede regel`, 60, mono);
    const shown = lines.map((line) => `Zie ${url}\nTweede regel`.slice(line.start, line.end));
    expect(shown.join('').replace(/\s/g, '')).toBe(`Zie${url}Tweederegel`);
    expect(shown.length).toBeGreaterThan(3);
    // The hard break ends the address's last line; the next block line starts fresh.
    expect(shown.at(-1)).toBe('Tweede regel');
    for (const piece of shown) expect(mono(piece)).toBeLessThanOrEqual(60);
  });
});

/** A small printed layout: two blocks over two pages, lines as a printer would break them. */
function layout(): PaperLayout {
  const blocks = [
    { id: 'b0', text: 'Wat gaan we doen' },
    { id: 'b1', text: 'Wij geven geld aan buurthuizen. Wij betalen vrijwilligers een kleine vergoeding.' },
  ];
  const flat = flatten(blocks);
  const lineOf = (blockIndex: number, words: string) => {
    const start = flat.starts[blockIndex]! + blocks[blockIndex]!.text.indexOf(words);
    return { start, end: start + words.length };
  };
  return {
    blocks,
    lines: [
      { page: 2, line: 1, ...lineOf(0, 'Wat gaan we doen') },
      { page: 2, line: 2, ...lineOf(1, 'Wij geven geld aan buurthuizen.') },
      { page: 2, line: 3, ...lineOf(1, 'Wij betalen vrijwilligers een') },
      { page: 3, line: 1, ...lineOf(1, 'kleine vergoeding.') },
    ],
  };
}

describe('PaperLineIndex', () => {
  const index = new PaperLineIndex(layout());
  const words = (range: ReturnType<PaperLineIndex['range']>) => (range.ok ? index.flat.text.slice(range.start, range.end) : range.reason);

  it('gives the whole printed line when no words were written down', () => {
    expect(words(index.range(2, 2))).toBe('Wij geven geld aan buurthuizen.');
    expect(words(index.range(3, 1))).toBe('kleine vergoeding.');
  });

  it('finds the words a resident wrote on that line, ignoring case and extra spaces', () => {
    expect(words(index.range(2, 3, 'VRIJWILLIGERS'))).toBe('vrijwilligers');
    expect(words(index.range(2, 2, 'geld   aan'))).toBe('geld aan');
  });

  it('lets words run on into the next printed line, also over a page break', () => {
    expect(words(index.range(2, 3, 'een kleine vergoeding'))).toBe('een kleine vergoeding');
  });

  it('never takes the same words from another line', () => {
    // "Wij" is on lines 2 and 3; line 3 must give its own.
    const range = index.range(2, 3, 'Wij');
    expect(range.ok && range.start).toBe(layout().lines[2]!.start);
    expect(words(index.range(2, 1, 'buurthuizen'))).toBe('wordsNotOnLine');
  });

  it('says which part of the place does not exist', () => {
    expect(words(index.range(9, 1))).toBe('noPage');
    expect(words(index.range(2, 40))).toBe('noLine');
    expect(index.pages()).toEqual([2, 3]);
  });

  it('anchors the printed words so they are found again after the text changed', () => {
    const selector = index.selector(2, 3, 'vrijwilligers');
    expect(selector.ok).toBe(true);
    if (!selector.ok) return;
    const changed = [
      { id: 'b0', text: 'Inleiding' },
      { id: 'b1', text: 'Een nieuwe alinea bovenaan schuift alles op.' },
      { id: 'b2', text: 'Wat gaan we doen' },
      { id: 'b3', text: 'Wij geven geld aan buurthuizen. Wij betalen vrijwilligers een kleine vergoeding.' },
    ];
    const placed = reanchor(changed, selector.selector);
    expect(placed.status).not.toBe('orphaned');
    if (placed.status === 'orphaned') return;
    expect(flatten(changed).text.slice(placed.start, placed.end)).toBe('vrijwilligers');
    expect(placed.from.blockId).toBe('b3');
    // The words themselves deleted: not moved to other words, but reported.
    const gone = [{ id: 'b0', text: 'Wat gaan we doen' }, { id: 'b1', text: 'Wij geven geld aan buurthuizen. Wij betalen een kleine vergoeding.' }];
    expect(reanchor(gone, selector.selector).status).toBe('orphaned');
  });
});
