import { useMemo, useSyncExternalStore } from 'react';
import { whenIdle } from '../../base/idle';
import { EMPTY_SNAPSHOT, type CheckClient, type CheckSnapshot } from './check-client';

const noClient: CheckSnapshot = EMPTY_SNAPSHOT;
const subscribeNothing = () => () => {};

/** Quiet time after the last change before panels re-render, and the longest they lag behind. */
const QUIET_MS = 120;
const MAX_WAIT_MS = 1000;
/** Once due, an update waits for idle time after the frame, but never longer than this. */
const IDLE_DEADLINE_MS = 200;

/**
 * Calls `listener` once the changes have paused. The client changes on every keystroke; building
 * the whole note's snapshot and re-rendering a Problems panel with thousands of findings per key
 * would cost typing latency, while highlights (which must drop stale marks at once) listen directly.
 * A due update still waits for idle time: a timer that came due while a key was handled ran before
 * that key's frame was done, and the update (10-20 ms on a long note) was added to the key's wait.
 */
export function coalesced(listener: () => void, quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS): { notify(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let cancelIdle: (() => void) | null = null;
  let firstAt = 0;
  const fire = () => {
    timer = null;
    cancelIdle ??= whenIdle(() => {
      cancelIdle = null;
      listener();
    }, IDLE_DEADLINE_MS);
  };
  return {
    notify() {
      const now = Date.now();
      if (timer === null) firstAt = now;
      else clearTimeout(timer);
      timer = setTimeout(fire, now - firstAt >= maxWaitMs ? 0 : quietMs);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      cancelIdle?.();
      cancelIdle = null;
    },
  };
}

/** How long a view waits for a pause in typing before it re-renders, and at most. */
export interface SnapshotPace {
  quietMs: number;
  maxWaitMs: number;
}

const DEFAULT_PACE: SnapshotPace = { quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS };

/**
 * The current results of a note, re-rendering when they change (after a pause in typing). The
 * snapshot a view gets is the one taken when the pause came: a view that re-renders for another
 * reason in between (the status bar does on every keystroke, for the word count) keeps it, instead
 * of making the client build the whole note's snapshot again for text that is still changing.
 */
export function useCheckSnapshot(client: CheckClient | null, pace: SnapshotPace = DEFAULT_PACE): CheckSnapshot {
  const { quietMs, maxWaitMs } = pace;
  const store = useMemo(() => {
    if (!client) return { subscribe: subscribeNothing, current: () => noClient };
    let taken: CheckSnapshot | null = null;
    return {
      subscribe: (onChange: () => void) => {
        const pending = coalesced(
          () => {
            taken = client.getSnapshot();
            onChange();
          },
          quietMs,
          maxWaitMs,
        );
        const unsubscribe = client.subscribe(pending.notify);
        // Results that came between the first render and now.
        if (taken !== null && taken !== client.getSnapshot()) pending.notify();
        return () => {
          pending.cancel();
          unsubscribe();
        };
      },
      current: () => (taken ??= client.getSnapshot()),
    };
  }, [client, quietMs, maxWaitMs]);
  return useSyncExternalStore(store.subscribe, store.current);
}
