import { describe, expect, it } from 'vitest';
import { EventBuffer } from '../../../electron/preload/event-buffer';

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('events that arrive before the page listens', () => {
  it('are handed to the first listener in order', async () => {
    const buffer = new EventBuffer<'note.openRequested'>();
    buffer.publish('note.openRequested', { path: '/a.helder' });
    buffer.publish('note.openRequested', { path: '/b.helder' });
    const seen: unknown[] = [];
    buffer.listen('note.openRequested', (payload) => seen.push(payload));
    await settle();
    expect(seen).toEqual([{ path: '/a.helder' }, { path: '/b.helder' }]);
  });

  it('go straight through once someone listens, and stop after unsubscribing', async () => {
    const buffer = new EventBuffer<'command.run'>();
    const seen: unknown[] = [];
    const stop = buffer.listen('command.run', (payload) => seen.push(payload));
    buffer.publish('command.run', { id: 'file.save' });
    stop();
    buffer.publish('command.run', { id: 'file.closeTab' });
    await settle();
    expect(seen).toEqual([{ id: 'file.save' }]);
  });

  it('keep at most the cap while nobody listens', async () => {
    const buffer = new EventBuffer<'command.run'>(3);
    for (let i = 0; i < 10; i += 1) buffer.publish('command.run', { id: `c${i}` });
    const seen: unknown[] = [];
    buffer.listen('command.run', (payload) => seen.push(payload));
    await settle();
    expect(seen).toHaveLength(3);
  });
});
