// Not a benchmark: a timeline of the page's main thread while it opens a note with 10,000 comments,
// from the click in the explorer until the bench counts the note as open (text, marks, panel). One
// Chromium trace per open; each task on the main thread is listed with its start and length and
// the functions its CPU samples fell in, so what lies on the critical path shows, not just totals.
// Needs `npx electron-vite build`. VARIANTS=stored,made,without ROUNDS=2 TOP=6 MIN_MS=3.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startHost } from '../tests/host/server';
import { openNote, prepareNotes, type Variant } from './comments-ui.bench';
import { samplesOf, type ProfileNode, type TraceEvent } from './trace-samples';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'toplevel'];

const IGNORED = new Set(['(idle)', '(root)', '(program)']);

/** The app's own functions first (renderer/src names survive the build), else the leaf. */
function describe(samples: Array<{ ts: number; node: number }>, nodes: Map<number, ProfileNode>, from: number, to: number, top: number): string {
  const self = new Map<string, number>();
  const own = new Map<string, number>();
  let last = from;
  for (const sample of samples) {
    if (sample.ts < from || sample.ts > to) continue;
    const dt = (sample.ts - last) / 1000;
    last = sample.ts;
    const leaf = nodes.get(sample.node);
    const name = leaf?.callFrame.functionName || '(anon)';
    if (IGNORED.has(name)) continue;
    self.set(name, (self.get(name) ?? 0) + dt);
    // The innermost named app function (not a one- or two-letter minified library name).
    for (let at: ProfileNode | undefined = leaf; at; at = at.parent === undefined ? undefined : nodes.get(at.parent)) {
      const fn = at.callFrame.functionName;
      if (fn.length > 3 && /^[$a-z]/.test(fn) && !/^(exports\.|use[A-Z]|render|commit|flush|perform|recursively|begin|complete|workLoop|reconcile|update|mount|invoke|dispatch|run|call|apply)/.test(fn)) {
        own.set(fn, (own.get(fn) ?? 0) + dt);
        break;
      }
    }
  }
  const list = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .filter(([, ms]) => ms >= 0.5)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ');
  return `in: ${list(own)}\n      self: ${list(self)}`;
}

/** The page's own parts of opening a note with comments, by inclusive CPU time in the window. */
const PARTS = ['liftedDocument', 'documentWithMarks', 'marksAtOpen', 'keepLifted', 'parseEditorState', 'setParsedState', 'load', 'shapeCheckedValue', 'reanchor', '$readLiveText', '$collectMarks', 'planAnchors', 'keepMarks', 'decorate', 'sectionsOfBlocks', 'onEntries', 'showKeptMarks', '$applyMarks', '$showKeptBlock', 'showAhead', 'CommentsPanel', 'ThreadList', 'ThreadRow', 'inDocumentOrder', 'countsPerSection'];

function totals(samples: Array<{ ts: number; node: number }>, nodes: Map<number, ProfileNode>, from: number, to: number): string {
  const sums = new Map<string, number>(PARTS.map((name) => [name, 0]));
  let last = from;
  let gc = 0;
  for (const sample of samples) {
    if (sample.ts < from || sample.ts > to) continue;
    const dt = (sample.ts - last) / 1000;
    last = sample.ts;
    const seen = new Set<string>();
    for (let at: ProfileNode | undefined = nodes.get(sample.node); at; at = at.parent === undefined ? undefined : nodes.get(at.parent)) {
      const fn = at.callFrame.functionName;
      if (fn === '(garbage collector)') gc += dt;
      if (sums.has(fn) && !seen.has(fn)) {
        seen.add(fn);
        sums.set(fn, sums.get(fn)! + dt);
      }
    }
  }
  return `  inclusive CPU ms: ${[...sums].filter(([, ms]) => ms >= 0.5).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}, GC ${gc.toFixed(1)}`;
}

