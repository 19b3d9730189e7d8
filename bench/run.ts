// `npm run bench`: runs every bench/*.bench.ts module (or those named on the command line),
// prints one table per benchmark and writes the figures to bench/results/<name>.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, BenchResult } from './types';

const here = fileURLToPath(new URL('.', import.meta.url));
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));

function printTable(result: BenchResult): void {
  const rows = result.rows.map((r) => [r.metric, `${Number.isInteger(r.value) ? r.value : r.value.toFixed(r.value < 10 ? 3 : 1)} ${r.unit}`, r.target ?? '', r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED']);
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(`\n== ${result.name} ==`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  if (files.length === 0) {
    console.error('Geen benchmarks gevonden.');
    process.exitCode = 1;
    return;
  }
  mkdirSync(resultsDir, { recursive: true });
  for (const file of files) {
    const mod = (await import(pathToFileURL(`${here}${file}`).href)) as { default: Benchmark };
    const result = await mod.default.run();
    printTable(result);
    const out = `${resultsDir}${result.name}.json`;
    writeFileSync(out, JSON.stringify({ ...result, node: process.version, date: new Date().toISOString() }, null, 2));
    console.log(`(figures written to ${out})`);
  }
}

await main();
