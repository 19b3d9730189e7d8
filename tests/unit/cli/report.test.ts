// `helder report` and `helder check` on Word files, run as a user runs the bin.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DismissalRepository } from '../../../electron/services/checks/dismissal-repository';
import { NoteStore } from '../../../electron/services/note-store';
import { sampleNoteJson } from '../../../shared/document';
import { sampleDocx } from '../../fixtures/documents/word-files';
import { sha256, tempFolder } from '../../fixtures/store/temp';

const bin = fileURLToPath(new URL('../../../bin/helder.mjs', import.meta.url));
let folder: { dir: string; cleanup(): void };
let docx: string;
let note: string;

function helder(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  folder = tempFolder();
  docx = path.join(folder.dir, 'Afvalbrief.docx');
  fs.writeFileSync(docx, await sampleDocx());
  const store = new NoteStore();
  const snapshot = store.createNote(folder.dir, 'Nota parkeren', { author: 'Kees', document: sampleNoteJson() });
  store.save(snapshot.path, snapshot.document, { kind: 'named', name: 'Eerste versie' });
  // Ignored in the finding card with a reason: the advisor reads it in the report.
  new DismissalRepository().dismiss(store.database(snapshot.path), { ruleId: 'jargon', scope: 'note', quote: 'zelfregie', prefix: '', suffix: '', reason: 'Vaste term van de raad' });
  store.closeAll();
  note = snapshot.path;
});
afterAll(() => folder.cleanup());

describe('helder report', () => {
  it('writes the report of a .docx as JSON with sections and scores', () => {
    const run = helder(['report', docx, '--format', 'json']);
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout) as { title: string; sections: { title: string }[]; score: { level: string } };
    expect(model.title).toBe('Afvalbrief');
    expect(model.sections.map((section) => section.title)).toEqual(['Afval ophalen in Oostwijk', 'Wat u moet doen']);
    expect(['B1', 'B2', 'C1']).toContain(model.score.level);
  });

  it('writes a self-contained HTML report of a note, without scripts, with its versions', () => {
    const run = helder(['report', note, '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<h1>Leesbaarheidsrapport</h1>');
    expect(run.stdout).toContain('Nota parkeren');
    expect(run.stdout).toMatch(/<h2>Genegeerde meldingen<\/h2>.*<td>zelfregie<\/td><td>Vaste term van de raad<\/td>/s);
    expect(run.stdout).not.toMatch(/<script|src=|href="http/i);
  });

  it('writes a PDF report next to the note', () => {
    const run = helder(['report', note, '--format', 'pdf']);
    expect(run.code).toBe(0);
    const pdf = path.join(folder.dir, 'Nota parkeren leesbaarheidsrapport.pdf');
    expect(run.stdout).toContain(pdf);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exits 2 with a Dutch message on a missing file, a bad format or a broken .docx, and changes nothing', () => {
    expect(helder(['report', path.join(folder.dir, 'weg.docx')])).toMatchObject({ code: 2, stderr: expect.stringContaining('is niet gevonden') });
    expect(helder(['report', docx, '--format', 'odt'])).toMatchObject({ code: 2, stderr: expect.stringContaining("Onbekende vorm 'odt'") });
    const broken = path.join(folder.dir, 'kapot.docx');
    fs.writeFileSync(broken, fs.readFileSync(docx).subarray(0, 2000));
    const before = sha256(broken);
    expect(helder(['report', broken])).toMatchObject({ code: 2, stderr: expect.stringContaining('onvolledig of beschadigd') });
    expect(sha256(broken)).toBe(before);
  }, 90_000);
});

describe('helder check on Word', () => {
  it('reads a .docx and reports its headings as headings', () => {
    const run = helder(['check', docx, '--format', 'json']);
    expect([0, 1]).toContain(run.code);
    const [report] = JSON.parse(run.stdout) as { readability: { words: number } }[];
    expect(report!.readability.words).toBeGreaterThan(10);
  });

  it('refuses an old .doc with the advice to save it as .docx', () => {
    const old = path.join(folder.dir, 'oud.docx');
    fs.writeFileSync(old, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    const run = helder(['check', old]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Opslaan als');
  });
});
