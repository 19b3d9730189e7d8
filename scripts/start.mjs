#!/usr/bin/env node
// `npm start`. With the Electron program installed: better-sqlite3 for Electron's ABI, then
// `electron-vite dev`. Without it (a network that blocks the Electron download, or
// ELECTRON_SKIP_BINARY_DOWNLOAD=1): the browser mode, the same renderer and services served on
// 127.0.0.1 and opened in the default browser.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryStatus } from './electron-native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const requireFrom = createRequire(join(root, 'package.json'));
// The package's exports do not list its bin file: find it next to package.json.
const electronVite = join(dirname(requireFrom.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');

function run(args, options = {}) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', ...options });
}

async function startDesktop() {
  const native = run([join(root, 'scripts', 'electron-native.mjs')]);
  if (native.status !== 0) process.exit(native.status ?? 1);
  const child = spawn(process.execPath, [electronVite, 'dev'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function startBrowserMode(reason) {
  const electronVersion = JSON.parse(readFileSync(requireFrom.resolve('electron/package.json'), 'utf8')).version;
  console.log(`Het Electron-programma (versie ${electronVersion}) ontbreekt. Helder start daarom in de browsermodus.`);
  console.log(`  Oorzaak: ${reason}`);
  console.log('Wilt u de app zelf? Voer "node node_modules/electron/install.js" uit (downloadt Electron) en daarna opnieuw "npm start".');
  // Built apart from out/, so a running test or `npm run build` never sees half a build.
  const outDir = join(root, 'out', 'browser-mode');
  console.log('De pagina wordt gebouwd…');
  const build = run([electronVite, 'build'], { env: { ...process.env, HELDER_OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}\nHet bouwen van de pagina is mislukt (zie hierboven).\n`);
    process.exit(1);
  }
  // The browser mode shares TypeScript services with the app, so it runs through tsx like the CLI.
  const { register } = await import('tsx/esm/api');
  register();
  process.argv[2] = join(outDir, 'renderer');
  await import('../electron/browser-mode/start.ts');
}

const binary = electronBinaryStatus(requireFrom);
if (binary.ok) await startDesktop();
else await startBrowserMode(binary.reason);
