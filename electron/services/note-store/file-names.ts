import fs from 'node:fs';
import path from 'node:path';
import { NOTE_EXTENSION } from './format';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_NAME_LENGTH = 120;

/**
 * Turns a title into a file name that is valid on Windows, macOS and Linux: no path separators
 * or characters Windows forbids, no trailing dot or space, no reserved device names, no leading
 * dot (which would hide the file).
 */
export function safeFileName(title: string): string {
  let name = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '');
  if (name.length > MAX_NAME_LENGTH) name = name.slice(0, MAX_NAME_LENGTH);
  name = name.replace(/[.\s]+$/u, '');
  if (name === '') name = 'Naamloos';
  const stem = name.split('.')[0] ?? name;
  if (WINDOWS_RESERVED.test(stem.trim())) name = `${name} notitie`;
  return name;
}

/** The names in a folder, lower-cased, because Windows and macOS see `A.helder` and `a.helder` as one file. */
export function takenNames(folder: string): Set<string> {
  return new Set(fs.readdirSync(folder).map((name) => name.toLowerCase()));
}

/** Candidate file names for a title in order: `Naam.helder`, `Naam 2.helder`, `Naam 3.helder`, ... */
export function* candidateNames(title: string): Generator<string> {
  const base = safeFileName(title);
  yield `${base}${NOTE_EXTENSION}`;
  for (let counter = 2; ; counter += 1) yield `${base} ${counter}${NOTE_EXTENSION}`;
}

/** The first free `.helder` path for a title in a folder. */
export function uniqueNotePath(folder: string, title: string): string {
  const taken = takenNames(folder);
  for (const name of candidateNames(title)) {
    if (!taken.has(name.toLowerCase())) return path.join(folder, name);
  }
  throw new Error('unreachable');
}
