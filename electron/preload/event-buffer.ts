type Listener = (payload: unknown) => void;

/**
 * Fan-out of events to listeners, holding back what arrives while nobody listens yet. The cap
 * keeps a renderer that never subscribes from growing memory without bound.
 */
export class EventBuffer<K extends string> {
  private readonly listeners = new Map<K, Set<Listener>>();
  private readonly waiting = new Map<K, unknown[]>();

  constructor(private readonly cap = 50) {}

  publish(key: K, payload: unknown): void {
    const set = this.listeners.get(key);
    if (set && set.size > 0) {
      set.forEach((listener) => listener(payload));
      return;
    }
    const queue = this.waiting.get(key) ?? [];
    if (queue.length < this.cap) queue.push(payload);
    this.waiting.set(key, queue);
  }

  listen(key: K, listener: Listener): () => void {
    const set = this.listeners.get(key) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(key, set);
    const queued = this.waiting.get(key);
    if (queued) {
      this.waiting.delete(key);
      // Delivered after the caller has its unsubscribe function, as if they had just arrived.
      queueMicrotask(() => queued.forEach((payload) => listener(payload)));
    }
    return () => {
      set.delete(listener);
    };
  }
}
