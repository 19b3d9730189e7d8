// `helder report NOTE.helder|FILE --format html|pdf|json [--output FILE]`: the same
// Leesbaarheidsrapport as the palette command. A note gets its versions, trend and dismissed
// findings; a .docx, .md or .txt gets the report of its text alone. Never asks anything.
import fs from 'node:fs';
import path from 'node:path';
import { createChecker } from '../shared/checker/index';
import { HelderError, type ReportFormat, type ReportModel } from '../shared/contract';
import { blockText } from '../shared/convert';
import { buildReport, reportHtml } from '../shared/report';
import { readDocument } from '../electron/services/documents/document-service';
import { reportPdf } from '../electron/services/documents/report-pdf';
import { NoteStore } from '../electron/services/note-store';
import { ReportService, VersionService } from '../electron/services/versions';
import { UsageError } from './args';

export const REPORT_USAGE = `Gebruik: helder report NOTITIE.helder|BESTAND [opties]

Maakt het leesbaarheidsrapport van een Helder-notitie, of van een Word-document (.docx),
Markdown (.md) of tekstbestand (.txt).

Opties:
  --format html|pdf|json   Vorm van het rapport (standaard: html)
  --output BESTAND         Schrijf het rapport naar dit bestand. Zonder deze optie gaan html en json
                           naar de uitvoer (stdout) en komt een pdf naast het invoerbestand.
  --help                   Deze uitleg

Afsluitcode: 0 = rapport gemaakt, 2 = probleem met invoer.`;

export interface ReportArgs {
  file: string;
  format: ReportFormat;
  output: string | null;
}

export function parseReportArgs(argv: string[]): ReportArgs {
  const files: string[] = [];
  let format: ReportFormat = 'html';
  let output: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`Optie ${name} heeft een waarde nodig.`);
      i++;
      return value;
    };
    if (name === '--format') {
      const value = take();
      if (value !== 'html' && value !== 'pdf' && value !== 'json') throw new UsageError(`Onbekende vorm '${value}'. Kies html, pdf of json.`);
      format = value;
    } else if (name === '--output') output = take();
    else if (name.startsWith('--')) throw new UsageError(`Onbekende optie ${name}.`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'Geef één notitie of bestand op.' : 'Geef precies één notitie of bestand op.');
  return { file: files[0]!, format, output };
}

async function modelOfFile(file: string): Promise<ReportModel> {
  const read = await readDocument(file);
  const blocks = read.blocks.map((block, index) => ({ id: `b${index}`, kind: block.kind, text: blockText(block), ...(block.kind === 'paragraph' ? {} : { level: block.level }) }));
  const result = createChecker().checkDocument(blocks);
  return buildReport({
    title: path.basename(file, path.extname(file)),
    author: '',
    version: path.basename(file),
    date: new Date().toISOString(),
    blocks,
    result,
    dismissals: [],
    versions: [],
    changes: null,
  });
}

async function modelOfNote(file: string): Promise<ReportModel> {
  const store = new NoteStore();
  try {
    return await new ReportService(store, new VersionService(store)).build(file);
  } finally {
    store.closeAll();
  }
}

/** Returns what to print on stdout (may be empty). Throws UsageError or HelderError on bad input. */
export async function runReport(argv: string[]): Promise<string> {
  const args = parseReportArgs(argv);
  const file = path.resolve(args.file);
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new HelderError('import.notFound', { file: path.basename(file) });
  const model = file.toLowerCase().endsWith('.helder') ? await modelOfNote(file) : await modelOfFile(file);
  const content = args.format === 'json' ? `${JSON.stringify(model, null, 2)}\n` : args.format === 'html' ? reportHtml(model) : await reportPdf(model);
  const target = args.output ?? (args.format === 'pdf' ? path.join(path.dirname(file), `${path.basename(file, path.extname(file))} leesbaarheidsrapport.pdf`) : null);
  if (target === null) return typeof content === 'string' ? content : '';
  fs.writeFileSync(target, content);
  return `Rapport geschreven naar ${target}\n`;
}
