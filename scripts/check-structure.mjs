// Structure checks that ESLint's import rules cannot express on their own (part of `npm run lint`):
//  1. no import cycles anywhere, type-only imports included;
//  2. the renderer's core (workbench/, editor/, commands/, base/, platform/) imports no feature;
//  3. unit tests live under tests/unit/ only.
// Imports are read with TypeScript's own pre-processor, so `import type` and `export … from` count.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mts'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && existsSync(join(root, file)) && !file.startsWith('node_modules/'));

const candidates = (base) => [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, join(base, 'index.ts'), join(base, 'index.tsx')];
const resolveImport = (from, spec) => {
  if (!spec.startsWith('.')) return null;
  const base = resolve(root, dirname(from), spec.split('?')[0]);
  const hit = candidates(base).find((path) => existsSync(path) && statSync(path).isFile());
  return hit ? relative(root, hit) : null;
};

const graph = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  graph.set(file, [...new Set(importedFiles.map((entry) => resolveImport(file, entry.fileName)).filter(Boolean))]);
}

const problems = [];

// 1. Cycles: depth-first search, reporting each cycle once by its smallest member.
const state = new Map();
const stack = [];
const seen = new Set();
const visit = (file) => {
  state.set(file, 'open');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (!graph.has(next)) continue;
    if (state.get(next) === 'open') {
      const cycle = stack.slice(stack.indexOf(next));
      const key = [...cycle].sort()[0] + cycle.length;
      if (!seen.has(key)) {
        seen.add(key);
        problems.push(`import cycle: ${[...cycle, next].join(' -> ')}`);
      }
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
};
for (const file of graph.keys()) if (!state.has(file)) visit(file);

// 2. The core of the renderer knows no feature: features plug in through the registries.
const core = /^renderer\/src\/(workbench|editor|commands|base|platform)\//;
for (const [file, imports] of graph) {
  if (!core.test(file)) continue;
  for (const target of imports) {
    if (target.startsWith('renderer/src/features/')) problems.push(`${file} imports a feature (${target}); register it from the feature instead`);
  }
}

// 3. One test layout.
for (const file of files) {
  if (/\.test\.tsx?$/.test(file) && !file.startsWith('tests/unit/')) problems.push(`${file}: unit tests live under tests/unit/`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} structure problem(s).`);
  process.exit(1);
}
console.log(`structure: ${graph.size} modules, no import cycles, the workbench imports no feature, tests under tests/unit.`);
