import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PendingCalls, waitForFlush } from '../../../electron/main/pending-calls';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('waiting for the last autosave before closing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a save that is still being written', async () => {
    const pending = new PendingCalls();
    const save = deferred();
    void pending.track(() => save.promise);
    let outcome: string | undefined;
    void waitForFlush(pending, 300, 3000).then((result) => (outcome = result));
    await vi.advanceTimersByTimeAsync(1000);
    expect(outcome).toBeUndefined();
    save.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('flushed');
  });

  it('catches a save the renderer starts during the grace period', async () => {
    const pending = new PendingCalls();
    let outcome: string | undefined;
    void waitForFlush(pending, 300, 3000).then((result) => (outcome = result));
    await vi.advanceTimersByTimeAsync(100);
    const save = deferred();
    void pending.track(() => save.promise);
    await vi.advanceTimersByTimeAsync(400);
    expect(outcome).toBeUndefined();
    save.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('flushed');
  });

  it('gives up on a renderer that never finishes, so quitting still works', async () => {
    const pending = new PendingCalls();
    void pending.track(() => new Promise<void>(() => {}));
    let outcome: string | undefined;
    void waitForFlush(pending, 300, 3000).then((result) => (outcome = result));
    await vi.advanceTimersByTimeAsync(3000);
    expect(outcome).toBe('timeout');
  });

  it('counts a failed call as finished', async () => {
    const pending = new PendingCalls();
    await expect(pending.track(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(pending.inFlight).toBe(0);
  });
});
