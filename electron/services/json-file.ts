import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { replaceFileAtomic } from './atomic-file';

/**
 * Writes through a temporary file in the same folder and renames it over the target, so a crash
 * or a full disk leaves the old file, never half of one, and no temp file.
 */
export function writeJsonAtomic(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  replaceFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Reads and validates a JSON file. A missing file gives the defaults; a file that does not parse
 * or validate is moved aside to `<name>.bad` (so nothing the user had is thrown away) and the
 * defaults are used.
 */
export function readJsonOrDefault<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return schema.parse({});
    throw error;
  }
  try {
    return schema.parse(JSON.parse(text));
  } catch (error) {
    console.warn(`[helder] ${path.basename(file)} is unreadable; kept as ${path.basename(file)}.bad, using defaults`, error);
    fs.renameSync(file, `${file}.bad`);
    return schema.parse({});
  }
}
