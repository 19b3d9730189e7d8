import path from 'node:path';
import { HelderError } from '../../../shared/contract';
import { isReviewCopy } from '../comments';
import type { Handlers } from '../dispatch';
import type { NoteStore } from '../note-store';
import { DismissalRepository } from './dismissal-repository';
import { loadDictionaryFile } from './load-dictionary';
import { NoteSettingsRepository } from './note-settings-repository';

/** A word list path from the renderer: absolute, a .json file, no control characters. */
function dictionaryPath(file: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(file) || !path.isAbsolute(file)) throw new HelderError('ipc.invalidRequest', { reason: 'path' });
  if (path.extname(file).toLowerCase() !== '.json') throw new HelderError('dictionary.invalid', { file: path.basename(file), reason: 'dit is geen .json-bestand' });
  return path.resolve(file);
}

type ChecksChannel = Extract<keyof Handlers, `checks.${string}`>;

/** The checks channels; `notePath` is the same path check createServices applies everywhere. */
export function createChecksHandlers(
  store: Pick<NoteStore, 'database' | 'writableDatabase'>,
  notePath: (file: string) => string,
  repository = new DismissalRepository(),
  noteSettings = new NoteSettingsRepository(),
): Pick<Handlers, ChecksChannel> {
  return {
    'checks.listDismissals': ({ path }) => repository.list(store.database(notePath(path))),
    'checks.dismiss': ({ path, dismissal }) => repository.dismiss(store.writableDatabase(notePath(path)), dismissal),
    'checks.loadDictionary': ({ path: file }) => loadDictionaryFile(dictionaryPath(file)),
    'checks.undismiss': ({ path, id }) => ({ removed: repository.undismiss(store.writableDatabase(notePath(path)), id) }),
    'checks.getNoteSettings': ({ path }) => noteSettings.get(store.database(notePath(path))),
    'checks.setNoteSettings': ({ path: file, override }) => {
      const db = store.writableDatabase(notePath(file));
      // A review copy is read as exported, the checks it was written with included.
      if (isReviewCopy(db)) throw new HelderError('note.readOnly', { file: path.basename(file) });
      return noteSettings.set(db, override);
    },
  };
}
