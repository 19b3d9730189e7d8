import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `<note name><suffix><ext>` next to the note, or `... 2<ext>` when taken: an export
 * never overwrites a file, and the exclusive create means two exports never share one.
 */
export function writeBeside(note: string, suffix: string, extension: string, bytes: Buffer | string): string {
  const stem = `${path.basename(note, path.extname(note))}${suffix}`;
  for (let counter = 1; ; counter += 1) {
    const candidate = path.join(path.dirname(note), `${stem}${counter === 1 ? '' : ` ${counter}`}${extension}`);
    try {
      fs.writeFileSync(candidate, bytes, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
