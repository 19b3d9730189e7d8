#!/usr/bin/env node
// Builds better-sqlite3 for the installed Electron's ABI into .native/, next to (not inside)
// node_modules, so the Node build that vitest and the test host load keeps working.
// Run by `npm start` and `npm run dist`; a second run is a no-op once the file exists.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NATIVE_FILE = 'better_sqlite3.node';
export const HEADERS_URL = 'https://electronjs.org/headers';

/** Must match nativeFolderName() in electron/main/native-binding.ts (a test checks this). */
export function nativeFolderName(electronVersion, platform, arch) {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

export function nativeTarget({ root, electronVersion, platform, arch }) {
  const dir = join(root, '.native', nativeFolderName(electronVersion, platform, arch));
  return { dir, file: join(dir, NATIVE_FILE) };
}

export function nodeGypArgs({ electronVersion, arch }) {
  return ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${HEADERS_URL}`];
}

/** The Electron executable is what `npm start` needs; without it there is nothing to run the build for. */
export function electronBinaryStatus(requireFrom) {
  try {
    const executable = requireFrom('electron');
    if (typeof executable === 'string' && existsSync(executable)) return { ok: true, executable };
    return { ok: false, reason: `het bestand ${String(executable)} bestaat niet` };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const requireFrom = createRequire(join(root, 'package.json'));
  const electronVersion = JSON.parse(readFileSync(requireFrom.resolve('electron/package.json'), 'utf8')).version;
  const { platform, arch } = process;
  const target = nativeTarget({ root, electronVersion, platform, arch });

  const binary = electronBinaryStatus(requireFrom);
  if (!binary.ok) {
    fail([
      `Helder kan niet starten: het Electron-programma (versie ${electronVersion}) ontbreekt.`,
      `  Oorzaak: ${binary.reason}`,
      '  Meestal is npm install gedaan met ELECTRON_SKIP_BINARY_DOWNLOAD=1 (zoals in CI).',
      '  Oplossing: voer "node node_modules/electron/install.js" uit (downloadt Electron), daarna opnieuw "npm start".',
      '  Zonder Electron werken "npm test" en de browser-e2e gewoon.',
    ]);
  }

  if (existsSync(target.file)) {
    console.log(`better-sqlite3 voor Electron ${electronVersion} staat klaar: ${target.file}`);
    return;
  }

  // Build in a copy so node_modules/better-sqlite3/build keeps the Node-ABI binary.
  const source = dirname(requireFrom.resolve('better-sqlite3/package.json'));
  const work = join(root, '.native', 'work', `better-sqlite3-${electronVersion}-${platform}-${arch}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) cpSync(join(source, part), join(work, part), { recursive: true });

  const built = join(work, 'build', 'Release', NATIVE_FILE);
  // A prebuilt binary for this Electron version saves users a compiler; building is the fallback.
  const prebuild = requireFrom.resolve('prebuild-install/bin.js');
  const fetched = spawnSync(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', arch], { cwd: work, stdio: 'inherit' });
  let result = fetched;
  if (fetched.status !== 0 || !existsSync(built)) {
    console.log(`better-sqlite3 wordt gebouwd voor Electron ${electronVersion} (${platform}-${arch}); dit duurt een paar minuten…`);
    const nodeGyp = requireFrom.resolve('node-gyp/bin/node-gyp.js');
    result = spawnSync(process.execPath, [nodeGyp, ...nodeGypArgs({ electronVersion, arch })], { cwd: work, stdio: 'inherit' });
  }
  if (result.status !== 0 || !existsSync(built)) {
    fail([
      'Het bouwen van better-sqlite3 voor Electron is mislukt.',
      `  Nodig: Python 3, een C++-compiler (Debian: apt install build-essential python3) en internet voor de Electron-headers (${HEADERS_URL}).`,
    ]);
  }
  mkdirSync(target.dir, { recursive: true });
  // Copy then rename, so an interrupted run never leaves a half-written file that the skip check would trust.
  copyFileSync(built, `${target.file}.tmp`);
  renameSync(`${target.file}.tmp`, target.file);
  rmSync(work, { recursive: true, force: true });
  console.log(`Klaar: ${target.file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
