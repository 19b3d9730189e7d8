import { useSyncExternalStore } from 'react';

/**
 * The one observable value of the renderer: the workbench state, each feature's own state and
 * per-note maps are all one of these. React reads it with a selector through useObservable.
 */
export class Observable<T extends object> {
  private readonly listeners = new Set<() => void>();
  constructor(private value: T) {}

  get = () => this.value;

  set(patch: Partial<T> | ((value: T) => Partial<T>)) {
    const next = typeof patch === 'function' ? patch(this.value) : patch;
    this.value = { ...this.value, ...next };
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

export function useObservable<T extends object, R>(observable: Observable<T>, select: (value: T) => R): R {
  return useSyncExternalStore(observable.subscribe, () => select(observable.get()));
}
