import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeLeftoversOfDeadProcesses } from '../atomic-file';

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
  return removeLeftoversOfDeadProcesses(tempRoot, (name) => (name.startsWith(ROOT_PREFIX) ? Number(name.slice(ROOT_PREFIX.length)) : null));
}
