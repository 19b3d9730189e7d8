// Not a benchmark: records where the main thread spends typing time in the big note (CPU profile
// via CDP Profiler, and trace event totals), checks on and off. `node --import tsx bench/profile-editor.ts`.
// TRACE=1 writes a Chromium trace of the typing (OUT_DIR, default /tmp/speed); NO_PROFILE=1 leaves the
// CPU profiler off, so the trace's thread CPU times (bench/trace-cpu.ts) are not inflated by it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { countDocumentWords, rootNode, sampleNote, type SerializedBlock } from '../shared/document';
import { startHost, type Host } from '../tests/host/server';
import { summarize, type Profile } from './profile-summary';

const rendererDir = join(import.meta.dirname, '../out/renderer');
const OUT_DIR = process.env.OUT_DIR ?? '/tmp/speed';
function bigDocument(): string {
  const blocks = sampleNote().root.children as SerializedBlock[];
  const children: SerializedBlock[] = [];
  for (;;) {
    children.push(...structuredClone(blocks));
    const json = JSON.stringify({ root: rootNode(children) });
    if (countDocumentWords(json) >= 20_000) return json;
  }
}
async function call(host: Host, channel: string, payload: unknown): Promise<unknown> {
  const response = await fetch(`${host.url}api/${channel}`, { method: 'POST', headers: { 'x-helder-token': host.token, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const reply = (await response.json()) as { ok: boolean; value?: unknown };
  return reply.value;
}
async function run(host: Host, checksOn: boolean, tag: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript((off) => { if (off) localStorage.setItem('helder.checksOff', '1'); else localStorage.removeItem('helder.checksOff'); }, !checksOn);
    await page.addInitScript(() => {
      const log: unknown[] = [];
      (globalThis as Record<string, unknown>).__workerLog = log;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
        const m = message as { type?: string; blocks?: { text?: string }[] };
        if (m?.type === 'check') log.push({ dir: 'out', at: performance.now(), blocks: m.blocks?.length, texts: m.blocks?.filter((b) => b.text !== undefined).length });
        if (!(this as unknown as { __hooked?: boolean }).__hooked) {
          (this as unknown as { __hooked?: boolean }).__hooked = true;
          this.addEventListener('message', (event) => {
            const d = event.data as { type?: string; elapsedMs?: number; blocks?: unknown[]; documentFindings?: unknown[] };
            log.push({ dir: 'in', at: performance.now(), type: d?.type, elapsed: d?.elapsedMs, blocks: d?.blocks?.length, doc: d?.documentFindings?.length });
          });
        }
        return post.call(this, message, ...rest);
      };
    });
    await page.goto(host.url);
    await page.locator('.workbench[data-ready="true"]').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const phase = process.env.PHASE ?? 'type';
    if (phase === 'open') await cdp.send('Profiler.start');
    await page.locator('.explorer-item', { hasText: 'Groot' }).first().click();
    await page.waitForFunction(() => (document.querySelector('.editor-pane:not([hidden]) [contenteditable="true"]')?.textContent?.length ?? 0) > 100_000);
    await page.waitForTimeout(3000);
    if (phase === 'open') { const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }; writeFileSync(`${OUT_DIR}/${tag}.cpuprofile`, JSON.stringify(profile)); console.log(`== ${tag}\n${summarize(profile)}`); return; }
    await page.locator('.editor-pane:not([hidden]) [contenteditable="true"] p').nth(200).evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await page.locator('.editor-pane:not([hidden]) [contenteditable="true"] p').nth(200).click();
    await page.waitForTimeout(500);
    if (process.env.TRACE) await page.context().browser()!.startTracing(page, { path: `${OUT_DIR}/${tag}.trace.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] });
    const profiling = process.env.NO_PROFILE !== '1';
    if (profiling) await cdp.send('Profiler.start');
    const text = ' de inwoners krijgen teneinde hulp bij het huishouden en de zelfregie wordt versterkt';
    for (let i = 0; i < 80; i++) await page.keyboard.type(text[i % text.length] as string, { delay: 30 });
    await page.waitForTimeout(300);
    if (phase === 'fresh') {
      const log = [];
      for (let i = 0; i < 15; i++) {
        const since = await page.evaluate(() => performance.now());
        await page.keyboard.type(i % 2 ? 'x' : ' ', { delay: 0 });
        const took = await page.evaluate(`new Promise((resolve) => { const c = globalThis.__helderChecks.values().next().value.client; const poll = () => { if (c.getSnapshot().fresh && c.lastFreshAt >= c.lastChangeAt) { requestAnimationFrame(() => resolve(performance.now() - ${since})); return; } requestAnimationFrame(poll); }; poll(); })`);
        log.push(took);
        await page.waitForTimeout(Number(process.env.PAUSE ?? 200));
      }
      console.log('fresh', log.map((v) => Math.round(v as number)).join(' '));
      const wl = (await page.evaluate(() => (globalThis as Record<string, unknown>).__workerLog)) as { dir: string; at: number }[];
      console.log(wl.slice(-40).map((e) => JSON.stringify({ ...e, at: Math.round(e.at) })).join('\n'));
    }
    if (process.env.TRACE) await page.context().browser()!.stopTracing();
    if (!profiling) return;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    writeFileSync(`${OUT_DIR}/${tag}.cpuprofile`, JSON.stringify(profile));
    console.log(`== ${tag}\n${summarize(profile)}`);
  } finally {
    await browser.close();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'helder-profile-'));
const host = await startHost({ rendererDir, userDataDir: join(dataDir, 'userdata'), sampleDir: join(dataDir, 'documenten') });
try {
  const { werkmap } = (await call(host, 'app.firstRun', {})) as { werkmap: string };
  const created = (await call(host, 'notes.create', { folder: werkmap, title: 'Groot' })) as { path: string };
  await call(host, 'notes.save', { path: created.path, document: bigDocument(), kind: 'named', name: 'bench' });
  await call(host, 'notes.close', { path: created.path });
  for (const mode of (process.env.MODES ?? 'on,off').split(',')) await run(host, mode === 'on', `${process.env.PHASE ?? 'type'}-${mode}`);
} finally {
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
