/**
 * Counts IPC calls in flight so quitting can wait for the renderer's last autosave to reach
 * the disk instead of guessing with a fixed delay.
 */
export class PendingCalls {
  private count = 0;
  private waiters: Array<() => void> = [];

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await work();
    } finally {
      this.count -= 1;
      if (this.count === 0) this.waiters.splice(0).forEach((wake) => wake());
    }
  }

  get inFlight(): number {
    return this.count;
  }

  /** Resolves when no call is in flight. */
  idle(): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * After asking the renderer to flush: give it `graceMs` to start its saves, then wait until every
 * call has finished, but never longer than `limitMs` in total, so a hung renderer cannot block quitting.
 */
export async function waitForFlush(pending: PendingCalls, graceMs: number, limitMs: number): Promise<'flushed' | 'timeout'> {
  const settled = (async () => {
    await delay(graceMs);
    await pending.idle();
    return 'flushed' as const;
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limitMs);
  });
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
