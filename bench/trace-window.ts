// Not a benchmark: reads traces saved by trace-comments.ts (SAVE_DIR) and sums the page's main
// thread CPU from the click until the thread list arrives (the task that unpacks it), per
// variant: thread time of all tasks, of layout and style work, and inclusive CPU per function
// (samples), as a median over the saved rounds. With two directories (BASE=dir NEW=dir) the
// figures of both builds are listed side by side.
// Run: SAVE_DIR=/tmp/t node --import tsx bench/trace-comments.ts; NEW=/tmp/t node --import tsx bench/trace-window.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats';
import { samplesOf, type TraceEvent as Event } from './trace-samples';

const BLINK = ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Commit', 'Layerize', 'HitTest', 'ParseHTML', 'MinorGC', 'MajorGC'];

function windowOf(events: Event[]): Map<string, number> | null {
  const click = events.find((event) => event.cat.includes('blink.user_timing') && event.name === 'trace-open-click');
  if (!click) return null;
  const pid = click.pid;
  const tid = events.find((event) => event.pid === pid && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')?.tid;
  const { samples, nodes } = samplesOf(events, pid, tid);
  const stack = (id: number) => {
    const names: string[] = [];
    for (let at = nodes.get(id); at; at = at.parent === undefined ? undefined : nodes.get(at.parent)) names.push(at.callFrame.functionName || '(anon)');
    return names;
  };
  samples.sort((a, b) => a.ts - b.ts);
  const tasks = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  // The window ends when the thread list's body has come in (the page then unpacks it).
  const listRequest = events.find((event) => event.pid === pid && event.name === 'ResourceSendRequest' && event.ts >= click.ts && String(event.args?.data?.url ?? '').endsWith('comments.summaries'))?.args?.data?.requestId;
  const arrival = events.find((event) => event.pid === pid && event.name === 'ResourceFinish' && event.args?.data?.requestId === listRequest);
  if (!arrival) return null;
  const end = arrival.ts;
  const sums = new Map<string, number>();
  const add = (name: string, ms: number) => sums.set(name, (sums.get(name) ?? 0) + ms);
  for (const task of tasks) if (task.ts + (task.dur ?? 0) >= click.ts && task.ts < end) add('[task CPU]', (task.tdur ?? 0) / 1000);
  for (const task of tasks) if (task.ts + (task.dur ?? 0) >= click.ts && task.ts < end) add('[task wall]', (task.dur ?? 0) / 1000);
  for (const event of events) {
    if (event.pid !== pid || event.tid !== tid || event.ph !== 'X' || !BLINK.includes(event.name) || event.ts < click.ts || event.ts >= end) continue;
    add(`[${event.name}]`, (event.tdur ?? event.dur ?? 0) / 1000);
  }
  // TASK=open: only the samples of the task that sets the note's state.
  const openingSample = process.env.TASK === 'open' ? samples.find((item) => item.ts > click.ts && item.ts < end && stack(item.node).includes('setParsedState')) : undefined;
  const onlyTask = openingSample ? tasks.find((task) => task.ts <= openingSample.ts && task.ts + (task.dur ?? 0) >= openingSample.ts) : undefined;
  // Samples fall every so many µs of wall time, also while the thread waits for a core (the
  // machine is shared): each counts as its task's thread time over its wall time.
  const inWindow = tasks.filter((task) => task.ts + (task.dur ?? 0) >= click.ts && task.ts < end);
  let taskAt = 0;
  let last = click.ts;
  for (const sample of samples) {
    if (sample.ts < click.ts || sample.ts >= end) continue;
    while (taskAt < inWindow.length && inWindow[taskAt]!.ts + (inWindow[taskAt]!.dur ?? 0) < sample.ts) taskAt += 1;
    const task = inWindow[taskAt];
    const share = task && task.ts <= sample.ts && task.dur ? Math.min(1, (task.tdur ?? task.dur) / task.dur) : 1;
    const dt = ((sample.ts - last) / 1000) * share;
    last = sample.ts;
    const names = stack(sample.node);
    if (names[0] === '(idle)' || names[0] === '(program)') continue;
    if (onlyTask && (sample.ts < onlyTask.ts || sample.ts > onlyTask.ts + (onlyTask.dur ?? 0))) continue;
    // FOCUS: only the samples inside this function (what it spends its time in).
    if (process.env.FOCUS && !names.includes(process.env.FOCUS)) continue;
    add('[sampled]', dt);
    for (const name of new Set(names)) add(name, dt);
    add(`self ${names[0]}`, dt);
  }
  add('[click→list ms]', (end - click.ts) / 1000);
  // Thread time of the tasks that open the note: the one that sets its state, the frame after it
  // (first layout and check underlines) and the one drawing kept marks in view, if any.
  const taskHolding = (name: string, after = click.ts) => {
    const sample = samples.find((item) => item.ts > after && item.ts < end && stack(item.node).includes(name));
    return sample ? inWindow.find((task) => task.ts <= sample.ts && task.ts + (task.dur ?? 0) >= sample.ts) : undefined;
  };
  const opening = taskHolding('setParsedState');
  const frame = opening ? taskHolding('frameDraw', opening.ts + (opening.dur ?? 0)) : undefined;
  const entries = taskHolding('onEntries');
  if (opening) add('[open task CPU]', (opening.tdur ?? 0) / 1000);
  if (frame) add('[next frame CPU]', (frame.tdur ?? 0) / 1000);
  add('[onEntries task CPU]', entries ? (entries.tdur ?? 0) / 1000 : 0);
  return sums;
}

function figures(dir: string): Map<string, Map<string, number>> {
  const byVariant = new Map<string, Array<Map<string, number>>>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const variant = file.replace(/-\d+(-p\d+)?\.json$/, '');
    const trace = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { traceEvents: Event[] };
    const sums = windowOf(trace.traceEvents);
    if (sums) byVariant.set(variant, [...(byVariant.get(variant) ?? []), sums]);
  }
  const out = new Map<string, Map<string, number>>();
  for (const [variant, runs] of byVariant) {
    const names = new Set(runs.flatMap((run) => [...run.keys()]));
    out.set(variant, new Map([...names].map((name) => [name, median(runs.map((run) => run.get(name) ?? 0))])));
    out.get(variant)!.set('[runs]', runs.length);
  }
  return out;
}

