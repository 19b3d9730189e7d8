// Not a benchmark: the checker bench's paragraph re-checks alone (same note, same edits), with
// their p50/p95 and, with PROFILE=1, where they spend their time (CPU profile via node:inspector).
// `node --import tsx bench/profile-recheck.ts [edits]`; add `--trace-gc` to node to see the
// collections that make the tail.
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { createChecker, splitBlocks, type Block } from '../shared/checker/index';
import { generateNote, typeOneWord } from './checker.bench';
import { summarize, type Profile } from './profile-summary';
import { quantile, seededRandom } from './stats';

const edits = Number(process.argv[2] ?? 1000);
const text = generateNote(20_000, 1);
createChecker().checkText(generateNote(5_000, 2), 'markdown');
// As in the bench, where the re-checks follow nine full checks of the note (the JIT is warm).
for (let i = 0; i < Number(process.env.WARM ?? 9); i++) createChecker().checkText(text, 'markdown');

const checker = createChecker();
const blocks: Block[] = splitBlocks(text, 'markdown').map(({ id, text: t, kind, level }) => (level === undefined ? { id, text: t, kind } : { id, text: t, kind, level }));
checker.checkDocument(blocks);
const paragraphs = blocks.map((b, i) => (b.kind === 'paragraph' ? i : -1)).filter((i) => i >= 0);
const random = seededRandom(7);

const profiling = process.env.PROFILE === '1';
const session = new Session();
if (profiling) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
}
const gcs: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });
const docSpans: Array<[number, number]> = [];
const docTimes: number[] = [];
// CPU time of the process: on a loaded machine it leaves out the time the re-check waited for a core.
const docCpu: number[] = [];
const blockTimes: number[] = [];
const load = loadavg()[0]!;
for (let n = 0; n < edits; n++) {
  const index = typeOneWord(blocks, paragraphs, random, n);
  const block = blocks[index]!;
  const cpu = process.cpuUsage();
  let t = performance.now();
  checker.checkDocument(blocks);
  const end = performance.now();
  docTimes.push(end - t);
  docSpans.push([t, end]);
  const used = process.cpuUsage(cpu);
  docCpu.push((used.user + used.system) / 1000);
  const again = { ...block, text: block.text + ' ' };
  t = performance.now();
  checker.checkBlock(again);
  blockTimes.push(performance.now() - t);
}
const ms = (x: number): string => x.toFixed(3);
console.log(`load ${load.toFixed(2)}→${loadavg()[0]!.toFixed(2)}  blocks ${blocks.length}  re-check p50 ${ms(quantile(docTimes, 0.5))} p95 ${ms(quantile(docTimes, 0.95))} p99 ${ms(quantile(docTimes, 0.99))} ms  block p50 ${ms(quantile(blockTimes, 0.5))} p95 ${ms(quantile(blockTimes, 0.95))} ms`);
// GC entries arrive on a later tick.
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
const gcIn = docSpans.map(([from, to]) => gcs.filter((g) => g.startTime < to && g.startTime + g.duration > from));
const gcMs = gcIn.map((list) => list.reduce((sum, g) => sum + g.duration, 0));
const withoutGc = docTimes.map((t, i) => t - gcMs[i]!);
const slow = quantile(docTimes, 0.95);
const slowWithGc = docTimes.filter((t, i) => t >= slow && gcMs[i]! > 0).length;
console.log(`GC during re-checks: ${gcIn.flat().length} collections, ${gcMs.reduce((a, b) => a + b, 0).toFixed(1)} ms; slowest 5 %: ${slowWithGc} of ${docTimes.filter((t) => t >= slow).length} had a GC; p95 without GC time ${ms(quantile(withoutGc, 0.95))} ms`);
console.log(`re-check CPU time: p50 ${ms(quantile(docCpu, 0.5))} p95 ${ms(quantile(docCpu, 0.95))} p99 ${ms(quantile(docCpu, 0.99))} ms`);
// The note-wide part of a re-check, roughly: the re-check less a check of the same paragraph alone.
const noteWide = docTimes.map((t, i) => t - blockTimes[i]!);
console.log(`re-check less its paragraph's own check: p50 ${ms(quantile(noteWide, 0.5))} p95 ${ms(quantile(noteWide, 0.95))} ms`);
// The note-wide part alone: edits that bring a paragraph back to a text checked before, so its
// block result comes from the cache and only the whole-note work is left.
const cachedTimes: number[] = [];
for (let n = 0; n < edits; n++) {
  const index = paragraphs[n % 50]!;
  const block = blocks[index]!;
  const other = { ...block, text: `${block.text} Klaar.` };
  checker.checkDocument(blocks.map((b, i) => (i === index ? other : b)));
  checker.checkDocument(blocks);
  blocks[index] = other;
  const t = performance.now();
  checker.checkDocument(blocks);
  cachedTimes.push(performance.now() - t);
  blocks[index] = block;
  checker.checkDocument(blocks);
}
console.log(`re-check of a paragraph whose result is cached (the note-wide part): p50 ${ms(quantile(cachedTimes, 0.5))} p95 ${ms(quantile(cachedTimes, 0.95))} ms`);
if (profiling) {
  const { profile } = await session.post('Profiler.stop');
  console.log(summarize(profile as unknown as Profile, Number(process.env.TOP ?? 40)));
  if (process.env.PROFILE_OUT) (await import('node:fs')).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
}
