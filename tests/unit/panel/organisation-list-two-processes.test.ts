// The organisation word list is a file colleagues share. Two Helders adding words at the same
// time (two processes, overlapping writes) lose neither's words; the list stays valid; and a
// change made by another program between reading and writing is kept, not overwritten.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCustomDictionary } from '../../../shared/checker';
import { addOrganisationWord } from '../../../electron/services/not-understood/organisation-list-file';
import { tempFolder } from '../../fixtures/store/temp';

const script = path.join(import.meta.dirname, '../../fixtures/panel/add-organisation-words.ts');
let folder: { dir: string; cleanup(): void };
beforeEach(() => {
  folder = tempFolder('helder-org-list-');
});
afterEach(() => folder.cleanup());

function colleague(file: string, prefix: string, count: number, startAt: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, file, prefix, String(count)], { env: { ...process.env, START_AT: String(startAt) } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`colleague ${prefix} stopped with ${code}: ${err}`))));
  });
}

const termsIn = (file: string) => parseCustomDictionary(path.basename(file), JSON.parse(fs.readFileSync(file, 'utf8'))).terms ?? [];

describe('the shared organisation word list', () => {
  it('keeps every word when two processes add words at the same time', async () => {
    const file = path.join(folder.dir, 'woordenlijst.json');
    const count = 25;
    // Far enough ahead that both processes have loaded before the first write.
    const startAt = Date.now() + 4000;
    await Promise.all([colleague(file, 'anna', count, startAt), colleague(file, 'bram', count, startAt)]);
    const words = termsIn(file).map((term) => term.term);
    expect(words).toHaveLength(2 * count);
    for (let i = 0; i < count; i += 1) expect(words).toEqual(expect.arrayContaining([`annawoord${i}`, `bramwoord${i}`]));
    // No lock or temporary file is left behind.
    expect(fs.readdirSync(folder.dir)).toEqual(['woordenlijst.json']);
  }, 120_000);

  it('keeps a change another program made between reading and writing', async () => {
    const file = path.join(folder.dir, 'woordenlijst.json');
    await addOrganisationWord(file, { word: 'zelfregie', alternative: 'zelf regelen', explanation: 'Dat u zelf dingen regelt.', notUnderstood: 1 });
    let interfered = false;
    await addOrganisationWord(
      file,
      { word: 'buurtteam', alternative: 'team in de wijk', explanation: 'Hulpverleners in uw wijk.', notUnderstood: 2 },
      {
        beforeWrite: () => {
          if (interfered) return;
          interfered = true;
          // A colleague edits the list by hand at the worst moment: their term must survive.
          const list = JSON.parse(fs.readFileSync(file, 'utf8')) as { terms: object[] };
          list.terms.push({ id: 'handwerk', term: 'maatwerk', alternatives: ['hulp die past'], explanation: 'Hulp die bij u past.', category: 'ambtelijk', severity: 'warning' });
          fs.writeFileSync(file, JSON.stringify(list));
        },
      },
    );
    expect(termsIn(file).map((term) => term.term).sort()).toEqual(['buurtteam', 'maatwerk', 'zelfregie']);
  });

  it('never writes over a list that does not validate, and says why', async () => {
    const file = path.join(folder.dir, 'woordenlijst.json');
    fs.writeFileSync(file, JSON.stringify({ kind: 'custom', terms: [{ id: 'Fout Id', term: 'x' }] }));
    const before = fs.readFileSync(file);
    await expect(addOrganisationWord(file, { word: 'buurtteam', alternative: 'team', explanation: 'Uitleg.', notUnderstood: 1 })).rejects.toMatchObject({ code: 'dictionary.invalid' });
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('updates a word that is already in the list: new alternative first, the higher count', async () => {
    const file = path.join(folder.dir, 'woordenlijst.json');
    await addOrganisationWord(file, { word: 'Buurtteam', alternative: 'team in de wijk', explanation: 'Eerste uitleg.', notUnderstood: 3 });
    await addOrganisationWord(file, { word: 'buurtteam', alternative: 'wijkhulp', explanation: 'Betere uitleg.', notUnderstood: 2 });
    expect(termsIn(file)).toEqual([expect.objectContaining({ term: 'buurtteam', alternatives: ['wijkhulp', 'team in de wijk'], explanation: 'Betere uitleg.', notUnderstood: 3 })]);
  });
});
