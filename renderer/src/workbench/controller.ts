import type { TFunction } from 'i18next';
import type { HelderApi, NoteSnapshot, Settings } from '../../../shared/contract';
import { countWords } from '../../../shared/document';
import { errorMessage } from '../platform/error-message';
import { setLanguage } from '../i18n';
import type { EditorHandle } from '../editor/NoteEditor';
import { Observable } from '../base/observable';
import { Emitter } from '../base/emitter';
import { initialState, type TabState, type WorkbenchState } from './state';
import type { NoteEvents, NoteInfo, Workbench } from './services';

const SESSION_DELAY_MS = 300;
/** How soon a save that failed on a full disk or a lock is tried again. */
const RETRY_SAVE_MS = 5_000;

const isPassingError = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && (error.code === 'disk.full' || error.code === 'note.locked');

/**
 * The workbench's actions. Views call these; commands call these; nothing else changes state.
 * Saving follows one rule: the editor's latest document is written a moment after typing stops,
 * and an explicit save also keeps a named revision.
 */
export class WorkbenchController implements Workbench {
  readonly store = new Observable<WorkbenchState>(initialState);
  private readonly opened = new Emitter<[NoteInfo]>();
  private readonly closed = new Emitter<[string]>();
  private readonly renamed = new Emitter<[string, string]>();
  private readonly saved = new Emitter<[string, 'auto' | 'named']>();
  /** Features keep their per-note state by these; the workbench itself knows no feature. */
  readonly events: NoteEvents = { onOpen: this.opened.on, onClose: this.closed.on, onRename: this.renamed.on, onSave: this.saved.on };
  private readonly settingsApplied = new Emitter<[Settings]>();
  /** Settings are applied to the workbench first, then handed to whoever listens (e.g. the checker). */
  readonly onSettingsApplied = this.settingsApplied.on;
  private readonly editors = new Map<string, EditorHandle>();
  private readonly autosaveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly autosavePendingSince = new Map<string, number>();
  private readonly saving = new Map<string, Promise<void>>();
  private sessionTimer: ReturnType<typeof setTimeout> | null = null;
  private toastId = 0;

  constructor(
    readonly api: HelderApi,
    readonly t: TFunction,
  ) {}

  get state() {
    return this.store.get();
  }

  activeTab(): TabState | undefined {
    return this.state.tabs.find((tab) => tab.path === this.state.active);
  }

  activeEditor(): EditorHandle | undefined {
    return this.state.active ? this.editors.get(this.state.active) : undefined;
  }

  // ---- start-up -------------------------------------------------------------------------

  async start() {
    try {
      const settings = await this.api.invoke('settings.get', {});
      this.applySettings(settings);
      const firstRun = await this.api.invoke('app.firstRun', {});
      const session = await this.api.invoke('session.get', {});
      const folder = session.werkmap ?? firstRun.werkmap;
      await this.openWerkmap(folder, { quiet: true });
      const notes = session.openNotes.length > 0 ? session.openNotes : firstRun.note ? [firstRun.note] : [];
      for (const path of notes) await this.openNote(path, { activate: false });
      const active = session.activeNote && this.findTab(session.activeNote) ? session.activeNote : (this.state.tabs[0]?.path ?? null);
      this.store.set({ active });
      this.store.set({ recent: await this.api.invoke('werkmap.recent', {}) });
    } catch (error) {
      this.toastError(error);
    } finally {
      this.store.set({ ready: true });
    }
  }

  // ---- werkmap --------------------------------------------------------------------------

  async openWerkmap(folder?: string, options: { quiet?: boolean } = {}) {
    try {
      const werkmap = await this.api.invoke('werkmap.open', folder ? { folder } : {});
      if (!werkmap) return;
      this.store.set({ werkmap, sideView: 'explorer' });
      this.store.set({ recent: await this.api.invoke('werkmap.recent', {}) });
      this.persistSession();
    } catch (error) {
      if (!options.quiet) this.toastError(error);
    }
  }

  async refreshWerkmap() {
    const folder = this.state.werkmap?.folder;
    if (!folder) return;
    try {
      this.store.set({ werkmap: await this.api.invoke('werkmap.list', { folder }) });
    } catch (error) {
      this.toastError(error);
    }
  }

  // ---- notes and tabs -------------------------------------------------------------------

  findTab(path: string) {
    return this.state.tabs.find((tab) => tab.path === path);
  }

  async openNote(path: string, options: { activate?: boolean } = {}) {
    if (this.findTab(path)) {
      if (options.activate !== false) this.activate(path);
      return;
    }
    try {
      const snapshot = await this.api.invoke('notes.open', { path });
      this.addTab(snapshot, options.activate !== false);
    } catch (error) {
      this.toastError(error);
    }
  }

