// Not a benchmark: the page main thread's CPU per keystroke while typing in the big note, checks on
// and off, from a Chromium trace (thread time of each task, not wall time: on a shared machine the
// wall clock mostly measures the other work). Each typed key owns the tasks that start between its
// keydown and the next one (the last: the same span after it), so deferred work (idle-time panel
// updates, worker results) counts for the key it follows. With PROFILE=1 a CPU profile is taken at
// the same time and the keys' CPU is split by the app's functions (inclusive, per key).
// Needs `npx electron-vite build`. BUILDS=new=out/renderer,old=/tmp/old-renderer compares builds,
// alternating; MODES=on,off ROUNDS=2 KEYS=120; STYLES='css||' types once per extra style sheet;
// INSIDE=1 splits each kind of task by what ran in it; SLOW=8 lists the tasks before the 8 latest paints.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { bigDocument } from './big-note';
import { startHost, type Host } from '../tests/host/server';
import { median } from './stats';
import type { Profile } from './profile-summary';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { type?: string; functionName?: string; lineNumber?: number } } }

const KEYS = Number(process.env.KEYS ?? 120);
/** With PROFILE=1: this many heaviest functions per key (inclusive and self) are listed too. */
const TOP = Number(process.env.TOP ?? 0);
const TEXT = ' de inwoners krijgen teneinde hulp bij het huishouden en de zelfregie wordt versterkt';
/** Functions whose inclusive CPU per key is listed (names survive the build). */
const PARTS = ['ProblemsPanel', 'ProblemRows', 'flattenGroups', 'groupWithRepeats', 'sentenceGroupsOf', 'filterFindings', 'countByFamily', 'getSnapshot', 'repeatsOf', 'drawnRepeats', 'frameDraw', 'render', 'shownBlockIds', 'rectsInBlock', 'setBlocks', 'flush', 'receive', 'apply', 'ReadabilityStatusItem', 'StatusBar', 'serializeDocument', 'countText', '(garbage collector)'];

