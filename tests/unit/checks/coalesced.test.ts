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
