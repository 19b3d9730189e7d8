import path from 'node:path';
import { HelderError } from '../../../shared/contract';
import { isReviewCopy } from '../comments';
import type { Handlers } from '../dispatch';
import type { NoteStore } from '../note-store';
import { DismissalRepository } from './dismissal-repository';
import { loadDictionaryFile } from './load-dictionary';
import { NoteSettingsRepository } from './note-settings-repository';

type ChecksChannel = Extract<keyof Handlers, `checks.${string}`>;

/** The checks channels; `notePath` is the same path check createServices applies everywhere. */
export function createChecksHandlers(
  store: Pick<NoteStore, 'database'>,
  notePath: (file: string) => string,
  repository = new DismissalRepository(),
  noteSettings = new NoteSettingsRepository(),
): Pick<Handlers, ChecksChannel> {
  return {
    'checks.listDismissals': ({ path }) => repository.list(store.database(notePath(path))),
    'checks.dismiss': ({ path, dismissal }) => repository.dismiss(store.database(notePath(path)), dismissal),
    'checks.loadDictionary': ({ path }) => loadDictionaryFile(path),
    'checks.undismiss': ({ path, id }) => ({ removed: repository.undismiss(store.database(notePath(path)), id) }),
    'checks.getNoteSettings': ({ path }) => noteSettings.get(store.database(notePath(path))),
    'checks.setNoteSettings': ({ path: file, override }) => {
      const db = store.database(notePath(file));
      // A review copy is read as exported, the checks it was written with included.
      if (isReviewCopy(db)) throw new HelderError('note.readOnly', { file: path.basename(file) });
      return noteSettings.set(db, override);
    },
  };
}
