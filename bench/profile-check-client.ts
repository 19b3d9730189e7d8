// Not a benchmark: what the editor's check layer costs per keystroke outside the checker, in one
// process (no browser): the page's CheckClient and the worker's WorkerCore on the editor bench's
// 20,000-word note, typing one character at a time into paragraphs across the note. Timed apart:
// the page taking the changed block (setBlocks), the worker's check with and without the engine,
// the reply crossing over (structured clone, as postMessage does), the page taking the result,
// and what a pause in typing costs the page (the snapshot, the Problems panel's rows, the
// sentence markers). `node --import tsx bench/profile-check-client.ts [keystrokes]`.
import { loadavg } from 'node:os';
import { createChecker } from '../shared/checker';
import { countDocumentWords, rootNode, sampleNote, toBlocks, type SerializedBlock } from '../shared/document';
import { blockHash } from '../renderer/src/features/checks/block-hash';
import { CheckClient, type CheckTransport } from '../renderer/src/features/checks/check-client';
import type { StateBlock } from '../renderer/src/features/checks/check-state';
import { sentenceGroupsOf } from '../shared/checker/sentence-groups';
import { countByFamily, filterFindings, groupBySection, groupWithRepeats } from '../renderer/src/features/checks/problems/group-findings';
import { flattenGroups } from '../renderer/src/features/checks/problems/problem-rows';
import { sentenceLengths } from '../renderer/src/features/checks/sentence-markers';
import type { FromWorker, ToWorker } from '../renderer/src/features/checks/protocol';
import { WorkerCore, type CheckEngine } from '../renderer/src/features/checks/worker-core';
import { quantile } from './stats';

const keystrokes = Number(process.argv[2] ?? 300);

function bigDocument(): string {
  const blocks = sampleNote().root.children as SerializedBlock[];
  const children: SerializedBlock[] = [];
  for (;;) {
    children.push(...structuredClone(blocks));
    const json = JSON.stringify({ root: rootNode(children) });
    if (countDocumentWords(json) >= 20_000) return json;
  }
}

