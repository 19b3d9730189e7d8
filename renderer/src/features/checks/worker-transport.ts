// The one checker worker of the window, shared by every open note (see checker.worker.ts).
import type { CheckTransport } from './check-client';
import type { CheckerSettings, FromWorker, NoteOverride, ToWorker } from './protocol';

let worker: Worker | null = null;
const listeners = new Map<string, Set<(message: FromWorker) => void>>();
let lastSettings: CheckerSettings | null = null;
/** Notes' own settings, sent again if the worker is ever started anew. */
const noteOverrides = new Map<string, NoteOverride>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module', name: 'helder-checker' });
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const noteId = message && typeof message === 'object' && 'noteId' in message ? message.noteId : null;
    // Validation happens in each client; errors without a note go to all of them.
    if (noteId === null) for (const set of listeners.values()) set.forEach((listener) => listener(message));
    else listeners.get(noteId)?.forEach((listener) => listener(message));
  });
  worker.addEventListener('error', (event) => console.error('[helder] checker worker', event.message));
  if (lastSettings) worker.postMessage({ type: 'configure', settings: lastSettings } satisfies ToWorker);
  for (const [noteId, override] of noteOverrides) worker.postMessage({ type: 'noteOverride', noteId, override } satisfies ToWorker);
  return worker;
}

export const workerTransport: CheckTransport = {
  post(message) {
    ensureWorker().postMessage(message);
  },
  listen(noteId, listener) {
    let set = listeners.get(noteId);
    if (!set) {
      set = new Set();
      listeners.set(noteId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) listeners.delete(noteId);
    };
  },
};

/** New check settings (rules, thresholds, dictionaries, spelling): every open note is re-checked. */
export function configureChecker(settings: CheckerSettings): void {
  lastSettings = settings;
  ensureWorker().postMessage({ type: 'configure', settings } satisfies ToWorker);
}

/** A note's own settings over the writer's (null: the writer's settings); only that note is re-checked. */
export function configureNoteChecker(noteId: string, override: NoteOverride | null): void {
  if (override) noteOverrides.set(noteId, override);
  else if (!noteOverrides.delete(noteId)) return; // nothing to undo in the worker
  ensureWorker().postMessage({ type: 'noteOverride', noteId, override } satisfies ToWorker);
}
