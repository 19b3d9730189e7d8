import type { Handlers } from '../dispatch';
import type { NoteStore } from '../note-store';
import { DismissalRepository } from './dismissal-repository';
import { loadDictionaryFile } from './load-dictionary';

type ChecksChannel = Extract<keyof Handlers, `checks.${string}`>;

/** The checks channels; `notePath` is the same path check createServices applies everywhere. */
export function createChecksHandlers(store: Pick<NoteStore, 'database'>, notePath: (file: string) => string, repository = new DismissalRepository()): Pick<Handlers, ChecksChannel> {
  return {
    'checks.listDismissals': ({ path }) => repository.list(store.database(notePath(path))),
    'checks.dismiss': ({ path, dismissal }) => repository.dismiss(store.database(notePath(path)), dismissal),
    'checks.loadDictionary': ({ path }) => loadDictionaryFile(path),
    'checks.undismiss': ({ path, id }) => ({ removed: repository.undismiss(store.database(notePath(path)), id) }),
  };
}
