import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HelderError, type OrganisationWord } from '../../../shared/contract';
import { DictionaryError, parseCustomDictionary } from '../../../shared/checker/dictionary/loader';
import type { CustomDictionary } from '../../../shared/checker/dictionary/schema';
import { emptyOrganisationList, withOrganisationWord } from '../../../shared/panel/organisation-list';
import { replaceFileAtomic } from '../atomic-file';
import { MAX_DICTIONARY_BYTES } from '../checks/load-dictionary';

/*
 * Writing the organisation word list, a file colleagues share (often on a network drive). Two
 * people may add a word at the same moment; neither addition may be lost. So a write is:
 *
 * 1. take the list's lock file (created exclusively beside it; a lock older than LOCK_STALE_MS is
 *    one a crashed Helder left and is taken over), so Helder processes write one at a time;
 * 2. read the list as it is now and validate it; add the entry to that (merge by entry);
 * 3. read it once more: changed meanwhile (someone edited it with another program), start again;
 * 4. write the whole list through a temporary file and a rename (never half a file), let go.
 *
 * A list that does not validate is never written over: the writer gets the reason in Dutch.
 */

const LOCK_STALE_MS = 15_000;
const ATTEMPTS = 200;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const lockPath = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.lock`);

function tryLock(lock: string): boolean {
  try {
    const fd = fs.openSync(lock, 'wx');
    fs.writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
    fs.closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const stat = fs.statSync(lock, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > LOCK_STALE_MS) {
      // Taken over by renaming it away first, so two Helders cannot both remove and re-create it.
      const aside = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}`;
      try {
        fs.renameSync(lock, aside);
        fs.rmSync(aside, { force: true });
      } catch {
        // Someone else took it over first; try again normally.
      }
    }
    return false;
  }
}

/** The bytes of the list now, or null when there is no list yet. */
function readBytes(file: string): string | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return null;
  if (!stat.isFile()) throw new HelderError('dictionary.invalid', { file: path.basename(file), reason: 'dit is geen bestand' });
  if (stat.size > MAX_DICTIONARY_BYTES) throw new HelderError('dictionary.invalid', { file: path.basename(file), reason: 'het bestand is te groot' });
  return fs.readFileSync(file, 'utf8');
}

function parseList(file: string, text: string | null): CustomDictionary {
  if (text === null) return emptyOrganisationList();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HelderError('dictionary.invalid', { file: path.basename(file), reason: 'dit is geen geldig JSON-bestand' });
  }
  try {
    return parseCustomDictionary(path.basename(file), value);
  } catch (error) {
    if (error instanceof DictionaryError) throw new HelderError('dictionary.invalid', { file: path.basename(file), reason: error.problems.slice(0, 3).join('; ') });
    throw error;
  }
}

export interface AddedWord {
  file: string;
  /** Terms in the list after the write. */
  entries: number;
}

/** Adds (or updates) one word in the list at `file`, merged with whatever the list holds now. */
export async function addOrganisationWord(file: string, entry: OrganisationWord, options: { beforeWrite?: () => void } = {}): Promise<AddedWord> {
  const lock = lockPath(file);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (!tryLock(lock)) {
      await pause(10 + Math.floor(Math.random() * 30));
      continue;
    }
    try {
      const before = readBytes(file);
      const next = withOrganisationWord(parseList(file, before), entry);
      // Checked against the schema before it is written: the list stays loadable for everyone.
      const validated = parseCustomDictionary(path.basename(file), next);
      options.beforeWrite?.();
      if (readBytes(file) !== before) continue;
      replaceFileAtomic(file, `${JSON.stringify(validated, null, 2)}\n`);
      return { file, entries: validated.terms?.length ?? 0 };
    } finally {
      fs.rmSync(lock, { force: true });
    }
  }
  throw new HelderError('dictionary.busy', { file: path.basename(file) });
}
