// Reading a Chromium trace of the page: its events, and the CPU samples of one thread with their
// call tree. Shared by trace-comments.ts (records traces) and trace-window.ts (sums saved ones).

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: unlike `dur`, not inflated while the thread waits for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}

/** Samples (time in trace µs, leaf node id) and the nodes, each with its parent, of one thread's CPU profile. */
export function samplesOf(events: TraceEvent[], pid: number, tid: number | undefined): { samples: Array<{ ts: number; node: number }>; nodes: Map<number, ProfileNode> } {
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ ts: number; node: number }> = [];
  const clock = new Map<string, number>();
  for (const event of events) {
    if (event.pid !== pid) continue;
    // Each thread (the page's, workers') has its own profile; its chunks carry the profile's id.
    if (event.name === 'Profile' && event.tid === tid) clock.set(String(event.id), Number((event.args?.data as { startTime?: number } | undefined)?.startTime ?? event.ts));
    if (event.name !== 'ProfileChunk' || !clock.has(String(event.id))) continue;
    const data = event.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    let at = clock.get(String(event.id)) ?? event.ts;
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((node, index) => {
      at += deltas[index] ?? 0;
      samples.push({ ts: at, node });
    });
    clock.set(String(event.id), at);
  }
  for (const node of nodes.values()) for (const child of node.children ?? []) nodes.get(child)!.parent ??= node.id;
  return { samples, nodes };
}
