/** A typed event: listeners subscribe and get an unsubscribe function back. */
export class Emitter<T extends unknown[]> {
  private readonly listeners = new Set<(...args: T) => void>();

  on = (listener: (...args: T) => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  emit(...args: T) {
    this.listeners.forEach((listener) => listener(...args));
  }
}
