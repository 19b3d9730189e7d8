// Spawns the real `helder` bin the way a user runs it and checks output and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, MAX_INPUT_BYTES } from '../../../cli/main';

const bin = fileURLToPath(new URL('../../../bin/helder.mjs', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/checker/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'helder-cli-'));

function helder(args: string[], input?: string, cwd?: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { input, cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const officialese =
  'Teneinde de participatiesamenleving te versterken, dient de gemeente middels een beleidskader alsmede diverse zorgtrajecten de ondersteuning van inwoners nader te faciliteren en te verbeteren voor iedereen in de stad en in de hele regio.';
const hardFile = join(dir, 'nota.txt');
writeFileSync(hardFile, `Inleiding\n\n${officialese}\n`);

interface JsonReport {
  file: string;
  readability: { words: number; sentences: number; fleschDouma: number; brouwer: number; level: string };
  findings: Array<{ ruleId: string; severity: string; line: number; column: number; offset: number; length: number; actual: string; expected: string[]; message: string }>;
}

describe('helder check', () => {
  it('reports findings as JSON with offsets into the file, and exits 1 on errors', () => {
    const run = helder(['check', hardFile, '--format', 'json']);
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout) as JsonReport[];
    expect(report!.file).toBe(hardFile);
    // The heading line counts as a sentence too (every block kind counts).
    expect(report!.readability.sentences).toBe(2);
    const text = `Inleiding\n\n${officialese}\n`;
    for (const f of report!.findings) expect(text.slice(f.offset, f.offset + f.length)).toBe(f.actual);
    const jargon = report!.findings.find((f) => f.actual === 'middels')!;
    expect(jargon.ruleId).toBe('jargon');
    expect(jargon.line).toBe(3);
    expect(jargon.expected.length).toBeGreaterThan(0);
    expect(report!.findings.some((f) => f.ruleId === 'long-sentence' && f.severity === 'error')).toBe(true);
  });

  it('lists a sentence with several findings as one "Deze zin" entry, in text and JSON alike', () => {
    const text = 'Teneinde de zelfregie te versterken, praten wij met u. Dat doen wij middels een brief.';
    const plain = helder(['check', '-'], text);
    const lines = plain.stdout.split('\n');
    const head = lines.findIndex((line) => line.includes('Deze zin: 2 punten'));
    expect(head).toBeGreaterThan(-1);
    // Its two findings follow, indented one step further; the lone "middels" stays an entry of its own.
    expect(lines[head + 1]).toMatch(/^ {6}1:1 .*Teneinde/);
    expect(lines[head + 2]).toMatch(/^ {6}1:\d+ .*zelfregie/);
    expect(lines.find((line) => line.includes("'middels'"))).toMatch(/^ {2}1:/);
    const [report] = JSON.parse(helder(['check', '-', '--format', 'json'], text).stdout) as Array<{ findings: Array<{ actual: string; sentenceGroup?: string }> }>;
    const group = report!.findings.find((f) => f.actual === 'Teneinde')?.sentenceGroup;
    expect(group).toBeDefined();
    expect(report!.findings.find((f) => f.actual === 'zelfregie')?.sentenceGroup).toBe(group);
    expect(report!.findings.find((f) => f.actual === 'middels')?.sentenceGroup).toBeUndefined();
    // Two runs of the CLI: at load 18 on this shared machine they took 46 s. A limit, not a speed target.
  }, 90_000);

  it('exits 0 on a plain text and prints a Dutch summary', () => {
    const run = helder(['check', join(fixtures, 'plain-park.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Niveau B1');
  });

  it('reads stdin, limits rules with --rules and writes SARIF', () => {
    const run = helder(['check', '-', '--rules', 'jargon', '--format', 'sarif'], officialese);
    const sarif = JSON.parse(run.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(['jargon']));
    // stdin has no path; it still gets a valid absolute URI.
    const stdinUri = results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(stdinUri).toBe('urn:helder:stdin');
    expect(new URL(stdinUri).protocol).toBe('urn:');
    // Jargon here is only warnings: no error-level finding left, so exit 0.
    expect(run.code).toBe(0);
  });

  it('applies a custom dictionary and reports the level against --level', () => {
    const dictionary = join(dir, 'org.json');
    writeFileSync(dictionary, JSON.stringify({ kind: 'custom', allowed: ['middels'] }));
    const run = helder(['check', hardFile, '--format', 'json', '--dictionary', dictionary, '--level', 'b1']);
    const [report] = JSON.parse(run.stdout) as JsonReport[];
    expect(report!.findings.some((f) => f.actual === 'middels')).toBe(false);
    expect(report!.findings.some((f) => f.ruleId === 'reading-level')).toBe(true);
  });

  it('explains unreadable files and bad dictionaries in Dutch with exit code 2', () => {
    const missing = helder(['check', join(dir, 'bestaat-niet.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bestaat niet');
    const bad = join(dir, 'kapot.json');
    writeFileSync(bad, JSON.stringify({ kind: 'custom', terms: [{ id: 'x', term: 'x' }] }));
    const badRun = helder(['check', hardFile, '--dictionary', bad]);
    expect(badRun.code).toBe(2);
    expect(badRun.stderr).toContain('kapot.json');
    expect(badRun.stderr).toContain('regel 1');
    const notJson = join(dir, 'geen.json');
    writeFileSync(notJson, '{ dit is geen json');
    expect(helder(['check', hardFile, '--dictionary', notJson]).stderr).toContain('geen geldige JSON');
    expect(helder(['check', hardFile, '--rules', 'bestaatniet']).stderr).toContain('Onbekende regel');
  }, 90_000);

  it('refuses 50 MB of input (file or stdin) with a Dutch message and exit code 2, without a stack trace', () => {
    const huge = join(dir, 'groot bestand.txt');
    const fifty = `${officialese}\n\n`.repeat(Math.ceil((50 * 1024 * 1024) / (officialese.length + 2)));
    writeFileSync(huge, fifty);
    for (const run of [helder(['check', huge, '--format', 'json']), helder(['check', '-', '--format', 'json'], fifty)]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('groter dan 5 MB');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    }
    // Just under the limit is still checked.
    const justUnder = join(dir, 'net-onder.txt');
    writeFileSync(justUnder, 'Wij bouwen een park.\n\n'.repeat(Math.floor(MAX_INPUT_BYTES / 22) - 1));
    expect(helder(['check', justUnder, '--rules', 'jargon']).code).toBe(0);
  }, 120_000);

  it('turns an unexpected error into a Dutch message and exit code 2, never a stack trace', async () => {
    let stderr = '';
    const code = await main(['check', '-'], {
      stdout: () => {},
      stderr: (text) => void (stderr += text),
      readStdin: () => Promise.reject(new TypeError('Cannot read properties of undefined (reading "x")')),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('onverwacht gestopt');
    expect(stderr).toContain('De invoer is niet gecontroleerd');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('writes SARIF locations as valid URIs for paths with spaces, relative and absolute', () => {
    const folder = join(dir, 'map met spaties');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'nota #1 (concept).txt');
    writeFileSync(file, `${officialese}\n`);
    const uriOf = (run: { stdout: string }) => {
      const sarif = JSON.parse(run.stdout) as {
        runs: Array<{ originalUriBaseIds: Record<string, { uri: string }>; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }> }>;
      };
      const location = sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
      const base = location.uriBaseId ? sarif.runs[0]!.originalUriBaseIds[location.uriBaseId]!.uri : undefined;
      return { ...location, base };
    };
    // RFC 3986: no spaces or other characters that must be percent-encoded.
    const validUri = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

    const absolute = uriOf(helder(['check', file, '--rules', 'jargon', '--format', 'sarif']));
    expect(absolute.uri).toMatch(validUri);
    expect(absolute.uri.startsWith('file://')).toBe(true);
    expect(fileURLToPath(absolute.uri)).toBe(file);

    const relative = uriOf(helder(['check', join('map met spaties', 'nota #1 (concept).txt'), '--rules', 'jargon', '--format', 'sarif'], undefined, dir));
    expect(relative.uri).toMatch(validUri);
    expect(relative.uri).toBe('map%20met%20spaties/nota%20%231%20(concept).txt');
    expect(relative.base).toBe(`${pathToFileURL(dir).href}/`);
    expect(fileURLToPath(new URL(relative.uri, relative.base))).toBe(file);
  }, 60_000);
});
