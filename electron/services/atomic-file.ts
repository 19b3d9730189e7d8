import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * Writes that never leave half a file. The bytes go to a hidden temporary file in the target's
 * own folder and are synced; only then is the target made: by a hard link when the target must
 * be new (atomic, fails when the name is taken, never follows a symlink planted at that name), or
 * by a rename over it. A full disk or a crash leaves the old file (or nothing) and no temp file.
 */

function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function writeSynced(file: string, data: string | Uint8Array): void {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Replaces `target` (or creates it) in one step. */
export function replaceFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = tempBeside(target);
  try {
    writeSynced(temp, data);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Creates `target` with `data` in one step; throws EEXIST when the name is taken. */
export function createFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = tempBeside(target);
  try {
    writeSynced(temp, data);
    try {
      fs.linkSync(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Some network and FAT drives have no hard links: claim the name exclusively, then rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      fs.closeSync(fs.openSync(target, 'wx'));
      fs.renameSync(temp, target);
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Removes temp files a killed Helder left in `dir` (its process is gone). Returns how many. */
export function removeStaleTempFiles(dir: string): number {
  return removeLeftoversOfDeadProcesses(dir, (name) => {
    const match = TEMP_NAME.exec(name);
    return match ? Number(match[1]) : null;
  });
}

/**
 * Removes the entries of `dir` that `pidOf` attributes to a Helder process that no longer runs
 * (files or whole folders). Returns how many it removed.
 */
export function removeLeftoversOfDeadProcesses(dir: string, pidOf: (name: string) => number | null): number {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = pidOf(name);
    if (pid === null || !Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
