import { join } from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI lives apart from node_modules so the Node build that
 * vitest uses stays intact. scripts/electron-native.mjs writes to the same folder name; a test
 * checks both agree.
 */
export const NATIVE_FILE = 'better_sqlite3.node';

export function nativeFolderName(electronVersion: string, platform: string, arch: string): string {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

export interface NativeLookup {
  packaged: boolean;
  /** app.getAppPath(): the project root in development. */
  appPath: string;
  /** process.resourcesPath: where electron-builder's extraResources land in a packaged app. */
  resourcesPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

export function nativeBindingPath(lookup: NativeLookup): string {
  const base = lookup.packaged ? join(lookup.resourcesPath, 'native') : join(lookup.appPath, '.native');
  return join(base, nativeFolderName(lookup.electronVersion, lookup.platform, lookup.arch), NATIVE_FILE);
}