const cpuMs = (fn: () => void): number => {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
// cpuUsage has a resolution of ~1 µs but costs a syscall; fine for steps of 0.05 ms and more.

const engine = createChecker();
let engineMs = 0;
let coreMs = 0;
const timedEngine: CheckEngine = {
  checkDocument(blocks) {
    let result: ReturnType<CheckEngine['checkDocument']> | null = null;
    engineMs += cpuMs(() => (result = engine.checkDocument(blocks)));
    return result!;
  },
};
const core = new WorkerCore(timedEngine);
let replyToDeliver: FromWorker | null = null;
let deliver: ((message: FromWorker) => void) | null = null;
const transport: CheckTransport = {
  post(message: ToWorker) {
    const received = structuredClone(message);
    if (received.type !== 'check') return;
    const reply = core.receive(received as Extract<ToWorker, { type: 'check' }>);
    replyToDeliver = reply;
    if (!reply) coreMs = cpuMs(() => (replyToDeliver = core.check(received.noteId)));
  },
  listen(_noteId, listener) {
    deliver = listener;
    return () => (deliver = null);
  },
};
let pending: (() => void) | null = null;
const client = new CheckClient('note', transport, { timers: { set: (fn) => (pending = fn), clear: () => (pending = null) } });

const blocks: StateBlock[] = toBlocks(bigDocument()).map((block) => ({ ...block, hash: blockHash(block.kind, block.level, block.text) }));
client.setBlocks(blocks);
client.flush();
const first = replyToDeliver as FromWorker | null;
replyToDeliver = null;
deliver!(structuredClone(first!));
const snapshot = client.getSnapshot();
console.log(`blocks ${blocks.length}  findings ${snapshot.findings.length}  sections ${snapshot.sections.length}  fresh ${snapshot.fresh}`);

const paragraphs = blocks.map((block, index) => (block.kind === 'paragraph' && block.text.length > 40 ? index : -1)).filter((index) => index >= 0);
const times: Record<string, number[]> = { setBlocks: [], flushOnPage: [], workerCheck: [], workerOutsideEngine: [], replyClone: [], receive: [], snapshot: [], problemRows: [], sentenceMarkers: [] };
const letters = 'de inwoners krijgen hulp ';
const load = loadavg()[0]!;
for (let n = 0; n < keystrokes; n++) {
  const index = paragraphs[(n * 37) % paragraphs.length]!;
  const block = blocks[index]!;
  const text = block.text + letters[n % letters.length];
  blocks[index] = { ...block, text, hash: blockHash(block.kind, block.level, text) };
  const list = blocks.slice();
  times.setBlocks!.push(cpuMs(() => client.setBlocks(list)));
  engineMs = 0;
  coreMs = 0;
  const worker = cpuMs(() => pending?.());
  times.flushOnPage!.push(worker - coreMs);
  times.workerCheck!.push(coreMs);
  times.workerOutsideEngine!.push(coreMs - engineMs);
  const reply = replyToDeliver as FromWorker | null;
  replyToDeliver = null;
  if (!reply) continue;
  let copy: FromWorker = reply;
  times.replyClone!.push(cpuMs(() => (copy = structuredClone(reply))));
  times.receive!.push(cpuMs(() => deliver!(copy)));
  // A pause in typing: what the views and markers do then.
  if (n % 5 === 4) {
    let shot = snapshot;
    times.snapshot!.push(cpuMs(() => (shot = client.getSnapshot())));
    times.problemRows!.push(
      cpuMs(() => {
        const filtered = filterFindings(shot.findings, { severity: 'all', family: 'all' });
        const sentences = sentenceGroupsOf(filtered, shot.repeats);
        flattenGroups(groupWithRepeats(filtered, shot.repeats, (findings) => groupBySection(findings, shot.sections)), shot.repeats, sentences, new Set());
        countByFamily(shot.findings);
      }),
    );
    times.sentenceMarkers!.push(cpuMs(() => sentenceLengths(shot.findings)));
  }
}
const ms = (x: number): string => x.toFixed(3);
console.log(`load ${load.toFixed(2)}→${loadavg()[0]!.toFixed(2)}  keystrokes ${keystrokes}  (CPU ms: p50 / p95 / mean)`);
for (const [name, list] of Object.entries(times)) {
  if (list.length === 0) continue;
  const mean = list.reduce((a, b) => a + b, 0) / list.length;
  console.log(`${name.padEnd(22)} ${ms(quantile(list, 0.5))} / ${ms(quantile(list, 0.95))} / ${ms(mean)}`);
}

// The snapshot's parts, one at a time (the note as it ended).
{
  const parts: Record<string, number[]> = { 'state.findings': [], repeatsOf: [], 'repeat blocks': [], isFresh: [] };
  const { repeatsOf } = await import('../shared/checker/repeats');
  for (let n = 0; n < 50; n++) {
    let all: ReturnType<typeof client.state.findings> = [];
    parts['state.findings']!.push(cpuMs(() => (all = client.state.findings())));
    let list: Array<{ blockId: string; kind: StateBlock['kind']; explained: ReturnType<typeof client.state.explainedIn> }> = [];
    parts['repeat blocks']!.push(cpuMs(() => (list = client.state.getBlocks().map((b) => ({ blockId: b.id, kind: b.kind, explained: client.state.explainedIn(b.id) })))));
    parts.repeatsOf!.push(cpuMs(() => repeatsOf(all, list)));
    parts.isFresh!.push(cpuMs(() => client.state.isFresh()));
  }
  for (const [name, list] of Object.entries(parts)) console.log(`${name.padEnd(22)} ${ms(quantile(list, 0.5))} / ${ms(quantile(list, 0.95))}`);
}
