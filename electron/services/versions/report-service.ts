// The Leesbaarheidsrapport of a note: the current text, checked; its versions for the trend;
// the change since the newest version with other text; the dismissed findings with reasons; the
// advisor's review notes (advies threads) on the words they quote.
import type { Comparison, ReportFormat, ReportModel } from '../../../shared/contract';
import { toBlocks } from '../../../shared/document';
import { adviceEntries, buildReport, reportHtml } from '../../../shared/report';
import { readThreads } from '../comments/repository';
import { DismissalRepository } from '../checks/dismissal-repository';
import { reportPdf } from '../documents/report-pdf';
import { writeBeside } from '../documents/write-beside';
import type { NoteStore } from '../note-store';
import type { VersionService } from './version-service';

/** How many versions back to look for one whose text differs from the current text. */
const LOOK_BACK = 20;

export class ReportService {
  constructor(
    private readonly store: NoteStore,
    private readonly versions: VersionService,
    private readonly dismissals = new DismissalRepository(),
    private readonly now: () => Date = () => new Date(),
  ) {}

  async build(file: string): Promise<ReportModel> {
    const note = this.store.openNote(file);
    const blocks = toBlocks(note.document);
    const result = (await this.versions.checker()).checkDocument(blocks);
    const versions = await this.versions.list(file);
    let changes: Comparison | null = null;
    for (const version of versions.slice(0, LOOK_BACK)) {
      if (this.versions.document(file, version.id) === note.document) continue;
      changes = await this.versions.compare(file, version.id, 'current');
      break;
    }
    const newestNamed = versions.find((version) => version.kind === 'named' && version.name);
    return buildReport({
      title: note.meta.title,
      author: note.meta.author,
      version: versions.length > 0 && versions[0]!.kind === 'named' && this.versions.document(file, versions[0]!.id) === note.document ? (versions[0]!.name ?? 'Huidige tekst') : `Huidige tekst${newestNamed?.name ? ` (na ${newestNamed.name})` : ''}`,
      date: this.now().toISOString(),
      blocks,
      result,
      dismissals: this.dismissals.list(this.store.database(file)),
      versions,
      changes,
      advice: adviceEntries(readThreads(this.store.database(file)), blocks),
    });
  }

  async render(file: string, format: ReportFormat): Promise<Buffer | string> {
    const model = await this.build(file);
    if (format === 'json') return `${JSON.stringify(model, null, 2)}\n`;
    return format === 'html' ? reportHtml(model) : reportPdf(model);
  }

  async exportToFile(file: string, format: ReportFormat): Promise<string> {
    const extension = format === 'json' ? '.json' : format === 'html' ? '.html' : '.pdf';
    return writeBeside(file, ' leesbaarheidsrapport', extension, await this.render(file, format));
  }
}
