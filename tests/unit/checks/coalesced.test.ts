import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesced } from '../../../renderer/src/features/checks/use-check-snapshot';

describe('panel updates while typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('re-render once after a burst of changes, when typing pauses', () => {
    const listener = vi.fn();
    const pending = coalesced(listener, 100, 1000);
    for (let i = 0; i < 5; i++) {
      pending.notify();
      vi.advanceTimersByTime(40);
    }
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('still re-render during long continuous typing, at least once per max wait', () => {
    const listener = vi.fn();
    const pending = coalesced(listener, 100, 1000);
    for (let i = 0; i < 60; i++) {
      pending.notify();
      vi.advanceTimersByTime(40);
    }
    expect(listener.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('never call back after being cancelled (panel unmounted)', () => {
    const listener = vi.fn();
    const pending = coalesced(listener, 100, 1000);
    pending.notify();
    pending.cancel();
    vi.advanceTimersByTime(5000);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('panel updates wait for idle time', () => {
  let idle: Array<{ id: number; run: () => void; timeout: number | undefined }> = [];
  const cancelled: number[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    idle = [];
    cancelled.length = 0;
    let next = 1;
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => {
      idle.push({ id: next, run, timeout: options?.timeout });
      return next++;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('run a due update only once the browser is idle (after the frame of the last key), with a deadline', () => {
    const listener = vi.fn();
    const pending = coalesced(listener, 100, 1000);
    pending.notify();
    vi.advanceTimersByTime(500);
    expect(listener).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    expect(idle[0]?.timeout).toBeGreaterThan(0);
    idle[0]?.run();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ask for idle time once while an update waits for it, however often the text changes', () => {
    const listener = vi.fn();
    const pending = coalesced(listener, 100, 1000);
    pending.notify();
    vi.advanceTimersByTime(150);
    pending.notify();
    vi.advanceTimersByTime(150);
    expect(idle).toHaveLength(1);
    idle[0]?.run();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('drop an update waiting for idle time when cancelled', () => {
    const listener = vi.fn();
    const pending = coalesced(listener, 100, 1000);
    pending.notify();
    vi.advanceTimersByTime(150);
    pending.cancel();
    expect(cancelled).toEqual([idle[0]?.id]);
  });
});
