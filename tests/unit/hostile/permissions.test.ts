// A note in a folder the user may not write in, and a note the user may not read. Root may do
// anything whatever the file mode, so when the tests run as root the store runs in a child process
// as the unprivileged user `nobody` (setpriv, util-linux).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../../fixtures/store/temp';
import { fingerprint, realNote } from './hostile-world';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const openAs = path.join(repoRoot, 'tests/fixtures/store/open-as.ts');
const asRoot = process.getuid?.() === 0;
const unprivileged = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
// A checkout inside a folder only root may enter (as `mktemp -d` makes) is out of `nobody`'s reach:
// the child could not even load its code, which says nothing about Helder.
const childReachesCheckout = !asRoot || spawnSync(unprivileged[0]!, [...unprivileged.slice(1), 'test', '-r', path.join(repoRoot, 'node_modules/tsx/package.json')]).status === 0;
if (!childReachesCheckout) console.warn(`[permissions] overgeslagen: de gebruiker nobody kan ${repoRoot} niet lezen (een map met mode 700 erboven); zet de checkout in een map die iedereen mag openen om deze tests te draaien.`);

function openInChild(file: string): Record<string, unknown> {
  const [command, ...args] = [...unprivileged, process.execPath, '--import', 'tsx', openAs, file];
  const result = spawnSync(command!, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, HOME: path.dirname(file) } });
  if (result.status !== 0) throw new Error(`child failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

let folder: { dir: string; cleanup(): void };
beforeEach(() => {
  folder = tempFolder('helder-perm-');
  fs.chmodSync(folder.dir, 0o755);
});
afterEach(() => {
  execFileSync('chmod', ['-R', 'u+rwX', folder.dir]);
  folder.cleanup();
});

describe.skipIf(!childReachesCheckout)('files the user may not write or read', () => {
  it('a note in a read-only folder opens read-only with that reason; nothing is written', () => {
    const dir = path.join(folder.dir, 'alleen-lezen');
    fs.mkdirSync(dir);
    const note = realNote(dir);
    fs.chmodSync(note, 0o644);
    fs.chmodSync(dir, 0o555);
    const before = fingerprint(note);
    const outcome = openInChild(note);
    expect(outcome).toEqual({ readOnly: { code: 'note.folderReadOnly', params: { file: 'Nota.helder' } }, save: 'note.readOnly' });
    expect(fingerprint(note)).toEqual(before);
  });

  it('a note without read permission gets its own message, not "beschadigd"', () => {
    const note = realNote(folder.dir);
    fs.chmodSync(note, 0o000);
    expect(openInChild(note)).toEqual({ error: 'note.noAccess' });
  });
});
