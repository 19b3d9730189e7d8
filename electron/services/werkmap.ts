import fs from 'node:fs';
import path from 'node:path';
import { HelderError, type EventName, type EventOf, type Werkmap, type WerkmapEntry } from '../../shared/contract';
import { removeStaleTempFiles } from './atomic-file';
import { NOTE_EXTENSION, readNoteSummary, safeFileName, type NoteStore } from './note-store';
import type { SettingsStore } from './settings';

export interface WerkmapOptions {
  store: NoteStore;
  settings: SettingsStore;
  trashItem(path: string): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  nativeBinding?: string | undefined;
  /** How long file events are gathered before one change is reported. */
  debounceMs?: number;
}

export const isNoteFileName = (name: string) => name.toLowerCase().endsWith(NOTE_EXTENSION) && name.length > NOTE_EXTENSION.length;

const noteStem = (file: string) => path.basename(file).slice(0, -NOTE_EXTENSION.length);

function assertFolder(folder: string): string {
  const resolved = path.resolve(folder);
  if (!fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory()) throw new HelderError('werkmap.notFound', { folder: path.basename(resolved) });
  return resolved;
}

/**
 * The werkmap: a plain folder of .helder files. Lists notes with their titles, renames and
 * trashes them, remembers recent folders, and watches the open folder for changes made outside
 * the app.
 */
export class WerkmapService {
  private watcher: fs.FSWatcher | undefined;
  private watchedFolder: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private changed = new Set<string>();
  /** Folders the renderer has opened or listed; only notes in these may be renamed or trashed. */
  private readonly known = new Set<string>();

  constructor(private readonly options: WerkmapOptions) {}

  list(folder: string): Werkmap {
    // Half-written exports of a Helder that was killed are not the user's files.
    removeStaleTempFiles(path.resolve(folder));
    const dir = assertFolder(folder);
    this.known.add(dir);
    const notes: WerkmapEntry[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile() || !isNoteFileName(entry.name)) continue;
      const file = path.join(dir, entry.name);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat) continue;
      notes.push({ path: file, name: entry.name, size: stat.size, ...this.summary(file, stat.mtime) });
    }
    notes.sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true, sensitivity: 'base' }));
    return { folder: dir, name: path.basename(dir), notes };
  }

  /** Opens a folder as the werkmap: lists it, remembers it as recent and starts watching it. */
  open(folder: string): Werkmap {
    const werkmap = this.list(folder);
    this.options.settings.addRecentFolder(werkmap.folder);
    this.watch(werkmap.folder);
    return werkmap;
  }

  recent(): string[] {
    return this.options.settings.recentFolders().filter((folder) => fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory());
  }

  /** Renames the file of a note; the `.helder` extension stays and an existing file is never replaced. */
  rename(file: string, newName: string): string {
    const source = this.assertKnownNote(file);
    const base = safeFileName(newName.toLowerCase().endsWith(NOTE_EXTENSION) ? newName.slice(0, -NOTE_EXTENSION.length) : newName);
    const target = path.join(path.dirname(source), `${base}${NOTE_EXTENSION}`);
    if (target === source) return source;
    // On Windows and macOS `naam.helder` may be the very file being renamed (a change of case only).
    const existing = fs.statSync(target, { throwIfNoEntry: false });
    const current = fs.statSync(source);
    if (existing && !(existing.ino === current.ino && existing.dev === current.dev)) {
      throw new HelderError('note.exists', { file: path.basename(target) });
    }
    // Closing first checkpoints the log into the file, so no -wal is left behind under the old name.
    this.options.store.close(source);
    fs.renameSync(source, target);
    return target;
  }

  async trash(file: string): Promise<boolean> {
    const source = this.assertKnownNote(file);
    this.options.store.close(source);
    await this.options.trashItem(source);
    return true;
  }

  /** Watches one folder at a time: the werkmap that is open. */
  watch(folder: string): void {
    if (this.watchedFolder === folder) return;
    this.unwatch();
    this.watchedFolder = folder;
    try {
      this.watcher = fs.watch(folder, (_event, name) => this.onFileEvent(folder, name));
      this.watcher.on('error', () => this.unwatch());
    } catch {
      // Some network drives cannot be watched; the list still works, it only refreshes on demand.
      this.watcher = undefined;
    }
  }

  dispose(): void {
    this.unwatch();
  }

  private unwatch(): void {
    this.watcher?.close();
    this.watcher = undefined;
    this.watchedFolder = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.changed.clear();
  }

  private onFileEvent(folder: string, name: string | Buffer | null): void {
    const fileName = name?.toString();
    // SQLite's -wal/-shm/-journal files change on every save; they are not notes.
    if (fileName !== undefined && !isNoteFileName(fileName)) return;
    this.changed.add(fileName === undefined ? '' : path.join(folder, fileName));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(folder), this.options.debounceMs ?? 200);
  }

  private flush(folder: string): void {
    this.timer = undefined;
    const changed = [...this.changed];
    this.changed.clear();
    if (folder !== this.watchedFolder) return;
    // A note this app has open changes on disk whenever its log is checkpointed; that is our own
    // save, not a change from outside. Its removal or a rename outside the app still counts.
    const outside = changed.filter((file) => file === '' || !this.options.store.isOpen(file) || !fs.existsSync(file));
    if (outside.length === 0) return;
    const only = outside.length === 1 && outside[0] !== '' ? outside[0] : undefined;
    this.options.emit('werkmap.changed', only === undefined ? { folder } : { folder, path: only });
  }

  private summary(file: string, modified: Date): { title: string; updatedAt: string } {
    const live = this.options.store.openTitle(file);
    if (live) return live;
    try {
      return readNoteSummary(file, { nativeBinding: this.options.nativeBinding });
    } catch {
      // A damaged or foreign file is still listed by name; opening it explains what is wrong.
      return { title: noteStem(file), updatedAt: modified.toISOString() };
    }
  }

  private assertKnownNote(file: string): string {
    const resolved = path.resolve(file);
    if (!this.known.has(path.dirname(resolved))) throw new HelderError('werkmap.outside', { file: path.basename(resolved) });
    if (!fs.statSync(resolved, { throwIfNoEntry: false })?.isFile()) throw new HelderError('note.notFound', { file: path.basename(resolved) });
    return resolved;
  }
}
