import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { notePathsFromArgv } from '../../../electron/main/launch-args';

describe('notes given on the command line', () => {
  const cwd = resolve('/home/ambtenaar/Documenten');

  it('picks .helder files, relative ones resolved against the working folder', () => {
    const argv = [join(cwd, 'helder'), '--no-sandbox', 'nota.helder', join(cwd, 'Oud', 'Wmo.HELDER'), 'lees-mij.txt', '.'];
    expect(notePathsFromArgv(argv, cwd)).toEqual([join(cwd, 'nota.helder'), join(cwd, 'Oud', 'Wmo.HELDER')]);
  });

  it('ignores flags even when they end in .helder, and lists each file once', () => {
    expect(notePathsFromArgv(['--open=x.helder', 'a.helder', 'a.helder'], cwd)).toEqual([join(cwd, 'a.helder')]);
  });
});