const dirs = [process.env.BASE, process.env.NEW].filter((dir): dir is string => !!dir);
const all = dirs.map(figures);
const variants = [...new Set(all.flatMap((fig) => [...fig.keys()]))].sort();
const columns = dirs.flatMap((dir, index) => variants.map((variant) => ({ label: `${index === 0 && dirs.length > 1 ? 'base' : 'new'}:${variant}`, values: all[index]!.get(variant) ?? new Map<string, number>() })));
const names = [...new Set(columns.flatMap((column) => [...column.values.keys()]))];
// SORT=diff: by the difference between the first two columns (e.g. stored - without).
const spread = (name: string) =>
  process.env.SORT === 'diff' ? Math.abs((columns[0]?.values.get(name) ?? 0) - (columns[1]?.values.get(name) ?? 0)) : Math.max(...columns.map((column) => column.values.get(name) ?? 0));
const shown = names.filter((name) => name.startsWith('[') || spread(name) >= Number(process.env.MIN_MS ?? 2)).sort((a, b) => (a.startsWith('[') === b.startsWith('[') ? spread(b) - spread(a) : a.startsWith('[') ? -1 : 1));
console.log(['ms (median)'.padEnd(36), ...columns.map((column) => column.label.padStart(16))].join(''));
for (const name of shown.slice(0, Number(process.env.TOP ?? 60))) console.log([name.slice(0, 35).padEnd(36), ...columns.map((column) => (column.values.get(name) ?? 0).toFixed(1).padStart(16))].join(''));
