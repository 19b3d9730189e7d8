import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserCommand, openInBrowser } from '../../../electron/browser-mode/open-browser';
import { profileFolders } from '../../../electron/browser-mode/profile';
import { tempFolder } from '../../fixtures/store/temp';

const folder = tempFolder('helder-browser-profile-');
afterAll(() => folder.cleanup());

describe('browser mode profile', () => {
  it('honours HELDER_PROFILE_DIR exactly as Electron main does', () => {
    expect(profileFolders({ env: { HELDER_PROFILE_DIR: '/tmp/p' }, platform: 'linux', home: '/home/an' })).toEqual({ userDataDir: '/tmp/p/userData', sampleDir: '/tmp/p/documents' });
  });

  it("uses the desktop app's settings folder and the Documents folder the desktop names", () => {
    const home = join(folder.dir, 'home');
    mkdirSync(join(home, '.config'), { recursive: true });
    expect(profileFolders({ env: {}, platform: 'linux', home })).toEqual({ userDataDir: join(home, '.config', 'helder'), sampleDir: home });
    mkdirSync(join(home, 'Documents'));
    expect(profileFolders({ env: {}, platform: 'linux', home }).sampleDir).toBe(join(home, 'Documents'));
    // A Dutch desktop calls it Documenten, written down in user-dirs.dirs.
    writeFileSync(join(home, '.config', 'user-dirs.dirs'), 'XDG_DESKTOP_DIR="$HOME/Bureaublad"\nXDG_DOCUMENTS_DIR="$HOME/Documenten"\n');
    expect(profileFolders({ env: {}, platform: 'linux', home }).sampleDir).toBe(join(home, 'Documenten'));
    expect(profileFolders({ env: { APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, platform: 'win32', home }).userDataDir).toBe(join('C:\\Users\\an\\AppData\\Roaming', 'helder'));
    expect(profileFolders({ env: {}, platform: 'darwin', home }).userDataDir).toBe(join(home, 'Library', 'Application Support', 'helder'));
  });
});

describe('opening the default browser', () => {
  it('uses the opener of each platform', () => {
    expect(browserCommand('http://127.0.0.1:5/', 'linux')).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:5/'] });
    expect(browserCommand('http://127.0.0.1:5/', 'darwin')).toEqual({ command: 'open', args: ['http://127.0.0.1:5/'] });
    expect(browserCommand('http://127.0.0.1:5/?a=1&b=2', 'win32')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://127.0.0.1:5/?a=1^&b=2'] });
  });

  it('lets a missing opener pass quietly: the address is printed anyway', async () => {
    const path = process.env.PATH;
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      process.env.PATH = join(folder.dir, 'geen-programmas');
      expect(() => openInBrowser('http://127.0.0.1:1/', 'linux')).not.toThrow();
      // spawn reports a missing program asynchronously, as an 'error' event.
      await new Promise((done) => setTimeout(done, 300));
    } finally {
      process.env.PATH = path;
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
  });
});