  private addTab(snapshot: NoteSnapshot, activate: boolean) {
    const tab: TabState = {
      path: snapshot.path,
      title: snapshot.meta.title,
      initialDocument: snapshot.document,
      edits: 0,
      savedDocument: snapshot.document,
      save: 'saved',
      words: 0,
      readOnly: snapshot.reviewCopy || snapshot.readOnly !== null,
      readOnlyReason: snapshot.readOnly,
      reviewCopy: snapshot.reviewCopy,
      lastRevisionAt: null,
    };
    this.store.set((state) => ({ tabs: [...state.tabs, tab], active: activate || !state.active ? tab.path : state.active }));
    this.opened.emit({ path: snapshot.path, reviewCopy: snapshot.reviewCopy });
    this.persistSession();
  }

  /** "Kopie maken om verder te schrijven" for a note Helder opened read-only. */
  async saveCopy(path = this.state.active) {
    if (!path) return;
    try {
      const snapshot = await this.api.invoke('notes.saveCopy', { path });
      await this.refreshWerkmap();
      this.addTab(snapshot, true);
    } catch (error) {
      this.toastError(error);
    }
  }

  activate(path: string) {
    if (!this.findTab(path)) return;
    this.store.set({ active: path });
    this.persistSession();
  }

  async newNote() {
    const folder = this.state.werkmap?.folder;
    if (!folder) {
      await this.openWerkmap();
      if (!this.state.werkmap) return;
    }
    const title = await this.prompt(this.t('explorer.newNotePrompt'), '');
    if (!title) return;
    try {
      const snapshot = await this.api.invoke('notes.create', { folder: this.state.werkmap!.folder, title });
      // The explorer lists the note before its tab opens, so the tree's tab stop (the active note) exists.
      await this.refreshWerkmap();
      this.addTab(snapshot, true);
      this.tellIfNameChanged(title, snapshot.path);
    } catch (error) {
      this.toastError(error);
    }
  }

  async renameNote(path = this.state.active ?? undefined) {
    if (!path) return;
    const current = this.state.werkmap?.notes.find((note) => note.path === path)?.name.replace(/\.helder$/, '') ?? '';
    const newName = await this.prompt(this.t('explorer.renamePrompt'), current);
    if (!newName || newName === current) return;
    await this.flush(path);
    try {
      const { path: renamed } = await this.api.invoke('werkmap.rename', { path, newName });
      this.tellIfNameChanged(newName, renamed);
      // The title travels with the file, so the tab shows the new name after a restart too.
      const meta = await this.api.invoke('notes.setMeta', { path: renamed, title: newName }).catch(() => null);
      const tab = this.findTab(path);
      if (tab) {
        await this.api.invoke('notes.close', { path }).catch(() => undefined);
        const handle = this.editors.get(path);
        this.editors.delete(path);
        if (handle) this.editors.set(renamed, handle);
        // The editor is created afresh under the new path: it starts from what was just saved.
        this.updateTab(path, { path: renamed, title: meta?.title ?? newName, initialDocument: tab.savedDocument });
        if (this.state.active === path) this.store.set({ active: renamed });
        this.renamed.emit(path, renamed);
      }
      await this.refreshWerkmap();
      this.persistSession();
    } catch (error) {
      this.toastError(error);
    }
  }

  /** Characters a file name cannot hold were replaced by the store: say so instead of doing it silently. */
  private tellIfNameChanged(typed: string, path: string) {
    const file = (path.split(/[\\/]/).pop() ?? '').replace(/\.helder$/, '');
    if (file !== typed.trim()) this.toast(this.t('explorer.nameChanged', { name: file }));
  }

  async deleteNote(path = this.state.active ?? undefined) {
    if (!path) return;
    const name = path.split(/[\\/]/).pop() ?? path;
    if (!(await this.confirm(this.t('explorer.confirmDelete', { name })))) return;
    try {
      if (this.findTab(path)) await this.closeTab(path, { skipFlush: true });
      await this.api.invoke('werkmap.trash', { path });
      await this.refreshWerkmap();
    } catch (error) {
      this.toastError(error);
    }
  }

  async closeTab(path = this.state.active ?? undefined, options: { skipFlush?: boolean } = {}) {
    if (!path) return;
    if (!options.skipFlush) await this.flush(path);
    await this.api.invoke('notes.close', { path }).catch(() => undefined);
    this.editors.delete(path);
    this.closed.emit(path);
    this.store.set((state) => {
      const index = state.tabs.findIndex((tab) => tab.path === path);
      const tabs = state.tabs.filter((tab) => tab.path !== path);
      const active = state.active === path ? (tabs[Math.min(index, tabs.length - 1)]?.path ?? null) : state.active;
      return { tabs, active };
    });
    this.persistSession();
  }

