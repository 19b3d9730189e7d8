import { useSyncExternalStore } from 'react';
import type { CheckClient, CheckSnapshot } from './check-client';

const noClient: CheckSnapshot = {
  findings: [],
  dismissed: [],
  sections: [],
  readability: null,
  fresh: true,
  counts: { error: 0, warning: 0, info: 0 },
  revision: 0,
};
const subscribeNothing = () => () => {};

/** The current results of a note, re-rendering when they change. */
export function useCheckSnapshot(client: CheckClient | null): CheckSnapshot {
  return useSyncExternalStore(client ? client.subscribe : subscribeNothing, client ? client.getSnapshot : () => noClient);
}
