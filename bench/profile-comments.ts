// Not a benchmark: where opening a note with 10,000 comments spends its time (CPU profile of the
// page from the click in the explorer until marks and the Reacties view show). Marks saved in the note.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { chromium } from 'playwright-core';
import { NoteStore } from '../electron/services/note-store';
import { flatten } from '../shared/comments';
import { toBlocks } from '../shared/document';
import { startHost, type Host } from '../tests/host/server';
import { bigDocument, fillComments } from './comment-fixture';
import { breakdown, summarize, timeline, type Profile } from './profile-summary';

/** Where the page's CPU time goes, by the parts of opening a note with comments. */
const PAGE_PARTS = [
  ['GC', /^\(garbage collector\)$/],
  ['reply check (zod or shape)', /_zod|^shapeCheck|^shapeCheckedValue$/],
  ['marks (Lexical)', /^(\$applyMarks|\$rebuildBlocksWithMarks|\$refreshBlock)$/],
  ['re-anchoring', /^(reanchor|planAnchors|reanchorFlat|sectionsOfBlocks|decorate|\$readLiveText|\$collectMarks)$/],
  ['Reacties panel (render)', /^(CommentsPanel|ThreadList|ThreadRow|ThreadItem|Filters|Counts|inDocumentOrder|countsPerSection|matchesFilters|formatTime)$/],
  ['Lexical load (parse + set)', /^(parseEditorState|setEditorState|parseDocument)$/],
] as const;
/** The same for the host's (main's) CPU time. */
const HOST_PARTS = [
  ['GC', /^\(garbage collector\)$/],
  ['comments.summaries reply check (zod)', /_zod/],
  ['comments.summaries (SQL, rows)', /^(readThreadList|listAdder|summaries)$/],
  ['notes.open', /^openNote$/],
] as const;

async function call<T>(host: Host, channel: string, payload: unknown): Promise<T> {
  const response = await fetch(`${host.url}api/${channel}`, { method: 'POST', headers: { 'x-helder-token': host.token, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const reply = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

const dataDir = mkdtempSync(join(tmpdir(), 'helder-profile-comments-'));
const served = join(dataDir, 'renderer');
cpSync(join(import.meta.dirname, '../out/renderer'), served, { recursive: true });
const host = await startHost({ rendererDir: served, userDataDir: join(dataDir, 'userdata'), sampleDir: join(dataDir, 'documenten') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const { werkmap } = await call<{ werkmap: string }>(host, 'app.firstRun', {});
  const document = bigDocument();
  const flat = flatten(toBlocks(document));
  const path = (await call<{ path: string }>(host, 'notes.create', { folder: werkmap, title: 'Met reacties' })).path;
  await call(host, 'notes.save', { path, document, kind: 'named', name: 'bench' });
  await call(host, 'notes.close', { path });
  const store = new NoteStore();
  store.openNote(path);
  fillComments(store, path, flat, { threads: 2000, perThread: 5, seed: 1, origin: 'local' });
  store.closeAll();
  await call(host, 'settings.set', { authorName: 'Els Schrijver' });
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
    await call(host, 'notes.close', { path });
    await call(host, 'session.set', { werkmap, openNotes: [], activeNote: null });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await page.locator('.workbench[data-ready="true"]').waitFor();
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('combobox', { name: 'Typ een opdracht' }).fill('Beeld: Reacties tonen');
    await page.getByRole('option', { name: /Beeld: Reacties tonen/i }).first().click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const hostSession = new Session();
    hostSession.connect();
    await hostSession.post('Profiler.enable');
    await hostSession.post('Profiler.setSamplingInterval', { interval: 200 });
    await hostSession.post('Profiler.start');
    const started = Date.now();
    await page.locator('.explorer-item', { hasText: 'Met reacties' }).first().click();
    await page.locator('[data-testid="comments-view"] [data-testid="comment-thread"]').first().waitFor({ timeout: 60_000 });
    const shown = Date.now() - started;
    await page.waitForTimeout(Number(process.env.SETTLE ?? 1500));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const hostProfile = (await hostSession.post('Profiler.stop')).profile as unknown as Profile;
    hostSession.disconnect();
    console.log(`== host (test server) during round ${round}\n${summarize(hostProfile, 40)}`);
    console.log(`-- host breakdown, round ${round}\n${breakdown(hostProfile, HOST_PARTS)}`);
    const api = (await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')).map((e) => `${e.name.split('/api/')[1]} start ${Math.round(e.startTime)} took ${Math.round(e.duration)} ms`))) as string[];
    console.log(api.slice(-15).join('\n'));
    writeFileSync(join(process.env.PROFILE_DIR ?? '/tmp/speed', `comments-open-${round}.cpuprofile`), JSON.stringify(profile));
    console.log(`== round ${round}: panel shown after ${shown} ms\n${summarize(profile, 45)}`);
    console.log(`-- page breakdown, round ${round}\n${breakdown(profile, PAGE_PARTS)}`);
    // Idle stretches between the page's own work are waits on main (the note, then the thread list).
    console.log(`-- page timeline (busy / idle), round ${round}\n${timeline(profile, 5)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
