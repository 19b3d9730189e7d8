import { Observable, useObservable } from '../../base/observable';
import type { CheckSettings, NoteCheckOverride, StoredDismissal } from '../../../../shared/contract';
import { checkerConfigOf, noteOverrideOf } from './checker-config';
import type { CheckSession } from './session';
import type { Dismissal } from './dismissals';
import { configureChecker, configureNoteChecker } from './worker-transport';
import { setHighlightDisplay } from './highlight-styles';
import type { Workbench } from '../../workbench/services';

const none: readonly StoredDismissal[] = Object.freeze([]);

/**
 * Connects the checks layer to the workbench: one check session per open note (handed over by the
 * editor), the note's stored dismissals and own check settings, and the user's check settings
 * sent to the worker.
 */
export class ChecksBridge {
  private readonly sessions = new Map<string, CheckSession>();
  private readonly dismissals = new Map<string, readonly StoredDismissal[]>();
  private readonly noteSettings = new Map<string, NoteCheckOverride>();
  /** Bumped when sessions, dismissals or a note's settings change; views re-render on it. */
  readonly changes = new Observable({ version: 0 });
  private configured = '';
  /** The one switch for all checks (command and status bar); it lasts for this session of the app. */
  readonly switch = new Observable({ on: true });
  /** Focus mode: only errors are drawn in the text (command, key and status bar); also for this session. */
  readonly focus = new Observable({ errorsOnly: false });

  constructor(private readonly wb: Workbench) {
    wb.events.onOpen(({ path, reviewCopy }) => void (reviewCopy ? undefined : this.load(path)));
    wb.events.onClose((path) => this.forget(path));
    wb.events.onRename((from, to) => {
      this.forget(from);
      void this.load(to);
    });
    wb.onSettingsApplied((settings) => void this.apply(settings.checks));
  }

  private changed() {
    this.changes.set(({ version }) => ({ version: version + 1 }));
  }

  session(path: string | null): CheckSession | null {
    return path ? (this.sessions.get(path) ?? null) : null;
  }

  activeSession(): CheckSession | null {
    return this.session(this.wb.state.active);
  }

  setSession(path: string, session: CheckSession | null) {
    if ((this.sessions.get(path) ?? null) === session) return;
    if (session) this.sessions.set(path, session);
    else this.sessions.delete(path);
    this.changed();
  }

  toggleAll() {
    const on = !this.switch.get().on;
    this.switch.set({ on });
    this.wb.announce(this.wb.t(on ? 'checks.switch.on' : 'checks.switch.off'));
  }

  toggleFocus() {
    const errorsOnly = !this.focus.get().errorsOnly;
    this.focus.set({ errorsOnly });
    setHighlightDisplay({ errorsOnly });
    // The sentence markers in the margin follow through CSS (checks.css).
    if (errorsOnly) document.documentElement.dataset.checkFocus = 'errors';
    else delete document.documentElement.dataset.checkFocus;
    this.wb.announce(this.wb.t(errorsOnly ? 'checks.focus.on' : 'checks.focus.off'));
  }

  dismissalsOf(path: string): readonly Dismissal[] {
    return this.dismissals.get(path) ?? none;
  }

  storedDismissalsOf(path: string): readonly StoredDismissal[] {
    return this.dismissals.get(path) ?? none;
  }

  /** The note's own check settings; null when it follows the writer's. */
  noteSettingsOf(path: string): NoteCheckOverride | null {
    return this.noteSettings.get(path) ?? null;
  }

  async load(path: string) {
    try {
      const [dismissals, override] = await Promise.all([
        this.wb.api.invoke('checks.listDismissals', { path }),
        this.wb.api.invoke('checks.getNoteSettings', { path }),
      ]);
      // Closed while loading: nothing to keep, and no settings to leave behind in the worker.
      if (!this.wb.state.tabs.some((tab) => tab.path === path)) return;
      this.dismissals.set(path, dismissals);
      this.useNoteSettings(path, override);
      this.changed();
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  /** Stores the note's own check settings (null: follow the writer's) and checks the note again. */
  async setNoteSettings(path: string, override: NoteCheckOverride | null) {
    try {
      this.useNoteSettings(path, await this.wb.api.invoke('checks.setNoteSettings', { path, override }));
      this.changed();
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  private useNoteSettings(path: string, override: NoteCheckOverride | null) {
    if (override) this.noteSettings.set(path, override);
    else this.noteSettings.delete(path);
    configureNoteChecker(path, override ? noteOverrideOf(override) : null);
  }

  async dismiss(path: string, dismissal: Dismissal) {
    try {
      const stored = await this.wb.api.invoke('checks.dismiss', { path, dismissal });
      this.dismissals.set(path, [...(this.dismissals.get(path) ?? none).filter((item) => item.id !== stored.id), stored]);
      this.changed();
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  async undismiss(path: string, id: number) {
    try {
      await this.wb.api.invoke('checks.undismiss', { path, id });
      this.dismissals.set(path, (this.dismissals.get(path) ?? none).filter((item) => item.id !== id));
      this.changed();
    } catch (error) {
      this.wb.toastError(error);
    }
  }

  forget(path: string) {
    this.dismissals.delete(path);
    this.useNoteSettings(path, null);
    this.sessions.delete(path);
    this.changed();
  }

  async addWord(word: string) {
    const words = this.wb.state.settings.checks.personalWords;
    if (words.includes(word)) return;
    await this.wb.updateSettings({ checks: { ...this.wb.state.settings.checks, personalWords: [...words, word] } });
  }

  /** Reads the word lists again (a colleague or the "niet begrepen" list changed the organisation list). */
  async reloadWordLists() {
    this.configured = '';
    await this.apply(this.wb.state.settings.checks);
  }

  /** Sends the settings to the checker worker when they changed; every open note is re-checked. */
  async apply(settings: CheckSettings) {
    const key = JSON.stringify(settings);
    if (key === this.configured) return;
    this.configured = key;
    const config = checkerConfigOf(settings);
    const dictionaries: unknown[] = [];
    if (settings.organisationDictionary) {
      try {
        const { dictionary } = await this.wb.api.invoke('checks.loadDictionary', { path: settings.organisationDictionary });
        dictionaries.push(dictionary);
      } catch (error) {
        this.wb.toastError(error);
      }
    }
    if (settings.personalWords.length > 0) dictionaries.push({ kind: 'custom', name: 'persoonlijk', allowed: settings.personalWords });
    configureChecker({ config, dictionaries, spelling: settings.spelling, personalWords: settings.personalWords });
  }
}

/** Re-renders when sessions or dismissals change. */
export function useChecksVersion(bridge: ChecksBridge): number {
  return useObservable(bridge.changes, ({ version }) => version);
}
