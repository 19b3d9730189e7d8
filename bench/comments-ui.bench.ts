// The comment layer in the real renderer (issue 6, "Scale and speed"): a note with 10,000 comments
// in 2,000 threads opened from the explorer until its text, every mark and the Reacties panel
// show, against the same note without comments, in the same run; and adding one comment through
// the UI (select, Ctrl+Alt+M, Plaatsen) until it is stored. Built renderer, test host, Debian's
// Chromium. Needs `npx electron-vite build` (out/renderer).
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { NoteStore } from '../electron/services/note-store';
import { flatten } from '../shared/comments';
import type { Thread } from '../shared/contract';
import { markedThreadIds, toBlocks } from '../shared/document';
import { startHost, type Host } from '../tests/host/server';
import { median, quantile } from './stats';
import { bigDocument, fillComments } from './comment-fixture';
import type { Benchmark, BenchRow } from './types';

const rendererDir = join(import.meta.dirname, '../out/renderer');
const THREADS = 2000;
const PER_THREAD = 5;
const OPEN_RUNS = 7;
const ADDS = 10;

export async function call<T>(host: Host, channel: string, payload: unknown): Promise<T> {
  const response = await fetch(`${host.url}api/${channel}`, { method: 'POST', headers: { 'x-helder-token': host.token, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const reply = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** Puts a note file back as it was made (the editor saves the marks it makes on open). */
function restore(pristine: string, file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(pristine, file);
}

export type Variant = 'made' | 'stored' | 'without';

/** Waits until the note's saved text carries a mark for all `count` threads (the editor autosaves the marks it made). */
export async function savedMarks(host: Host, path: string, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { document } = await call<{ document: string }>(host, 'notes.open', { path });
    // Thread ids on marks in the saved note, in the table beside the text or (older form) as mark nodes.
    const ids = markedThreadIds(document);
    if (ids.size >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${ids.size} of ${count} marks were saved`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function openApp(browser: Browser, host: Host): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(host.url);
  await page.locator('.workbench[data-ready="true"]').waitFor();
  // The Reacties tab of the bottom panel, through the palette as a writer would.
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('combobox', { name: 'Typ een opdracht' }).fill('Beeld: Reacties tonen');
  await page.getByRole('option', { name: /Beeld: Reacties tonen/i }).first().click();
  await page.locator('.view-empty').first().waitFor();
  return page;
}

/**
 * Clicks the note in the explorer and resolves with the time (from the click) until the text, all
 * `marks` thread marks (placed, and drawn where the note opens) and the panel's threads are shown.
 * The wait runs in the page on animation frames, so the figure is the page's own clock.
 */
export async function openNote(page: Page, title: string, textLength: number, marks: number): Promise<number> {
  await page.evaluate(`(() => {
    globalThis.__openDone = new Promise((resolve) => {
      let started = null;
      document.addEventListener('pointerdown', () => { started ??= performance.now(); }, { capture: true, once: true });
      const deadline = performance.now() + 60000;
      // The marks are counted once per editor state: counting them on every frame walked all
      // nodes each time, and that walk (tens of ms on a note with thousands of marks) is the
      // bench's own cost, not the app's.
      let counted = null;
      let markCount = 0;
      const ready = () => {
        const root = document.querySelector('.editor-pane:not([hidden]) [contenteditable]');
        if (!root || (root.textContent?.length ?? 0) < ${textLength}) return false;
        if (${marks} > 0) {
          // The editor makes mark nodes only for blocks near the view and keeps the others' marks
          // aside (written back on save); it reports how many threads have a mark either way. So:
          // that count, plus the marks drawn at the top of the note, where it opens. A build that
          // makes every mark a node (no count reported) is measured as before, by its nodes.
          const reported = root.dataset.commentMarks;
          if (reported !== undefined) {
            if (Number(reported) < ${marks} || !root.querySelector('mark')) return false;
          } else {
            const state = root.__lexicalEditor.getEditorState();
            if (state !== counted) {
              counted = state;
              const ids = new Set();
              for (const node of state._nodeMap.values()) if (node.__type === 'mark') for (const id of node.__ids) ids.add(id);
              markCount = ids.size;
            }
            if (markCount < ${marks}) return false;
          }
          if (document.querySelectorAll('[data-testid="comments-view"] [data-testid="comment-thread"]').length === 0) return false;
        } else if (!document.querySelector('[data-testid="comments-view"] .view-empty')) return false;
        return true;
      };
      const poll = () => {
        if (started !== null && ready()) { requestAnimationFrame(() => resolve(performance.now() - started)); return; }
        if (performance.now() > deadline) { resolve(Number.NaN); return; }
        requestAnimationFrame(poll);
      };
      poll();
    });
  })()`);
  await page.locator('.explorer-item', { hasText: title }).first().click();
  return (await page.evaluate('globalThis.__openDone')) as number;
}

/** Selects the start of the `index`-th unmarked run of text in the visible note, as a mouse drag would, and waits for the editor to take it. */
async function selectText(page: Page, index: number): Promise<void> {
  await page.locator('.editor-pane:not([hidden]) [contenteditable]').focus();
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('.editor-pane:not([hidden]) [contenteditable]');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (text.trim().length < 20 || node.parentElement?.closest('mark')) continue;
      if (seen++ < wanted) continue;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 16);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, index);
  if (!found) throw new Error(`no unmarked text number ${index} in the note`);
  await page.locator('.comment-selection-button').waitFor();
}

interface AddFigures {
  stored: number;
  shown: number;
}

/**
 * One comment through the UI. "Stored" is when the host's answer to comments.add arrived (it
 * answers after the write is committed), from the click on Plaatsen; "shown" is when the new
 * thread is in the panel as the active one.
 */
async function addComment(page: Page, host: Host, path: string, index: number, before: number): Promise<AddFigures> {
  await selectText(page, index * 7);
  const body = `Wat bedoelt u hiermee? (${index + 1})`;
  await page.keyboard.press('Control+Alt+M');
  const form = page.getByRole('dialog', { name: 'Nieuwe reactie' });
  await form.getByRole('radio', { name: 'Vraag' }).check();
  await form.getByLabel('Uw reactie').fill(body);
  await page.evaluate(`(() => {
    const body = ${JSON.stringify(body)};
    performance.clearResourceTimings();
    globalThis.__addDone = new Promise((resolve) => {
      let started = null;
      document.addEventListener('pointerdown', () => { started ??= performance.now(); }, { capture: true, once: true });
      const deadline = performance.now() + 30000;
      let stored = null;
      const poll = () => {
        if (started !== null && stored === null) {
          const entry = performance.getEntriesByType('resource').find((item) => item.name.endsWith('/api/comments.add'));
          if (entry) stored = entry.responseEnd - started;
        }
        const active = document.querySelector('[data-testid="comments-view"] [data-testid="comment-thread"].active');
        if (stored !== null && active && active.textContent.includes(body)) {
          requestAnimationFrame(() => resolve({ stored, shown: performance.now() - started }));
          return;
        }
        if (performance.now() > deadline) { resolve({ stored: stored ?? Number.NaN, shown: Number.NaN }); return; }
        requestAnimationFrame(poll);
      };
      poll();
    });
  })()`);
  await form.getByRole('button', { name: 'Plaatsen' }).click();
  const figures = (await page.evaluate('globalThis.__addDone')) as AddFigures;
  const threads = await call<Thread[]>(host, 'comments.list', { path });
  if (threads.length !== before + 1) throw new Error(`expected ${before + 1} threads stored, found ${threads.length}`);
  return figures;
}

export interface PreparedNotes {
  /** Threads whose quotes are found in the text. */
  placed: number;
  /** Characters the editor must show before the note counts as open. */
  textLength: number;
  withPath: string;
  pristine: { with: string; marked: string; without: string };
  /** A new page with both notes closed and put back as `source` (default: without saved marks). */
  fresh(source?: string): Promise<Page>;
}

/**
 * The two notes (with 2,000 threads and without), and the one with comments also as the writer
 * has it after a first open: its marks saved in the text. Shared with bench/trace-comments.ts.
 */
export async function prepareNotes(host: Host, browser: Browser, dataDir: string): Promise<PreparedNotes> {
  const { werkmap } = await call<{ werkmap: string }>(host, 'app.firstRun', {});
  const document = bigDocument();
  const flat = flatten(toBlocks(document));
  const withPath = (await call<{ path: string }>(host, 'notes.create', { folder: werkmap, title: 'Met reacties' })).path;
  const withoutPath = (await call<{ path: string }>(host, 'notes.create', { folder: werkmap, title: 'Zonder reacties' })).path;
  for (const path of [withPath, withoutPath]) {
    await call(host, 'notes.save', { path, document, kind: 'named', name: 'bench' });
    await call(host, 'notes.close', { path });
  }
  const store = new NoteStore();
  store.openNote(withPath);
  const placed = fillComments(store, withPath, flat, { threads: THREADS, perThread: PER_THREAD, seed: 1, origin: 'local' });
  store.closeAll();
  const pristine = { with: join(dataDir, 'met.helder'), marked: join(dataDir, 'met-markeringen.helder'), without: join(dataDir, 'zonder.helder') };
  copyFileSync(withPath, pristine.with);
  copyFileSync(withoutPath, pristine.without);
  await call(host, 'settings.set', { authorName: 'Els Schrijver' });
  // The editor's textContent has no characters between blocks.
  const textLength = Math.floor(flat.text.replace(/\n/g, '').length * 0.95);

  const fresh = async (source = pristine.with): Promise<Page> => {
    for (const path of [withPath, withoutPath]) await call(host, 'notes.close', { path });
    restore(source, withPath);
    restore(pristine.without, withoutPath);
    await call(host, 'session.set', { werkmap, openNotes: [], activeNote: null });
    return openApp(browser, host);
  };

  // The note as the writer has it after the first open: the marks saved in its text.
  const first = await fresh();
  await openNote(first, 'Met reacties', textLength, placed);
  await savedMarks(host, withPath, placed);
  await first.close();
  await call(host, 'notes.close', { path: withPath });
  copyFileSync(withPath, pristine.marked);

  return { placed, textLength, withPath, pristine, fresh };
}

const benchmark: Benchmark = {
  name: 'comments-ui',
  async run() {
    if (!existsSync(join(rendererDir, 'index.html'))) {
      console.error('out/renderer ontbreekt: eerst `npx electron-vite build`.');
      return { name: 'comments-ui', rows: [] };
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'helder-bench-comments-ui-'));
    // A copy of the build: others may rebuild out/renderer while this runs for minutes.
    const served = join(dataDir, 'renderer');
    cpSync(rendererDir, served, { recursive: true });
    const host = await startHost({ rendererDir: served, userDataDir: join(dataDir, 'userdata'), sampleDir: join(dataDir, 'documenten') });
    const browser = await chromium.launch({ executablePath: process.env.HELDER_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const { fresh, placed, textLength, withPath, pristine } = await prepareNotes(host, browser, dataDir);

      // Alternating, after one warm-up round, so all see the same caches and JIT state.
      const times: Record<Variant, number[]> = { made: [], stored: [], without: [] };
      for (let run = 0; run <= OPEN_RUNS; run += 1) {
        for (const variant of ['made', 'stored', 'without'] as const) {
          const page = await fresh(variant === 'stored' ? pristine.marked : pristine.with);
          const ms = await openNote(page, variant === 'without' ? 'Zonder reacties' : 'Met reacties', textLength, variant === 'without' ? 0 : placed);
          await page.close();
          if (run > 0) times[variant].push(ms);
        }
      }

      // Adding comments in the big note, on words in different copies of the text.
      const page = await fresh(pristine.marked);
      await openNote(page, 'Met reacties', textLength, placed);
      const adds: AddFigures[] = [];
      for (let i = 0; i < ADDS; i += 1) adds.push(await addComment(page, host, withPath, i, THREADS + i));
      await page.close();

      const openMade = median(times.made);
      const openStored = median(times.stored);
      const openWithout = median(times.without);
      const extraStored = openStored - openWithout;
      const extraMade = openMade - openWithout;
      const stored = adds.map((a) => a.stored);
      const shown = adds.map((a) => a.shown);
      const storedP50 = median(stored);
      const storedMax = Math.max(...stored);
      const rows: BenchRow[] = [
        { metric: `threads / comments in the note (quotes found: ${placed})`, value: THREADS, unit: `threads × ${PER_THREAD}` },
        { metric: `open + text + all marks + panel, marks saved in the note (median of ${OPEN_RUNS})`, value: openStored, unit: 'ms' },
        { metric: `open + text + all marks + panel, all 2,000 marks made on open (median of ${OPEN_RUNS})`, value: openMade, unit: 'ms' },
        { metric: `open + text + panel, same note without comments (median of ${OPEN_RUNS})`, value: openWithout, unit: 'ms' },
        { metric: 'extra time for the comments, marks saved', value: extraStored, unit: 'ms', target: '≤ 300 ms', ok: extraStored <= 300 },
        { metric: 'extra time for the comments, marks made on open', value: extraMade, unit: 'ms', target: '≤ 300 ms', ok: extraMade <= 300 },
        { metric: 'extra as share of target, marks saved', value: extraStored / 300, unit: '×' },
        { metric: 'extra as share of target, marks made on open', value: extraMade / 300, unit: '×' },
        { metric: 'ratio with / without comments, marks saved', value: openStored / openWithout, unit: '×' },
        { metric: 'ratio with / without comments, marks made on open', value: openMade / openWithout, unit: '×' },
        { metric: `add one comment via the UI: Plaatsen → stored, p50 (${ADDS} adds)`, value: storedP50, unit: 'ms', target: '≤ 50 ms', ok: storedP50 <= 50 },
        { metric: 'add one comment: Plaatsen → stored, max', value: storedMax, unit: 'ms', target: '≤ 50 ms', ok: storedMax <= 50 },
        { metric: 'add p50 as share of target', value: storedP50 / 50, unit: '×' },
        { metric: 'add one comment: Plaatsen → shown in panel, p50', value: median(shown), unit: 'ms' },
        { metric: 'add one comment: Plaatsen → shown in panel, p90', value: quantile(shown, 0.9), unit: 'ms' },
      ];
      return { name: 'comments-ui', rows, details: { times, adds, placed } };
    } finally {
      await browser.close();
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
