import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardFormula } from '../../../shared/comments';
import { tempFolder } from '../../fixtures/store/temp';
import { anchorOn, baseText, documentOf, world } from './world';

/**
 * Opens the exported CSV the way a council clerk would: in a spreadsheet (LibreOffice Calc,
 * headless), once as a Dutch reader that splits on `;` and once as a reader that splits on `,`,
 * with formula evaluation on. A formula cell in the result means a comment could run code.
 */
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((file) => fs.existsSync(file));
if (!soffice) console.warn('[csv-spreadsheet] overgeslagen: LibreOffice (soffice) is niet geïnstalleerd; Debian: apt-get install libreoffice-calc-nogui');

const hostile = [
  'tekst;=1+1',
  'tekst,=1+1',
  'tekst; =2+2',
  'tekst;"=3+3"',
  '=SOM(1;2)',
  '+31 6 1234 5678',
  '-5 graden',
  '@SUM(1,2)',
  '\t=4+4',
  '\r=5+5',
  'regel\n=6+6',
  'a;+7;-8;@9',
  '=HYPERLINK("http://voorbeeld.nl";"klik")',
];

/** Calc's CSV import options: separator, quote, UTF-8, from line 1, Dutch, ..., evaluate formulas. */
const filter = (separator: ',' | ';') => `CSV:${separator.charCodeAt(0)},34,76,1,,1043,false,false,false,false,false,-1,true`;

describe.skipIf(!soffice)('CSV export in a spreadsheet', () => {
  const folder = tempFolder('helder-csv-lo-');
  const profile = pathToFileURL(path.join(folder.dir, 'lo-profile')).href;

  /** Converts a CSV to flat ODF XML with LibreOffice and returns the XML. */
  function openInCalc(csvFile: string, separator: ',' | ';'): string {
    const outDir = path.join(folder.dir, separator === ';' ? 'puntkomma' : 'komma');
    execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', `--infilter=${filter(separator)}`, '--convert-to', 'fods', '--outdir', outDir, csvFile], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    return fs.readFileSync(path.join(outDir, `${path.basename(csvFile, '.csv')}.fods`), 'utf8');
  }
  const formulas = (xml: string) => [...xml.matchAll(/table:formula="([^"]*)"/g)].map((match) => match[1]);
  /** The text of every cell, XML entities decoded (one <text:p> per line of a cell). */
  const cellTexts = (xml: string) =>
    [...xml.matchAll(/<text:p>(.*?)<\/text:p>/g)].map((match) =>
      match[1]!.replace(/&(apos|quot|lt|gt|amp);/g, (_all, name: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[name]!),
    );

  let w: ReturnType<typeof world>;
  beforeAll(() => {
    w = world();
  });
  afterAll(() => {
    w.cleanup();
    folder.cleanup();
  });

  it('finds formulas in a careless CSV, so the check below can fail', () => {
    const careless = path.join(folder.dir, 'careless.csv');
    fs.writeFileSync(careless, 'a,tekst;=1+1\r\n"c";"=2+2"\r\n"d","=3+3"\r\n');
    expect(formulas(openInCalc(careless, ';'))).toEqual(['of:=1+1', 'of:=2+2']);
    expect(formulas(openInCalc(careless, ','))).toEqual(['of:=3+3']);
  }, 240_000);

  it('exports comments that no spreadsheet reads as formulas, with `;` or `,` as separator', () => {
    const document = documentOf(...baseText);
    hostile.forEach((body, index) => {
      w.writer.comments.add(w.note, { anchor: anchorOn(document, 'loket'), stance: 'vraag', body, suggestion: hostile[(index + 1) % hostile.length], author: hostile[(index + 2) % hostile.length]! });
    });
    const file = w.writer.comments.exportToFile(w.note, 'csv');
    expect(file.endsWith('.csv')).toBe(true);

    for (const separator of [';', ','] as const) {
      const xml = openInCalc(file, separator);
      expect(xml, `separator ${separator}`).toContain('<table:table-row');
      expect(formulas(xml), `separator ${separator}`).toEqual([]);
    }
    // A `,` reader that honours quotes sees each comment as written, with only the apostrophes added.
    const cells = cellTexts(openInCalc(file, ','));
    expect(cells).toContain(`tekst;'=1+1`);
    expect(cells).toContain(`'-5 graden`);
    expect(cells).toContain(`'=SOM(1;2)`);
  }, 240_000);

  it('neutralises formula characters at the start and after every separator inside the text', () => {
    expect(guardFormula('tekst;=1+1')).toBe(`tekst;'=1+1`);
    expect(guardFormula('a, -b; "@c')).toBe(`a, '-b; "'@c`);
    expect(guardFormula('=1')).toBe(`'=1`);
    expect(guardFormula('gewone tekst, met; leestekens')).toBe('gewone tekst, met; leestekens');
  });
});
