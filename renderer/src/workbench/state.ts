import { Settings as SettingsSchema, type ReadOnlyReason, type Settings, type Werkmap } from '../../../shared/contract';

export type SideView = 'explorer' | 'search' | 'outline' | 'comments' | 'problems' | 'settings';
export type PanelTab = 'problems' | 'comments' | 'readability' | 'versions' | 'report';
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export interface TabState {
  path: string;
  title: string;
  /** Document the editor was created with; changes only when the note is (re)loaded. */
  initialDocument: string;
  /** Counts the editor's change reports; a save compares it to know whether typing went on meanwhile. */
  edits: number;
  /** Last document the store confirmed as written. */
  savedDocument: string;
  save: SaveState;
  words: number;
  readOnly: boolean;
  /** Why Helder will not write this note (newer document, stray log file, locked folder); null when it may. */
  readOnlyReason: ReadOnlyReason | null;
  reviewCopy: boolean;
  lastRevisionAt: string | null;
}

export interface OutlineHeading {
  key: string;
  level: 1 | 2 | 3;
  text: string;
}

export type Overlay =
  | { kind: 'palette' }
  | { kind: 'quickOpen' }
  | { kind: 'prompt'; title: string; value: string; resolve: (value: string | null) => void }
  | { kind: 'confirm'; message: string; resolve: (ok: boolean) => void };

export interface Toast {
  id: number;
  text: string;
  kind: 'error' | 'info';
}

export interface WorkbenchState {
  ready: boolean;
  werkmap: Werkmap | null;
  recent: string[];
  tabs: TabState[];
  active: string | null;
  sideView: SideView;
  sideBarVisible: boolean;
  panelVisible: boolean;
  panelTab: PanelTab;
  settings: Settings;
  overlay: Overlay | null;
  toasts: Toast[];
  outline: OutlineHeading[];
}

export const defaultSettings: Settings = SettingsSchema.parse({});

export const initialState: WorkbenchState = {
  ready: false,
  werkmap: null,
  recent: [],
  tabs: [],
  active: null,
  sideView: 'explorer',
  sideBarVisible: true,
  panelVisible: true,
  panelTab: 'problems',
  settings: defaultSettings,
  overlay: null,
  toasts: [],
  outline: [],
};
