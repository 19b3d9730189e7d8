// Lint setup. The layer rule lives here so that the architecture is enforced by a tool,
// not by memory: shared/ is pure, renderer/ never reaches into electron/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((pattern) => ({ group: [pattern], message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'tests/artifacts', 'test-results', '.native', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No .only in committed tests.' },
      ],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: layer('shared/ runs everywhere: it may not import electron/, renderer/, Node built-ins or Electron.', [
      '**/electron/**', '**/renderer/**', 'electron', 'node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3',
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      ...layer('renderer/ talks to main only through the preload API (shared/contract); it may not import electron/ or Node.', [
        '**/electron/**', 'electron', 'node:*', 'fs', 'path', 'child_process', 'better-sqlite3',
      ]),
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: layer('electron/services/ is plain Node so the test host can run it: no electron import.', ['electron', '**/renderer/**']),
  },
  {
    files: ['electron/browser-mode/**/*.ts', 'electron/main/csp.ts', 'electron/main/renderer-files.ts'],
    rules: layer('The browser mode runs where there is no Electron: it and what it uses from main may not import electron.', ['electron', '**/renderer/**']),
  },
);
