// Sums a CDP CPU profile by function (self and total time), for the profile-* scripts.
interface Node_ { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }
export interface Profile { nodes: Node_[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export function summarize(profile: Profile, top = 35): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const label = (n: Node_) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(id)!;
    sum += dt;
    self.set(label(n), (self.get(label(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(byId.get(at)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  });
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  return `profile ${sum.toFixed(0)} ms\n-- self --\n${fmt(self)}\n-- total --\n${fmt(total)}`;
}


/**
 * CPU time per category: each sample goes to the nearest frame (from the leaf up) whose function
 * name matches a category, else to 'other'; idle time is left out.
 */
export function breakdown(profile: Profile, categories: ReadonlyArray<readonly [string, RegExp]>): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sums = new Map<string, number>(categories.map(([name]) => [name, 0]));
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    busy += dt;
    let found = 'other';
    for (let at: number | undefined = id; at !== undefined && found === 'other'; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      found = categories.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    }
    sums.set(found, (sums.get(found) ?? 0) + dt);
  });
  return [`busy ${busy.toFixed(0)} ms`, ...[...sums].map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`)].join('\n');
}

/**
 * The profile as a timeline of busy and idle stretches (at least `minMs` long), each busy one with
 * its heaviest functions: where a page waited on main (idle between its own work) and for how long.
 */
export function timeline(profile: Profile, minMs = 2): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const lines: string[] = [];
  let kind: 'busy' | 'idle' | null = null;
  let start = profile.startTime;
  let at = profile.startTime;
  let heaviest = new Map<string, number>();
  const close = (end: number) => {
    const ms = (end - start) / 1000;
    if (kind === null || ms < minMs) return;
    const top = kind === 'busy' ? [...heaviest].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`).join(', ') : '';
    lines.push(`${((start - profile.startTime) / 1000).toFixed(0).padStart(7)} ms  ${kind} ${ms.toFixed(1).padStart(7)} ms  ${top}`);
  };
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const name = byId.get(id)?.callFrame.functionName || '(anon)';
    const now = name === '(idle)' || name === '(program)' ? 'idle' : 'busy';
    if (now !== kind) {
      close(at);
      kind = now;
      start = at;
      heaviest = new Map();
    }
    if (now === 'busy') heaviest.set(name, (heaviest.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  close(at);
  return lines.join('\n');
}
