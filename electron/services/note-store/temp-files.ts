import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processAlive } from '../atomic-file';

/*
 * Helder's own scratch space: one folder per process under the system temp folder, named with
 * the process id. A process killed mid-export or mid-inspection leaves its folder behind; the
 * next start removes every folder whose process is gone, so copies of a note (with its
 * revisions) never linger in the temp folder.
 */

const ROOT_PREFIX = 'helder-work-';

const root = () => path.join(os.tmpdir(), `${ROOT_PREFIX}${process.pid}`);

export function privateTempDir(purpose: string): string {
  const parent = root();
  fs.mkdirSync(parent, { recursive: true, mode: 0o700 });
  return fs.mkdtempSync(path.join(parent, `${purpose}-`));
}

/** Removes scratch folders of Helder processes that no longer run. Returns how many it removed. */
export function removeStaleTempDirs(tempRoot = os.tmpdir()): number {
  let removed = 0;
  let entries: string[];
  try {
    entries = fs.readdirSync(tempRoot);
  } catch {
    return 0;
  }
  for (const name of entries) {
    if (!name.startsWith(ROOT_PREFIX)) continue;
    const pid = Number(name.slice(ROOT_PREFIX.length));
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    fs.rmSync(path.join(tempRoot, name), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}