/** Trace events whose thread time per key is listed (they nest: a layout can sit inside an event dispatch). */
const KINDS = new Set(['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'MinorGC', 'MajorGC', 'ParseHTML', 'ScheduleStyleRecalculation']);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function call(host: Host, channel: string, payload: unknown): Promise<unknown> {
  const response = await fetch(`${host.url}api/${channel}`, { method: 'POST', headers: { 'x-helder-token': host.token, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return ((await response.json()) as { value?: unknown }).value;
}

/** CPU (ms) of the page main thread's top-level tasks per key window. */
function cpuPerKey(events: TraceEvent[]): { perKey: number[]; windows: Array<[number, number]>; kinds: Map<string, number>; byOpener: Map<string, number> } {
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const first = keydowns[0];
  if (!first) return { perKey: [], windows: [], kinds: new Map(), byOpener: new Map() };
  const keys = keydowns.filter((e) => e.pid === first.pid && e.tid === first.tid).map((e) => e.ts).sort((a, b) => a - b);
  const gap = median(keys.slice(1).map((ts, index) => ts - (keys[index] as number)));
  const windows = keys.map((ts, index): [number, number] => [ts, keys[index + 1] ?? ts + gap]);
  const tasks = events
    .filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
    .sort((a, b) => a.ts - b.ts);
  const perKey = windows.map(() => 0);
  const byOpener = new Map<string, number>();
  const insideOpener = new Map<string, Map<string, number>>();
  const taskLog: Array<{ ts: number; end: number; cpu: number; signature: string; parts: Map<string, number> }> = [];
  const paintEnds = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && e.name === 'Paint').map((e) => e.ts + (e.dur ?? 0)).sort((a, b) => a - b);
  const inner = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && KINDS.has(e.name)).sort((a, b) => a.ts - b.ts);
  let i = 0;
  let lastEnd = -1;
  let w = 0;
  for (const task of tasks) {
    if (task.ts < lastEnd) continue; // nested in a task already counted
    lastEnd = task.ts + (task.dur ?? 0);
    // A task is named by the first thing it ran (a key event, a timer's function, a frame, an idle callback).
    while (i < inner.length && (inner[i] as TraceEvent).ts < task.ts) i++;
    const opener = i < inner.length && (inner[i] as TraceEvent).ts < lastEnd ? (inner[i] as TraceEvent) : null;
    const data = opener?.args?.data;
    const signature = opener ? `${opener.name}${data?.type ? `:${data.type}` : ''}${data?.functionName !== undefined ? `:${data.functionName || 'anon'}@${data.lineNumber ?? ''}` : ''}` : 'other';
    // The keydown's own task starts a hair before its EventDispatch.
    const at = task.ts + (task.dur ?? 0) / 2;
    while (w < windows.length && at >= (windows[w] as [number, number])[1]) w++;
    if (w >= windows.length) break;
    if (at < (windows[w] as [number, number])[0] - 2000) continue;
    perKey[w] = (perKey[w] as number) + (task.tdur ?? task.dur ?? 0) / 1000;
    const parts = new Map<string, number>();
    const partEnds = new Map<string, number>();
    for (let j = i; j < inner.length && (inner[j] as TraceEvent).ts < lastEnd; j++) {
      const e = inner[j] as TraceEvent;
      const kind = e.name === 'FunctionCall' ? `${e.args?.data?.functionName || 'anon'}@${e.args?.data?.lineNumber ?? ''}` : e.name;
      if ((partEnds.get(kind) ?? -1) > e.ts) continue;
      partEnds.set(kind, e.ts + (e.dur ?? 0));
      parts.set(kind, (parts.get(kind) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
    taskLog.push({ ts: task.ts, end: lastEnd, cpu: (task.tdur ?? task.dur ?? 0) / 1000, signature, parts });
    byOpener.set(signature, (byOpener.get(signature) ?? 0) + (task.tdur ?? task.dur ?? 0) / 1000 / windows.length);
    // Inside: each kind where it is not inside one of its own kind.
    const ends = new Map<string, number>();
    for (let j = i; j < inner.length && (inner[j] as TraceEvent).ts < lastEnd; j++) {
      const e = inner[j] as TraceEvent;
      const kind = e.name === 'FunctionCall' ? `FunctionCall:${e.args?.data?.functionName || 'anon'}@${e.args?.data?.lineNumber ?? ''}` : e.name;
      if ((ends.get(kind) ?? -1) > e.ts) continue;
      ends.set(kind, e.ts + (e.dur ?? 0));
      const within = insideOpener.get(signature) ?? new Map<string, number>();
      within.set(kind, (within.get(kind) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000 / windows.length);
      insideOpener.set(signature, within);
    }
  }
  // What the thread did, by trace event (each kind counted where it is not inside one of its own kind).
  const kinds = new Map<string, number>();
  const from = windows[0]?.[0] ?? 0;
  const to = windows[windows.length - 1]?.[1] ?? 0;
  const kindEnd = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== first.pid || e.tid !== first.tid || e.ph !== 'X' || !KINDS.has(e.name) || e.ts < from - 2000 || e.ts >= to) continue;
    if ((kindEnd.get(e.name) ?? -1) > e.ts) continue;
    kindEnd.set(e.name, e.ts + (e.dur ?? 0));
    const key = e.name === 'TimerFire' || e.name === 'EventDispatch' ? `${e.name}` : e.name;
    kinds.set(key, (kinds.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000 / windows.length);
  }
  // The key's path: every task from its keydown to the end of the frame that painted it, in CPU.
  const paths = windows.map(([start]) => {
    const painted = paintEnds.find((end) => end > start + 1000) ?? start;
    const on = taskLog.filter((t) => t.end > start - 1000 && t.ts < painted);
    return { start, painted, on, cpu: on.reduce((sum, t) => sum + t.cpu, 0) };
  });
  const pathCpu = paths.map((path) => path.cpu);
  console.log(`    keydown-to-paint path CPU per key: median ${median(pathCpu).toFixed(2)} ms, p95 ${percentile(pathCpu, 95).toFixed(2)} ms`);
  if (process.env.HEAVY) {
    // The heaviest tasks of the typing, wherever they fell, with what ran in them.
    for (const t of [...taskLog].sort((a, b) => b.cpu - a.cpu).slice(0, Number(process.env.HEAVY)))
      console.log(`      task ${t.signature} ${t.cpu.toFixed(1)} ms CPU: ${[...t.parts].filter(([, ms]) => ms >= 0.3).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}`);
  }
  if (process.env.SLOW) {
    // The keys whose path cost the most CPU, and its tasks.
    for (const path of [...paths].sort((a, b) => b.cpu - a.cpu).slice(0, Number(process.env.SLOW))) {
      console.log(`      key at ${((path.start - (windows[0]?.[0] ?? 0)) / 1000).toFixed(0)} ms: path CPU ${path.cpu.toFixed(1)} ms, paint after ${((path.painted - path.start) / 1000).toFixed(1)} ms wall; tasks (CPU ms): ${path.on.filter((t) => t.cpu >= 0.05).map((t) => `${t.signature} ${t.cpu.toFixed(1)}${t.cpu >= 4 ? ` [${[...t.parts].filter(([, ms]) => ms >= 0.3).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}]` : ''}`).join(', ')}`);
    }
  }
  if (process.env.INSIDE === '1')
    for (const [signature, within] of [...insideOpener].sort((a, b) => (byOpener.get(b[0]) ?? 0) - (byOpener.get(a[0]) ?? 0)).slice(0, 6))
      console.log(`      in ${signature}: ${[...within].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 0.05).map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ')}`);
  // Frames (tasks that painted): how many per key and what one costs, apart from how often results came.
  const frameTasks = taskLog.filter((t) => paintEnds.some((end) => end > t.ts && end <= t.end));
  const frameCpu = frameTasks.map((t) => t.cpu);
  const perFrame = (name: string) => (kinds.get(name) ?? 0) * windows.length / Math.max(1, frameTasks.length);
  console.log(`    frames ${(frameTasks.length / windows.length).toFixed(2)} per key, CPU per frame median ${median(frameCpu).toFixed(2)} ms, mean ${(frameCpu.reduce((a, b) => a + b, 0) / Math.max(1, frameCpu.length)).toFixed(2)} ms; per frame: PrePaint ${perFrame('PrePaint').toFixed(2)}, Paint ${perFrame('Paint').toFixed(2)}, Layerize ${perFrame('Layerize').toFixed(2)}, Commit ${perFrame('Commit').toFixed(2)}, Layout ${perFrame('Layout').toFixed(2)}`);
  return { perKey, windows, kinds, byOpener };
}

/** Inclusive profile time per PART over the key windows, per key. */
function partsPerKey(profile: Profile, windows: Array<[number, number]>): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of (n as { children?: number[] }).children ?? []) parent.set(c, n.id);
  const sums = new Map<string, number>(PARTS.map((name) => [name, 0]));
  const all = new Map<string, number>();
  const self = new Map<string, number>();
  let busy = 0;
  const from = windows[0]?.[0] ?? 0;
  const to = windows[windows.length - 1]?.[1] ?? 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (at < from || at >= to) return;
    const leaf = byId.get(id)?.callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(root)') return;
    busy += dt;
    self.set(leaf || '(anon)', (self.get(leaf || '(anon)') ?? 0) + dt);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const name = byId.get(node)?.callFrame.functionName ?? '';
      if (seen.has(name)) continue;
      seen.add(name);
      if (sums.has(name)) sums.set(name, (sums.get(name) as number) + dt);
      if (TOP > 0 && name.length > 2) all.set(name, (all.get(name) ?? 0) + dt);
    }
  });
  const result = new Map<string, number>([['busy (JS, sampled)', busy / windows.length]]);
  for (const [name, ms] of sums) if (ms / windows.length >= 0.05) result.set(name, ms / windows.length);
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([name, ms]) => `${name} ${(ms / windows.length).toFixed(2)}`).join(', ');
  if (TOP > 0) console.log(`    top inclusive: ${top(all)}\n    top self: ${top(self)}`);
  return result;
}