  cycleTab(delta: number) {
    const { tabs, active } = this.state;
    if (tabs.length === 0) return;
    const index = tabs.findIndex((tab) => tab.path === active);
    const next = tabs[(index + delta + tabs.length) % tabs.length];
    if (next) this.activate(next.path);
  }

  moveTab(path: string, toIndex: number) {
    this.store.set((state) => {
      const tabs = [...state.tabs];
      const from = tabs.findIndex((tab) => tab.path === path);
      if (from < 0) return {};
      const [tab] = tabs.splice(from, 1);
      tabs.splice(Math.max(0, Math.min(toIndex, tabs.length)), 0, tab!);
      return { tabs };
    });
    this.persistSession();
  }

  moveActiveTab(delta: number) {
    const index = this.state.tabs.findIndex((tab) => tab.path === this.state.active);
    if (index >= 0 && this.state.active) this.moveTab(this.state.active, index + delta);
  }

  private updateTab(path: string, patch: Partial<TabState>) {
    this.store.set((state) => ({ tabs: state.tabs.map((tab) => (tab.path === path ? { ...tab, ...patch } : tab)) }));
  }

  // ---- editor ---------------------------------------------------------------------------

  registerEditor(path: string, handle: EditorHandle) {
    this.editors.set(path, handle);
    // The editor reports counts only on edits; the status bar needs them from the moment a note opens.
    this.editorStats(path, { words: countWords(handle.getText()) });
  }

  /** The editor reports edits without the document: it is serialised only when saved. */
  editorChanged(path: string, info: { words: number }, kind: 'edit' | 'counts') {
    const tab = this.findTab(path);
    if (!tab || tab.readOnly) return;
    if (kind === 'counts') {
      if (tab.words !== info.words) this.updateTab(path, { words: info.words });
      return;
    }
    this.updateTab(path, { edits: tab.edits + 1, words: info.words, save: tab.save === 'saving' ? 'saving' : 'unsaved' });
    this.scheduleAutosave(path);
  }

  editorStats(path: string, info: { words: number }) {
    const tab = this.findTab(path);
    if (tab && tab.words !== info.words) this.updateTab(path, { words: info.words });
  }

  /** Autosave waits for a pause in typing, but a writer who never pauses still gets a save this often. */
  private static readonly AUTOSAVE_MAX_WAIT_MS = 10_000;

  private scheduleAutosave(path: string) {
    clearTimeout(this.autosaveTimers.get(path));
    const since = this.autosavePendingSince.get(path) ?? Date.now();
    this.autosavePendingSince.set(path, since);
    const waited = Date.now() - since;
    const delay = waited >= WorkbenchController.AUTOSAVE_MAX_WAIT_MS ? 0 : this.state.settings.autosaveDelayMs;
    this.autosaveTimers.set(
      path,
      setTimeout(() => void this.save(path, 'auto'), delay),
    );
  }

  /** Writes the tab's latest document. Saves of one note never overlap: a new save waits for the last. */
  async save(path: string, kind: 'auto' | 'named', name?: string): Promise<void> {
    clearTimeout(this.autosaveTimers.get(path));
    this.autosaveTimers.delete(path);
    this.autosavePendingSince.delete(path);
    const previous = this.saving.get(path) ?? Promise.resolve();
    const run = previous.then(async () => {
      const tab = this.findTab(path);
      if (!tab || tab.readOnly) return;
      // A save takes what is on screen right now; reports from the editor are only signals.
      const editsAtStart = tab.edits;
      const document = this.editors.get(path)?.getDocument() ?? tab.savedDocument;
      if (kind === 'auto' && document === tab.savedDocument) {
        if (tab.save === 'unsaved') this.updateTab(path, { save: 'saved' }); // typed and undone
        return;
      }
      this.updateTab(path, { save: 'saving' });
      try {
        const result = await this.api.invoke('notes.save', { path, document, kind, ...(name ? { name } : {}) });
        const current = this.findTab(path);
        if (!current) return;
        this.updateTab(path, {
          savedDocument: document,
          save: current.edits === editsAtStart ? 'saved' : 'unsaved',
          lastRevisionAt: kind === 'named' ? result.savedAt : current.lastRevisionAt,
        });
        this.saved.emit(path, kind);
      } catch (error) {
        this.updateTab(path, { save: 'error' });
        this.toastError(error);
        // A full disk or a lock held by another program passes; try again without a keystroke.
        if (isPassingError(error)) this.autosaveTimers.set(path, setTimeout(() => void this.save(path, kind, name), RETRY_SAVE_MS));
      }
    });
    this.saving.set(path, run);
    await run;
  }

  async flush(path: string) {
    if (this.findTab(path)) await this.save(path, 'auto');
  }

