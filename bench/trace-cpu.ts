// Not a benchmark: thread CPU time per keystroke from traces written by bench/profile-editor.ts
// (TRACE=1 NO_PROFILE=1). Wall times on a shared machine mostly measure the other agents; the
// trace's thread durations (tdur) count only the time the thread ran. Sums top-level tasks of the
// page's main thread and of the checker worker between the first keydown and 300 ms after the last.
// `node --import tsx bench/trace-cpu.ts a.trace.json [b.trace.json ...]`
import { readFileSync } from 'node:fs';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { type?: string } } }

for (const file of process.argv.slice(2)) {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = events.filter((e) => threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const keys = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts);
  if (keys.length === 0) {
    console.log(`${file}: no keydown`);
    continue;
  }
  const from = Math.min(...keys);
  const to = Math.max(...keys) + 300_000;
  const byThread = new Map<string, { cpu: number; wall: number }>();
  const lastEnd = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < from || e.ts > to) continue;
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    const thread = `${e.pid}:${e.tid}`;
    if ((lastEnd.get(thread) ?? -1) > e.ts) continue; // nested in a task already counted
    lastEnd.set(thread, e.ts + e.dur);
    const name = threadName.get(thread) ?? thread;
    const sum = byThread.get(name) ?? { cpu: 0, wall: 0 };
    sum.cpu += (e.tdur ?? e.dur) / 1000;
    sum.wall += e.dur / 1000;
    byThread.set(name, sum);
  }
  console.log(`${file}: ${keys.length} keydowns`);
  for (const [name, sum] of [...byThread].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 6)) {
    console.log(`  ${name.padEnd(28)} CPU ${sum.cpu.toFixed(0).padStart(6)} ms (${(sum.cpu / keys.length).toFixed(2)} ms per key)   wall in tasks ${sum.wall.toFixed(0)} ms`);
  }
}
