import { useSyncExternalStore } from 'react';
import { initialState, type WorkbenchState } from './state';

type Listener = () => void;

/** A tiny observable store: the workbench state lives here, React reads it with a selector. */
export class Store {
  private state: WorkbenchState = initialState;
  private readonly listeners = new Set<Listener>();

  get = () => this.state;

  set(patch: Partial<WorkbenchState> | ((state: WorkbenchState) => Partial<WorkbenchState>)) {
    const next = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...next };
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function useStore<T>(store: Store, select: (state: WorkbenchState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
