// A CheckClient wired to a WorkerCore in the same process, with the worker's replies held in a
// queue so tests decide when (and in which order) results arrive.
import { createChecker } from '../../../shared/checker';
import { CheckClient, type CheckTransport } from '../../../renderer/src/features/checks/check-client';
import type { StateBlock } from '../../../renderer/src/features/checks/check-state';
import { blockHash } from '../../../renderer/src/features/checks/block-hash';
import { ToWorker, type FromWorker } from '../../../renderer/src/features/checks/protocol';
import { WorkerCore, type CheckEngine } from '../../../renderer/src/features/checks/worker-core';

export interface Harness {
  client: CheckClient;
  core: WorkerCore;
  posted: ToWorker[];
  /** Replies waiting to be delivered to the client. */
  inbox: FromWorker[];
  /** Lets the worker process what it received so far (one check per note, like the real worker). */
  runWorker(): void;
  deliverAll(): void;
  /** Pending debounce callbacks, run by `tick`. */
  tick(): void;
}

export function makeHarness(engine: CheckEngine = createChecker()): Harness {
  const core = new WorkerCore(engine);
  const posted: ToWorker[] = [];
  const inbox: FromWorker[] = [];
  let listener: ((message: FromWorker) => void) | null = null;
  let toCheck = false;
  const transport: CheckTransport = {
    post(message) {
      posted.push(message);
      const parsed = ToWorker.parse(structuredClone(message));
      if (parsed.type === 'check') {
        const reply = core.receive(parsed);
        if (reply) inbox.push(reply);
        else toCheck = true;
      }
    },
    listen(_noteId, fn) {
      listener = fn;
      return () => {
        listener = null;
      };
    },
  };
  let pending: (() => void) | null = null;
  const client = new CheckClient('note', transport, {
    timers: {
      set(fn) {
        pending = fn;
        return fn;
      },
      clear() {
        pending = null;
      },
    },
    now: () => 0,
  });
  return {
    client,
    core,
    posted,
    inbox,
    runWorker() {
      if (!toCheck) return;
      toCheck = false;
      const result = core.check('note', () => 0);
      if (result) inbox.push(structuredClone(result));
    },
    deliverAll() {
      while (inbox.length > 0) listener?.(inbox.shift() as FromWorker);
    },
    tick() {
      const run = pending;
      pending = null;
      run?.();
    },
  };
}

export function block(id: string, text: string, kind: StateBlock['kind'] = 'paragraph', level?: number): StateBlock {
  const out: StateBlock = { id, kind, text, hash: blockHash(kind, level, text) };
  if (level !== undefined) out.level = level;
  return out;
}
