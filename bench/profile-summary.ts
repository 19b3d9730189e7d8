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
