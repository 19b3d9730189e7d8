import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the browser mode keeps settings and puts the first-run sample werkmap: the very folders the
 * desktop app uses (Electron's userData for an app named "helder", and the Documents folder), so a
 * writer who later gets Electron finds the same notes and settings. HELDER_PROFILE_DIR gives a
 * throwaway profile, exactly as in Electron main.
 */
export interface ProfileFolders {
  userDataDir: string;
  sampleDir: string;
}

export interface ProfileEnvironment {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

const APP_NAME = 'helder';

export function profileFolders({ env, platform, home }: ProfileEnvironment): ProfileFolders {
  if (env.HELDER_PROFILE_DIR) return { userDataDir: join(env.HELDER_PROFILE_DIR, 'userData'), sampleDir: join(env.HELDER_PROFILE_DIR, 'documents') };
  const config =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return { userDataDir: join(config, APP_NAME), sampleDir: documentsFolder({ env, platform, home }) };
}

/** Linux names the Documents folder in ~/.config/user-dirs.dirs (a Dutch desktop: ~/Documenten). */
function documentsFolder({ env, platform, home }: ProfileEnvironment): string {
  if (platform === 'linux') {
    const dirsFile = join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'user-dirs.dirs');
    const line = existsSync(dirsFile) ? /^XDG_DOCUMENTS_DIR="([^"]+)"/m.exec(readFileSync(dirsFile, 'utf8')) : null;
    if (line?.[1]) return line[1].replace(/^\$HOME/, home);
  }
  const documents = join(home, 'Documents');
  return existsSync(documents) || platform !== 'linux' ? documents : home;
}