async function typeAndTrace(host: Host, checksOn: boolean, style: string): Promise<{ perKey: number[]; parts: Map<string, number> | null; kinds: Map<string, number>; byOpener: Map<string, number> }> {
  const browser = await chromium.launch({ executablePath: process.env.HELDER_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript((off) => (off ? localStorage.setItem('helder.checksOff', '1') : localStorage.removeItem('helder.checksOff')), !checksOn);
    await page.goto(host.url);
    await page.locator('.workbench[data-ready="true"]').waitFor();
    await page.locator('.explorer-item', { hasText: 'Groot' }).first().click();
    await page.waitForFunction(() => (document.querySelector('.editor-pane:not([hidden]) [contenteditable="true"]')?.textContent?.length ?? 0) > 100_000);
    await page.waitForTimeout(3000);
    const paragraph = page.locator('.editor-pane:not([hidden]) [contenteditable="true"] p').nth(200);
    await paragraph.evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await paragraph.click();
    // An experiment: a style sheet added before typing (e.g. to see what drawing one part costs).
    if (style) await page.addStyleTag({ content: style });
    if (process.env.COUNT) console.log(`    ${process.env.COUNT}: ${await page.locator(process.env.COUNT).count()} elements`);
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    const profiling = process.env.PROFILE === '1';
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
    for (let i = 0; i < KEYS; i++) await page.keyboard.type(TEXT[i % TEXT.length] as string, { delay: 30 });
    await page.waitForTimeout(400);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const { perKey, windows, kinds, byOpener } = cpuPerKey(trace.traceEvents);
    const profile = profiling ? ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile : null;
    if (profile && process.env.OUT_DIR) writeFileSync(join(process.env.OUT_DIR, `keys-${checksOn ? 'on' : 'off'}.cpuprofile`), JSON.stringify(profile));
    return { perKey, parts: profile ? partsPerKey(profile, windows) : null, kinds, byOpener };
  } finally {
    await browser.close();
  }
}

const builds = (process.env.BUILDS ?? `new=${join(import.meta.dirname, '../out/renderer')}`).split(',').map((pair) => pair.split('=') as [string, string]);
const dataDir = mkdtempSync(join(tmpdir(), 'helder-trace-keys-'));
const hosts: Array<[string, Host]> = [];
try {
  for (const [label, dir] of builds) {
    // A copy: a build made while this runs does not change what the host serves.
    const served = join(dataDir, `renderer-${label}`);
    cpSync(dir, served, { recursive: true });
    const host = await startHost({ rendererDir: served, userDataDir: join(dataDir, `userdata-${label}`), sampleDir: join(dataDir, `documenten-${label}`) });
    hosts.push([label, host]);
    const { werkmap } = (await call(host, 'app.firstRun', {})) as { werkmap: string };
    const created = (await call(host, 'notes.create', { folder: werkmap, title: 'Groot' })) as { path: string };
    await call(host, 'notes.save', { path: created.path, document: bigDocument(), kind: 'named', name: 'bench' });
    await call(host, 'notes.close', { path: created.path });
  }
  const modes = (process.env.MODES ?? 'on,off').split(',');
  // STYLES='css one||css two': each typed with the page given that extra style sheet ('' for none).
  const styles = (process.env.STYLES ?? '').split('||');
  for (let round = 0; round < Number(process.env.ROUNDS ?? 1); round++) {
    for (const [label, host] of round % 2 === 0 ? hosts : [...hosts].reverse()) {
      for (const mode of modes) for (const style of styles) {
        const load = loadavg()[0]?.toFixed(1);
        if (style) console.log(`  style: ${style}`);
        const { perKey, parts, kinds, byOpener } = await typeAndTrace(host, mode === 'on', style);
        const mean = perKey.reduce((a, b) => a + b, 0) / Math.max(1, perKey.length);
        console.log(
          `${label.padEnd(6)} checks ${mode.padEnd(3)} round ${round}: ${perKey.length} keys, main-thread CPU per key median ${median(perKey).toFixed(2)} ms, p95 ${percentile(perKey, 95).toFixed(2)} ms, mean ${mean.toFixed(2)} ms, max ${Math.max(...perKey).toFixed(1)} ms (load ${load}→${loadavg()[0]?.toFixed(1)})`,
        );
        console.log(`    per key, thread time by trace event: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ')}`);
        console.log(`    per key, thread time by task (first thing it ran): ${[...byOpener].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 0.05).map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ')}`);
        if (parts) console.log(`    per key, inclusive: ${[...parts].map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ')}`);
      }
    }
  }
} finally {
  for (const [, host] of hosts) await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
