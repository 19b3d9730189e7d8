import path from 'node:path';
import { HelderError, type EventName, type EventOf } from '../../shared/contract';
import { createChecksHandlers } from './checks';
import { CommentService, createCommentHandlers } from './comments';
import { DocumentService } from './documents/document-service';
import type { Handlers } from './dispatch';
import { firstRun } from './first-run';
import { NOTE_EXTENSION, NoteStore } from './note-store';
import { createPaperHandlers, PaperService } from './paper';
import { removeStaleTempDirs } from './note-store/temp-files';
import { SettingsStore } from './settings';
import { createNotUnderstoodHandlers, NotUnderstoodService } from './not-understood';
import { createVersionHandlers, ReportService, VersionService } from './versions';
import { WerkmapService } from './werkmap';

export interface ServiceOptions {
  /** settings.json, session.json */
  userDataDir: string;
  /** Parent folder for the first-run sample werkmap. */
  sampleDir: string;
  /** Electron: shell.trashItem; test host: move to a folder. */
  trashItem(path: string): Promise<void>;
  /** Electron: folder dialog; test host: returns null. */
  chooseFolder(): Promise<string | null>;
  /** Electron: a file dialog for .helder files (empty when cancelled); absent in the test host. */
  chooseNoteFiles?(): Promise<string[]>;
  /** Only called with http(s) URLs, checked by the handler. */
  openExternal(url: string): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  /** better-sqlite3 build for Electron's ABI; the Node build is used when absent. */
  nativeBinding?: string;
}

/** Paths from the renderer must be absolute and name a .helder file; anything else is refused. */
function notePath(file: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(file)) throw new HelderError('note.badPath', {});
  if (!path.isAbsolute(file)) throw new HelderError('ipc.invalidRequest', { reason: 'path' });
  if (!file.toLowerCase().endsWith(NOTE_EXTENSION)) throw new HelderError('note.notHelder', { file: path.basename(file) });
  return path.resolve(file);
}

function folderPath(folder: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(folder)) throw new HelderError('note.badPath', {});
  if (!path.isAbsolute(folder)) throw new HelderError('ipc.invalidRequest', { reason: 'path' });
  return path.resolve(folder);
}

function assertWebUrl(url: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new HelderError('link.notAllowed', { url: url.slice(0, 200) });
}

/**
 * Builds the handler for every IPC channel. Electron main and the browser test host both call
 * this and route requests through `dispatch`, so the app and the e2e tests run the same code.
 */
export function createServices(options: ServiceOptions): { handlers: Handlers; dispose(): void } {
  // Scratch copies left by a Helder that was killed mid-export or mid-check hold note text.
  removeStaleTempDirs();
  const store = new NoteStore({ nativeBinding: options.nativeBinding });
  const settings = new SettingsStore(options.userDataDir);
  const comments = new CommentService(store, { nativeBinding: options.nativeBinding, language: () => settings.get().language });
  const versions = new VersionService(store);
  const reports = new ReportService(store, versions);
  const documents = new DocumentService(store, comments);
  const notUnderstood = new NotUnderstoodService(store, settings, { nativeBinding: options.nativeBinding });
  const paper = new PaperService(store, versions, { author: () => settings.get().authorName });
  const werkmap = new WerkmapService({ store, settings, trashItem: options.trashItem, emit: options.emit, nativeBinding: options.nativeBinding });

  const handlers: Handlers = {
    'notes.create': ({ folder, title }) => store.createNote(folderPath(folder), title, { author: settings.get().authorName }),
    'notes.open': ({ path: file }) => {
      const note = notePath(file);
      const first = !store.isOpen(note);
      const snapshot = store.openNote(note);
      // The page asks for the thread list next; reading it while the page builds the editor keeps it off the wait.
      if (first) comments.readAhead(note);
      return snapshot;
    },
    'notes.save': ({ path: file, document, title, kind, name }) => {
      const saved = store.save(notePath(file), document, { kind, name, title });
      if (saved.revisionId !== null) {
        versions.recordRevision(notePath(file), saved.revisionId, settings.get().authorName);
        // Score the new version after the reply, so the Versies view finds it cached.
        setTimeout(() => void versions.cacheStats(notePath(file)), 50);
      }
      return saved;
    },
    'notes.setMeta': ({ path: file, ...patch }) => store.setMeta(notePath(file), patch),
    'notes.revisions': ({ path: file }) => store.revisions(notePath(file)),
    'notes.saveCopy': ({ path: file }) => store.saveCopy(notePath(file), { author: settings.get().authorName }),
    'notes.close': ({ path: file }) => ({ closed: store.close(notePath(file)) }),

    'werkmap.open': async ({ folder }) => {
      const chosen = folder ?? (await options.chooseFolder());
      return chosen === null ? null : werkmap.open(folderPath(chosen));
    },
    'werkmap.list': ({ folder }) => werkmap.list(folderPath(folder)),
    'werkmap.rename': ({ path: file, newName }) => ({ path: werkmap.rename(notePath(file), newName) }),
    'werkmap.trash': async ({ path: file }) => ({ trashed: await werkmap.trash(notePath(file)) }),
    'werkmap.recent': () => werkmap.recent(),

    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.set(patch),
    'session.get': () => settings.getSession(),
    'session.set': (session) => settings.setSession(session),

    'app.firstRun': () => firstRun(store, settings, options.sampleDir),
    'app.chooseNoteFiles': async () => (options.chooseNoteFiles ? (await options.chooseNoteFiles()).filter((file) => file.toLowerCase().endsWith(NOTE_EXTENSION)) : null),
    'app.openExternal': async ({ url }) => {
      assertWebUrl(url);
      await options.openExternal(url);
      return { opened: true };
    },

    ...createCommentHandlers(comments, notePath),
    ...createChecksHandlers(store, notePath),
    ...createPaperHandlers(paper, notePath),
    ...createNotUnderstoodHandlers(notUnderstood, notePath, folderPath),
    ...createVersionHandlers({
      versions,
      reports,
      documents,
      notePath,
      folderPath,
      sourcePath: (file) => {
        if (!path.isAbsolute(file)) throw new HelderError('ipc.invalidRequest', { reason: 'path' });
        return path.resolve(file);
      },
      author: () => settings.get().authorName,
    }),
  };

  return {
    handlers,
    dispose() {
      werkmap.dispose();
      store.closeAll();
    },
  };
}

export { dispatch, type Handlers, type Reply } from './dispatch';
export { NoteStore } from './note-store';
export { SettingsStore } from './settings';
export { WerkmapService } from './werkmap';
