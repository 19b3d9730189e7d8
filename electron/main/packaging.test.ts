import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The fuses electron-builder flips in every packaged Electron binary, read from electron.builder.yml. */
function fuses(): Record<string, string> {
  const yml = readFileSync(join(import.meta.dirname, '../../electron.builder.yml'), 'utf8');
  const block = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(yml)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*(\S+)/gm)].map((match) => [match[1]!, match[2]!]));
}

describe('packaged app', () => {
  it('only loads the app from an app.asar whose integrity Electron checks (macOS, Windows; Linux has no check in Electron)', () => {
    expect(fuses()).toMatchObject({ enableEmbeddedAsarIntegrityValidation: 'true', onlyLoadAppFromAsar: 'true' });
  });

  it('shuts the doors Helder does not use: run-as-node, NODE_OPTIONS, --inspect and file:// privileges', () => {
    expect(fuses()).toMatchObject({ runAsNode: 'false', enableNodeOptionsEnvironmentVariable: 'false', enableNodeCliInspectArguments: 'false', grantFileProtocolExtraPrivileges: 'false' });
  });
});
