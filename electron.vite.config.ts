import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './electron/main/csp';

const root = import.meta.dirname;
// `npm start` without Electron builds its own copy elsewhere (scripts/start.mjs), so a running test
// or another build never reads a half-written out/.
const out = process.env.HELDER_OUT_DIR ? resolve(process.env.HELDER_OUT_DIR) : resolve(root, 'out');

/**
 * In `electron-vite dev` the React refresh preamble is an inline script and HMR talks over a
 * websocket, which the production policy in renderer/index.html forbids. Only the dev server's
 * copy of the page gets the looser policy; the built file keeps the strict one untouched.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'helder:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/,
        `$1${contentSecurityPolicy({ dev: true })}$2`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(out, 'main'),
      // better-sqlite3 is a native addon: it must be loaded from disk at run time, never bundled.
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      // A sandboxed preload can only require('electron'): zod and the contract must be inlined,
      // and the file must be CommonJS because sandboxed preloads are not ES modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devContentSecurityPolicy()],
    build: {
      outDir: resolve(out, 'renderer'),
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