  async flushAll() {
    await Promise.all(this.state.tabs.map((tab) => this.flush(tab.path)));
  }

  async saveRevision() {
    const path = this.state.active;
    if (!path) return;
    await this.save(path, 'named', new Date().toLocaleString(this.state.settings.language === 'en' ? 'en-GB' : 'nl-NL'));
  }

  // ---- layout ---------------------------------------------------------------------------

  /** From the activity bar a second click on the open view hides the side bar, as in VS Code. */
  showSideView(view: string, toggle = false) {
    const { sideView, sideBarVisible } = this.state;
    const hide = toggle && sideBarVisible && sideView === view;
    this.store.set({ sideView: view, sideBarVisible: !hide });
  }

  focusSideView(view: string) {
    this.store.set((state) => ({ sideView: view, sideBarVisible: true, focusRequest: { region: 'side', seq: (state.focusRequest?.seq ?? 0) + 1 } }));
  }

  focusPanel(view: string) {
    this.store.set((state) => ({ panelTab: view, panelVisible: true, focusRequest: { region: 'panel', seq: (state.focusRequest?.seq ?? 0) + 1 } }));
  }

  /** F6 / Shift+F6: the next main region (activity bar, side bar, editor, panel, status bar) takes the focus. */
  focusRegion(delta: 1 | -1) {
    const regions = [...document.querySelectorAll<HTMLElement>('[data-region]')].filter((region) => region.getClientRects().length > 0);
    if (regions.length === 0) return;
    const current = regions.findIndex((region) => region.contains(document.activeElement));
    const next = regions[(current + delta + regions.length) % regions.length]!;
    if (next.dataset.region === 'editor' && this.activeEditor()) this.activeEditor()!.focus();
    else focusInside(next);
  }

  toggleSideBar() {
    this.store.set((state) => ({ sideBarVisible: !state.sideBarVisible }));
  }

  togglePanel() {
    this.store.set((state) => ({ panelVisible: !state.panelVisible }));
  }

  showPanel(tab: string) {
    this.store.set({ panelVisible: true, panelTab: tab });
  }

  // ---- settings -------------------------------------------------------------------------

  private applySettings(settings: Settings) {
    document.documentElement.dataset.theme = settings.theme;
    setLanguage(settings.language);
    this.store.set({ settings });
    this.settingsApplied.emit(settings);
  }

  async updateSettings(patch: Partial<Settings>) {
    this.applySettings({ ...this.state.settings, ...patch });
    try {
      this.applySettings(await this.api.invoke('settings.set', patch));
    } catch (error) {
      this.toastError(error);
    }
  }

  // ---- dialogs and messages -------------------------------------------------------------

  prompt(title: string, value: string): Promise<string | null> {
    return new Promise((resolve) => {
      this.store.set({ overlay: { kind: 'prompt', title, value, resolve: (result) => (this.closeOverlay(), resolve(result)) } });
    });
  }

  confirm(message: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.store.set({ overlay: { kind: 'confirm', message, resolve: (ok) => (this.closeOverlay(), resolve(ok)) } });
    });
  }

  openOverlay(kind: 'palette' | 'quickOpen') {
    this.store.set({ overlay: { kind } });
  }

  closeOverlay() {
    this.store.set({ overlay: null });
    this.activeEditor()?.focus();
  }

  toast(text: string, kind: 'error' | 'info' = 'info') {
    const id = ++this.toastId;
    this.store.set((state) => ({ toasts: [...state.toasts.slice(-3), { id, text, kind }] }));
    setTimeout(() => this.dismissToast(id), kind === 'error' ? 12_000 : 5_000);
  }

  toastError(error: unknown) {
    this.toast(errorMessage(error, this.t), 'error');
  }

  announce(text: string) {
    this.store.set((state) => ({ announcement: { text, seq: (state.announcement?.seq ?? 0) + 1 } }));
  }

  dismissToast(id: number) {
    this.store.set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  }

  // ---- session --------------------------------------------------------------------------

  private persistSession() {
    if (this.sessionTimer) clearTimeout(this.sessionTimer);
    this.sessionTimer = setTimeout(() => {
      const { werkmap, tabs, active } = this.state;
      void this.api
        .invoke('session.set', { werkmap: werkmap?.folder ?? null, openNotes: tabs.map((tab) => tab.path), activeNote: active })
        .catch((error: unknown) => this.toastError(error));
    }, SESSION_DELAY_MS);
  }
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"], a[href]';

/** Focuses the view's chosen control ([data-focus-first]), else its first control, else the region itself. */
export function focusInside(region: HTMLElement) {
  const target = region.querySelector<HTMLElement>('[data-focus-first]') ?? region.querySelector<HTMLElement>(FOCUSABLE);
  if (target) target.focus();
  else {
    if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
    region.focus();
  }
}
