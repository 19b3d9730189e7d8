import type { Handlers } from '../dispatch';
import type { DocumentService } from '../documents/document-service';
import type { ReportService } from './report-service';
import type { VersionService } from './version-service';

type Channel = Extract<keyof Handlers, `versions.${string}` | `report.${string}` | `documents.${string}`>;

export interface VersionHandlerDeps {
  versions: VersionService;
  reports: ReportService;
  documents: DocumentService;
  notePath(file: string): string;
  folderPath(folder: string): string;
  sourcePath(file: string): string;
  author(): string;
}

/** The versions, report and documents channels; paths are checked as everywhere else. */
export function createVersionHandlers(deps: VersionHandlerDeps): Pick<Handlers, Channel> {
  const { versions, reports, documents, notePath } = deps;
  return {
    'versions.list': ({ path }) => versions.list(notePath(path)),
    'versions.compare': ({ path, from, to }) => versions.compare(notePath(path), from, to),
    'versions.document': ({ path, id }) => versions.text(notePath(path), id),
    'versions.restore': ({ path, id, keepName, restoredName }) => versions.restore(notePath(path), id, { keepName, restoredName }, deps.author()),
    'report.build': ({ path }) => reports.build(notePath(path)),
    'report.export': async ({ path, format }) => ({ file: await reports.exportToFile(notePath(path), format) }),
    'documents.import': ({ source, folder }) => documents.importFile(deps.sourcePath(source), deps.folderPath(folder), deps.author()),
    'documents.export': async ({ path, format, comments, titlePage }) => ({ file: await documents.exportFile(notePath(path), format, { comments, titlePage }) }),
  };
}
