// The Versies view, compare, restore, the Leesbaarheidsrapport and documents in and out, as the
// feature's commands and views drive them. State lives here, apart from the workbench state.
import type { Comparison, DocumentFormat, ReportFormat, ReportModel, VersionInfo, VersionRef } from '../../../../shared/contract';
import { Observable } from '../../base/observable';
import type { Workbench } from '../../workbench/services';
import { replaceDocument } from './replace-document';

export interface VersionsState {
  path: string | null;
  versions: VersionInfo[];
  loading: boolean;
  comparison: Comparison | null;
  comparing: boolean;
  report: ReportModel | null;
  /** The version kept just before the last restore: "Herstel ongedaan maken" brings it back. */
  undo: { path: string; revisionId: number } | null;
  /** Text of a version opened to read or copy from. */
  reading: { id: number; text: string } | null;
}

export class VersionsController {
  readonly state = new Observable<VersionsState>({ path: null, versions: [], loading: false, comparison: null, comparing: false, report: null, undo: null, reading: null });

  constructor(private readonly wb: Workbench) {}

  private get api() {
    return this.wb.api;
  }

  private active(): string | null {
    return this.wb.state.active;
  }

  async show() {
    this.wb.showPanel('versions');
    await this.refresh();
  }

  async refresh() {
    const path = this.active();
    if (!path) return;
    this.state.set((state) => ({ path, loading: true, ...(state.path !== path ? { comparison: null, reading: null } : {}) }));
    try {
      // Pending typing first, so "huidige tekst" is what the writer sees.
      await this.wb.flush(path);
      const versions = await this.api.invoke('versions.list', { path });
      if (this.active() === path) this.state.set({ versions });
    } catch (error) {
      this.wb.toastError(error);
    } finally {
      this.state.set({ loading: false });
    }
  }

  async compare(from: VersionRef, to: VersionRef) {
    const path = this.active();
    if (!path) return;
    this.state.set({ comparing: true });
    try {
      await this.wb.flush(path);
      this.state.set({ comparison: await this.api.invoke('versions.compare', { path, from, to }) });
    } catch (error) {
      this.wb.toastError(error);
    } finally {
      this.state.set({ comparing: false });
    }
  }

  /** Palette: the newest version against the current text. */
  async compareLatest() {
    await this.show();
    const newest = this.state.get().versions[0];
    if (!newest) {
      this.wb.toast(this.wb.t('versions.none'));
      return;
    }
    await this.compare(newest.id, 'current');
  }

  async read(id: number) {
    const path = this.active();
    if (!path) return;
    try {
      const { text } = await this.api.invoke('versions.document', { path, id });
      this.state.set({ reading: { id, text } });
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  async restore(id: number) {
    const path = this.active();
    const version = this.state.get().versions.find((item) => item.id === id);
    if (!path || !version) return;
    const label = version.name ?? this.wb.t('versions.autosave');
    if (!(await this.wb.confirm(this.wb.t('versions.confirmRestore', { name: label })))) return;
    await this.restoreNow(path, id, label);
  }

  private async restoreNow(path: string, id: number, label: string) {
    try {
      await this.wb.flush(path);
      const result = await this.api.invoke('versions.restore', {
        path,
        id,
        keepName: this.wb.t('versions.keptBeforeRestore'),
        restoredName: this.wb.t('versions.restoredName', { name: label }),
      });
      replaceDocument(this.wb, path, result.document);
      this.state.set({ undo: { path, revisionId: result.keptRevisionId }, comparison: null });
      this.wb.toast(this.wb.t('versions.restored', { name: label }));
      await this.refresh();
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  canUndoRestore(): boolean {
    const undo = this.state.get().undo;
    return undo !== null && undo.path === this.active();
  }

  async undoRestore() {
    const undo = this.state.get().undo;
    if (!undo || undo.path !== this.active()) return;
    this.state.set({ undo: null });
    await this.restoreNow(undo.path, undo.revisionId, this.wb.t('versions.keptBeforeRestore'));
    this.state.set({ undo: null });
  }

  async showReport() {
    const path = this.active();
    if (!path) return;
    this.wb.showPanel('report');
    try {
      await this.wb.flush(path);
      this.state.set({ report: await this.api.invoke('report.build', { path }) });
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  async exportReport(format: ReportFormat) {
    const path = this.active();
    if (!path) return;
    try {
      await this.wb.flush(path);
      const { file } = await this.api.invoke('report.export', { path, format });
      await this.wb.refreshWerkmap();
      this.wb.toast(this.wb.t('report.exported', { file }));
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  async exportDocument(format: DocumentFormat, options: { comments?: boolean; titlePage?: boolean } = {}) {
    const path = this.active();
    if (!path) return;
    try {
      await this.wb.flush(path);
      const { file } = await this.api.invoke('documents.export', { path, format, comments: options.comments ?? false, titlePage: options.titlePage ?? false });
      await this.wb.refreshWerkmap();
      this.wb.toast(this.wb.t('documents.exported', { file }));
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /** Word, Markdown or plain text in: a new note in the werkmap; the file itself is only read. */
  async importDocument() {
    const folder = this.wb.state.werkmap?.folder;
    if (!folder) {
      this.wb.toast(this.wb.t('documents.noWerkmap'), 'error');
      return;
    }
    const source = await this.wb.prompt(this.wb.t('documents.importPrompt'), '');
    if (!source || source.trim() === '') return;
    try {
      const { note, notices } = await this.api.invoke('documents.import', { source: source.trim(), folder });
      await this.wb.refreshWerkmap();
      await this.wb.openNote(note.path);
      this.wb.toast(this.wb.t('documents.imported', { title: note.meta.title }));
      for (const notice of notices) this.wb.toast(this.wb.t(`documents.notice.${notice.code}`, { count: notice.count }));
    } catch (error) {
      this.wb.toastError(error);
    }
  }
}
