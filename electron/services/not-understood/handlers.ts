import type { Handlers } from '../dispatch';
import type { NotUnderstoodService } from './not-understood-service';

type NotUnderstoodChannel = Extract<keyof Handlers, `notUnderstood.${string}`>;

/** The "niet begrepen" channels; `notePath` and `folderPath` are the checks createServices applies everywhere. */
export function createNotUnderstoodHandlers(service: NotUnderstoodService, notePath: (file: string) => string, folderPath: (folder: string) => string): Pick<Handlers, NotUnderstoodChannel> {
  return {
    'notUnderstood.list': ({ path: file }) => service.list(notePath(file)),
    'notUnderstood.add': ({ path: file, ...input }) => service.add(notePath(file), input),
    'notUnderstood.remove': ({ path: file, id }) => ({ removed: service.remove(notePath(file), id) }),
    'notUnderstood.words': ({ path: file, folder }) =>
      service.words(file !== undefined ? { path: notePath(file) } : folder !== undefined ? { folder: folderPath(folder) } : {}),
    // The list's file comes from the check settings (main's own), or a fixed name in the werkmap:
    // the renderer cannot point this write at any other file.
    'notUnderstood.addToOrganisationList': ({ entry, folder }) => service.addToOrganisationList(entry, folder === undefined ? undefined : folderPath(folder)),
  };
}
