// The small interfaces a feature receives from the workbench. Features depend on these, never on
// each other's internals and never on the workbench's implementation (WorkbenchController).
import type { TFunction } from 'i18next';
import type { HelderApi, Settings } from '../../../shared/contract';
import type { Observable } from '../base/observable';
import type { EditorHandle } from '../editor/NoteEditor';
import type { TabState, WorkbenchState } from './state';

export interface Notifications {
  toast(text: string, kind?: 'error' | 'info'): void;
  /** Shows the error's Dutch (or English) message; never throws. */
  toastError(error: unknown): void;
  /** Says `text` to screen readers through the workbench's live region. */
  announce(text: string): void;
}

export interface Dialogs {
  prompt(title: string, value: string): Promise<string | null>;
  confirm(message: string): Promise<boolean>;
}

export interface NoteInfo {
  path: string;
  reviewCopy: boolean;
}

/** The life of an open note. A feature keeps per-note state by listening here, so rename is handled once per feature. */
export interface NoteEvents {
  onOpen(listener: (note: NoteInfo) => void): () => void;
  onClose(listener: (path: string) => void): () => void;
  onRename(listener: (from: string, to: string) => void): () => void;
  onSave(listener: (path: string, kind: 'auto' | 'named') => void): () => void;
}

export interface Notes {
  readonly events: NoteEvents;
  openNote(path: string): Promise<void>;
  /** Writes the note's pending edits now. */
  flush(path: string): Promise<void>;
  refreshWerkmap(): Promise<void>;
}

export interface ActiveNote {
  activeTab(): TabState | undefined;
  activeEditor(): EditorHandle | undefined;
}

export interface Layout {
  showSideView(view: string, toggle?: boolean): void;
  showPanel(view: string): void;
  /** Shows the view and moves the keyboard focus into it (the view commands, Ctrl+Shift+E etc.). */
  focusSideView(view: string): void;
  focusPanel(view: string): void;
}

export interface SettingsService {
  updateSettings(patch: Partial<Settings>): Promise<void>;
  /** Called with the settings each time they are applied (start-up, every change). */
  onSettingsApplied(listener: (settings: Settings) => void): () => void;
}

/** Everything a feature's contribution gets: each part is a small interface. */
export interface Workbench extends Notifications, Dialogs, Notes, ActiveNote, Layout, SettingsService {
  readonly api: HelderApi;
  readonly t: TFunction;
  /** The workbench state (tabs, active note, settings); read it, change it only through the methods. */
  readonly store: Observable<WorkbenchState>;
  readonly state: WorkbenchState;
}
