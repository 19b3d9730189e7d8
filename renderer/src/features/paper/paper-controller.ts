// The paper round's actions: make the packet, type returned forms back, write the panel summary.
// The comments feature owns the threads; after typing back it is asked to read them again.
import type { PaperEntryInput, PaperEntrySummary, PaperPacketInfo, Stance, SummaryFormat } from '../../../../shared/contract';
import { Observable } from '../../base/observable';
import type { CommandRegistry } from '../../commands/registry';
import type { Workbench } from '../../workbench/services';

/** One row of the typing-back form, as text fields (a half-typed row must not be lost). */
export interface EntryRow {
  key: number;
  page: string;
  line: string;
  words: string;
  stance: Stance;
  body: string;
  name: string;
  /** Why the row was not stored last time (i18n key), shown beside it. */
  problem?: string;
}

export type PaperDialog =
  | { kind: 'enter'; path: string; packets: PaperPacketInfo[] }
  | { kind: 'summary'; path: string };

export interface PaperState {
  dialog: PaperDialog | null;
}

let nextKey = 1;
export const emptyRow = (): EntryRow => ({ key: nextKey++, page: '', line: '', words: '', stance: 'vraag', body: '', name: '' });

/** A row as the contract wants it, or the i18n key of what is wrong with it. */
export function rowToEntry(row: EntryRow): PaperEntryInput | string {
  const page = Number(row.page);
  const line = Number(row.line);
  if (!Number.isInteger(page) || page < 1) return 'paper.problem.page';
  if (!Number.isInteger(line) || line < 1 || line > 200) return 'paper.problem.line';
  return { page, line, words: row.words.trim(), stance: row.stance, body: row.body.trim(), name: row.name.trim() };
}

/** A row that was never touched is not a comment. */
export const isBlank = (row: EntryRow) => row.page.trim() === '' && row.line.trim() === '' && row.words.trim() === '' && row.body.trim() === '' && row.name.trim() === '';

export class PaperController {
  readonly store = new Observable<PaperState>({ dialog: null });

  constructor(
    private readonly wb: Workbench,
    private readonly commands: CommandRegistry,
  ) {}

  private get active(): string | null {
    return this.wb.state.active;
  }

  close() {
    this.store.set({ dialog: null });
  }

  async makePacket() {
    const path = this.active;
    if (!path) return;
    try {
      await this.wb.flush(path);
      const { file, packet } = await this.wb.api.invoke('paper.make', { path });
      await this.wb.refreshWerkmap();
      this.wb.toast(this.wb.t('paper.made', { number: packet.number, file }));
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  async openEntry() {
    const path = this.active;
    if (!path) return;
    try {
      const packets = await this.wb.api.invoke('paper.packets', { path });
      if (packets.length === 0) {
        this.wb.toast(this.wb.t('paper.noPacket'), 'error');
        return;
      }
      this.store.set({ dialog: { kind: 'enter', path, packets } });
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /** Sends the typed entries; the comments feature reads the note's threads again afterwards. */
  async enter(path: string, roundId: string, entries: PaperEntryInput[]): Promise<PaperEntrySummary | null> {
    try {
      await this.wb.flush(path);
      const summary = await this.wb.api.invoke('paper.enter', { path, roundId, entries });
      await this.commands.run('comments.reload');
      return summary;
    } catch (error) {
      this.wb.toastError(error);
      return null;
    }
  }

  openSummary() {
    const path = this.active;
    if (path) this.store.set({ dialog: { kind: 'summary', path } });
  }

  async exportSummary(path: string, format: SummaryFormat, anonymous: boolean) {
    try {
      await this.wb.flush(path);
      const { file } = await this.wb.api.invoke('panel.exportSummary', { path, format, anonymous });
      await this.wb.refreshWerkmap();
      this.wb.toast(this.wb.t('paper.summaryWritten', { file }));
      this.close();
    } catch (error) {
      this.wb.toastError(error);
    }
  }
}
