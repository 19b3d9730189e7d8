import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nativeBindingPath, nativeFolderName } from '../../../electron/main/native-binding';

interface NativeScript {
  nativeFolderName(version: string, platform: string, arch: string): string;
  nativeTarget(options: { root: string; electronVersion: string; platform: string; arch: string }): { dir: string; file: string };
  nodeGypArgs(options: { electronVersion: string; arch: string }): string[];
  electronBinaryStatus(requireFrom: (id: string) => unknown): { ok: boolean; reason?: string };
}

const script = (await import(pathToFileURL(join(import.meta.dirname, '../../../scripts/electron-native.mjs')).href)) as NativeScript;

describe('better-sqlite3 for Electron', () => {
  const project = join('/home', 'dev', 'helder');

  it('is looked for in development exactly where scripts/electron-native.mjs writes it', () => {
    for (const [version, platform, arch] of [['40.8.5', 'linux', 'x64'], ['41.0.0', 'win32', 'arm64'], ['40.8.5', 'darwin', 'arm64']] as const) {
      expect(nativeFolderName(version, platform, arch)).toBe(script.nativeFolderName(version, platform, arch));
      const written = script.nativeTarget({ root: project, electronVersion: version, platform, arch }).file;
      const looked = nativeBindingPath({ packaged: false, appPath: project, resourcesPath: '/unused', electronVersion: version, platform, arch });
      expect(looked).toBe(written);
    }
  });

  it('stays outside node_modules, so the Node build used by the tests is untouched', () => {
    const { file } = script.nativeTarget({ root: project, electronVersion: '40.8.5', platform: 'linux', arch: 'x64' });
    expect(file.startsWith(join(project, '.native'))).toBe(true);
    expect(file).not.toContain('node_modules');
  });

  it('is looked for beside app.asar in a packaged app, where electron-builder copies .native to', () => {
    const resources = join('/opt', 'Helder', 'resources');
    const looked = nativeBindingPath({ packaged: true, appPath: join(resources, 'app.asar'), resourcesPath: resources, electronVersion: '40.8.5', platform: 'linux', arch: 'x64' });
    expect(looked).toBe(join(resources, 'native', 'electron-40.8.5-linux-x64', 'better_sqlite3.node'));
  });

  it('asks node-gyp for the Electron runtime and version, not for Node', () => {
    const args = script.nodeGypArgs({ electronVersion: '40.8.5', arch: 'x64' });
    expect(args).toEqual(expect.arrayContaining(['rebuild', '--runtime=electron', '--target=40.8.5', '--arch=x64', '--dist-url=https://electronjs.org/headers']));
  });

  it('reports a missing Electron program with the reason instead of building for nothing', () => {
    const throwing = script.electronBinaryStatus(() => {
      throw new Error('Electron failed to install correctly');
    });
    expect(throwing).toEqual({ ok: false, reason: 'Electron failed to install correctly' });
    const absent = script.electronBinaryStatus(() => join(project, 'node_modules', 'electron', 'dist', 'electron-does-not-exist'));
    expect(absent.ok).toBe(false);
    expect(absent.reason).toContain('electron-does-not-exist');
    expect(script.electronBinaryStatus(() => process.execPath).ok).toBe(true);
  });
});
