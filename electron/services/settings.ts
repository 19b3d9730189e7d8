import path from 'node:path';
import { z } from 'zod';
import { FilePath, Session, Settings } from '../../shared/contract';
import { readJsonOrDefault, writeJsonAtomic } from './json-file';

const MAX_RECENT_FOLDERS = 10;

/**
 * settings.json holds the writer's settings plus what the app itself remembers across starts
 * (recent folders, whether the sample werkmap was made). Only the `Settings` part crosses IPC.
 */
const SettingsFile = Settings.extend({
  recentFolders: z.array(FilePath).max(MAX_RECENT_FOLDERS).default([]),
  sampleCreated: z.boolean().default(false),
});
type SettingsFile = z.infer<typeof SettingsFile>;

const publicSettings = (file: SettingsFile): Settings => Settings.parse(file);

export class SettingsStore {
  private readonly settingsPath: string;
  private readonly sessionPath: string;
  private settingsCache: SettingsFile | undefined;
  private sessionCache: Session | undefined;

  constructor(userDataDir: string) {
    this.settingsPath = path.join(userDataDir, 'settings.json');
    this.sessionPath = path.join(userDataDir, 'session.json');
  }

  get(): Settings {
    return publicSettings(this.file());
  }

  /** Applies a validated patch; fields not in the patch keep their value. */
  set(patch: Partial<Settings>): Settings {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    return publicSettings(this.update((file) => ({ ...file, ...defined })));
  }

  getSession(): Session {
    this.sessionCache ??= readJsonOrDefault(this.sessionPath, Session);
    return this.sessionCache;
  }

  setSession(session: Session): Session {
    const parsed = Session.parse(session);
    writeJsonAtomic(this.sessionPath, parsed);
    this.sessionCache = parsed;
    return parsed;
  }

  recentFolders(): string[] {
    return [...this.file().recentFolders];
  }

  /** Most recent first, without duplicates, at most ten. */
  addRecentFolder(folder: string): string[] {
    const resolved = path.resolve(folder);
    return this.update((file) => ({
      ...file,
      recentFolders: [resolved, ...file.recentFolders.filter((entry) => entry !== resolved)].slice(0, MAX_RECENT_FOLDERS),
    })).recentFolders;
  }

  sampleCreated(): boolean {
    return this.file().sampleCreated;
  }

  markSampleCreated(): void {
    this.update((file) => ({ ...file, sampleCreated: true }));
  }

  private file(): SettingsFile {
    this.settingsCache ??= readJsonOrDefault(this.settingsPath, SettingsFile);
    return this.settingsCache;
  }

  private update(change: (file: SettingsFile) => SettingsFile): SettingsFile {
    const next = SettingsFile.parse(change(this.file()));
    writeJsonAtomic(this.settingsPath, next);
    this.settingsCache = next;
    return next;
  }
}