function timeline(events: TraceEvent[], top: number, minMs: number): string {
  const marks = events.filter((event) => event.cat.includes('blink.user_timing'));
  const click = marks.find((event) => event.name === 'trace-open-click');
  if (!click) return 'no click mark in the trace';
  const pid = click.pid;
  const main = events.find((event) => event.pid === pid && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')?.tid;
  const done = marks.find((event) => event.name === 'trace-open-done' && event.pid === pid);
  const end = done?.ts ?? click.ts + 10_000_000;
  const { samples, nodes } = samplesOf(events, pid, main);
  const tasks = events.filter((event) => event.pid === pid && event.tid === main && event.ph === 'X' && event.name === 'RunTask' && event.ts + (event.dur ?? 0) >= click.ts && event.ts <= end).sort((a, b) => a.ts - b.ts);
  const lines: string[] = [];
  let busy = 0;
  let cpu = 0;
  for (const task of tasks) {
    const dur = (task.dur ?? 0) / 1000;
    busy += dur;
    cpu += (task.tdur ?? 0) / 1000;
    if (dur < minMs) continue;
    const inner = events
      .filter((event) => event.pid === pid && event.tid === main && event.ph === 'X' && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + (task.dur ?? 0) && event !== task && (event.dur ?? 0) >= 1000)
      .map((event) => {
        const data = event.args?.data as { functionName?: string; type?: string; url?: string } | undefined;
        const what = data?.type ?? data?.functionName ?? (data?.url ? String(data.url).split('/').pop() : '');
        return `${event.name}${what ? `(${what})` : ''} ${((event.dur ?? 0) / 1000).toFixed(1)}`;
      });
    const uniq = [...new Set(inner)].slice(0, 6).join(' · ');
    lines.push(`  +${((task.ts - click.ts) / 1000).toFixed(0).padStart(5)} ms  ${dur.toFixed(1).padStart(6)} ms  ${uniq}\n      ${describe(samples, nodes, task.ts, task.ts + (task.dur ?? 0), top)}`);
  }
  const fetches = events.filter((event) => event.pid === pid && event.name === 'ResourceSendRequest' && event.ts >= click.ts && event.ts <= end).map((event) => `${String((event.args?.data as { url?: string } | undefined)?.url ?? '').split('/api/').pop()} +${((event.ts - click.ts) / 1000).toFixed(0)}`);
  lines.push(totals(samples, nodes, click.ts, end));
  return `click → done ${done ? ((done.ts - click.ts) / 1000).toFixed(0) : '?'} ms, main thread busy ${busy.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms) in ${tasks.length} tasks; requests: ${fetches.join(', ')}\n${lines.join('\n')}`;
}

const dataDir = mkdtempSync(join(tmpdir(), 'helder-trace-comments-'));
const served = join(dataDir, 'renderer');
// RENDERER_DIR: another build (e.g. an older commit's) served by this host, to compare the page's work.
cpSync(process.env.RENDERER_DIR ?? join(import.meta.dirname, '../out/renderer'), served, { recursive: true });
const host = await startHost({ rendererDir: served, userDataDir: join(dataDir, 'userdata'), sampleDir: join(dataDir, 'documenten') });
const browser = await chromium.launch({ executablePath: process.env.HELDER_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const notes = await prepareNotes(host, browser, dataDir);
  const variants = (process.env.VARIANTS ?? 'stored,made').split(',') as Variant[];
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round += 1) {
    for (const variant of variants) {
      const page = await notes.fresh(variant === 'stored' ? notes.pristine.marked : notes.pristine.with);
      await page.evaluate(() => document.addEventListener('pointerdown', () => performance.mark('trace-open-click'), { capture: true, once: true }));
      // LIST_DELAY_MS: the thread list arrives that long after it is asked for, in every variant, so
      // the page's work before it (all of opening the note) falls in windows of the same length.
      const listDelay = Number(process.env.LIST_DELAY_MS ?? 0);
      if (listDelay > 0) {
        await page.route('**/comments.summaries', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, listDelay));
          await route.continue();
        });
      }
      await browser.startTracing(page, { categories: CATEGORIES });
      const ms = await openNote(page, variant === 'without' ? 'Zonder reacties' : 'Met reacties', notes.textLength, variant === 'without' ? 0 : notes.placed);
      await page.evaluate(() => performance.mark('trace-open-done'));
      // Work left after the figure (marks made when idle) shows too.
      await page.waitForTimeout(Number(process.env.SETTLE ?? 600));
      const raw = (await browser.stopTracing()).toString('utf8');
      // SAVE_DIR: keep each trace (e.g. for Chromium's Performance panel, or to diff two builds).
      if (process.env.SAVE_DIR) writeFileSync(join(process.env.SAVE_DIR, `${variant}-${round}.json`), raw);
      const trace = JSON.parse(raw) as { traceEvents: TraceEvent[] };
      console.log(`== ${variant}, round ${round}: the bench's figure ${ms.toFixed(0)} ms`);
      console.log(timeline(trace.traceEvents, Number(process.env.TOP ?? 6), Number(process.env.MIN_MS ?? 3)));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
