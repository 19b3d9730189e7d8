import type { TFunction } from 'i18next';
import { $getRoot, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import type { HelderApi, NoteSnapshot, Settings } from '../../../shared/contract';
import { countWords } from '../../../shared/document';
import { errorMessage } from '../platform/error-message';
import { setLanguage } from '../i18n';
import type { EditorHandle } from '../editor/NoteEditor';
import { Store } from './store';
import { CommentsController } from '../comments/comments-controller';
import { ChecksBridge } from './checks-bridge';
import { VersionsController } from '../features/versions/versions-controller';
import type { OutlineHeading, PanelTab, SideView, TabState } from './state';

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
export class WorkbenchController {
  readonly store = new Store();
  /** The comment layer: threads, marks, review rounds (renderer/src/comments). */
  readonly comments: CommentsController = new CommentsController(this);
  /** The checks layer: sessions per note, dismissals, check settings (renderer/src/checks). */
  readonly checks: ChecksBridge = new ChecksBridge(this);
  /** Versions, compare, restore, the report, documents in and out (renderer/src/features/versions). */
  readonly versions: VersionsController = new VersionsController(this);
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
    void this.comments.load(snapshot.path);
    if (!snapshot.reviewCopy) void this.checks.load(snapshot.path);
    this.persistSession();
  }

  /** "Kopie maken om verder te schrijven" for a note Helder opened read-only. */
  async saveCopy(path = this.state.active) {
    if (!path) return;
    try {
      const snapshot = await this.api.invoke('notes.saveCopy', { path });
      this.addTab(snapshot, true);
      await this.refreshWerkmap();
    } catch (error) {
      this.toastError(error);
    }
  }

  activate(path: string) {
    if (!this.findTab(path)) return;
    // A hidden tab's editor keeps its outline; ask it, since it only reports changes.
    this.store.set({ active: path, outline: this.editors.get(path)?.getOutline() ?? [] });
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
      this.addTab(snapshot, true);
      await this.refreshWerkmap();
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
      const tab = this.findTab(path);
      if (tab) {
        await this.api.invoke('notes.close', { path }).catch(() => undefined);
        const handle = this.editors.get(path);
        this.editors.delete(path);
        if (handle) this.editors.set(renamed, handle);
        this.updateTab(path, { path: renamed });
        this.comments.forget(path);
        void this.comments.load(renamed);
        this.checks.forget(path);
        void this.checks.load(renamed);
        if (this.state.active === path) this.store.set({ active: renamed });
      }
      await this.refreshWerkmap();
      this.persistSession();
    } catch (error) {
      this.toastError(error);
    }
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
    this.comments.forget(path);
    this.checks.forget(path);
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

  /**
   * Puts a whole document into an open editor (a restored version). It is one editor update, so
   * Ctrl+Z in the editor takes it back too; the change is saved like typing.
   */
  replaceDocument(path: string, document: string) {
    const handle = this.editors.get(path);
    if (!handle) return;
    const blocks = (JSON.parse(document) as { root: { children: SerializedLexicalNode[] } }).root.children;
    handle.editor.update(() => {
      const root = $getRoot();
      root.clear();
      for (const block of blocks) root.append($parseSerializedNode(block));
    });
  }

  setOutline(outline: OutlineHeading[]) {
    this.store.set({ outline });
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
  showSideView(view: SideView, toggle = false) {
    const { sideView, sideBarVisible } = this.state;
    const hide = toggle && sideBarVisible && sideView === view;
    this.store.set({ sideView: view, sideBarVisible: !hide });
  }

  toggleSideBar() {
    this.store.set((state) => ({ sideBarVisible: !state.sideBarVisible }));
  }

  togglePanel() {
    this.store.set((state) => ({ panelVisible: !state.panelVisible }));
  }

  showPanel(tab: PanelTab) {
    this.store.set({ panelVisible: true, panelTab: tab });
  }

  // ---- settings -------------------------------------------------------------------------

  private applySettings(settings: Settings) {
    document.documentElement.dataset.theme = settings.theme;
    setLanguage(settings.language);
    this.store.set({ settings });
    void this.checks.apply(settings.checks);
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
