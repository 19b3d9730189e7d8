import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_WINDOW_STATE, isVisibleOn, loadWindowState, saveWindowState } from '../../../electron/main/window-state';

describe('window size and place', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-window-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('comes back as it was left', () => {
    const dir = tempDir();
    const state = { width: 1000, height: 700, x: 40, y: 30, maximized: true };
    saveWindowState(dir, state);
    expect(loadWindowState(dir)).toEqual(state);
  });

  it('falls back to the default size for a missing or damaged file', () => {
    const dir = tempDir();
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'window-state.json'), '{"width": 10, "hei');
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('does not reuse a place on a monitor that is gone', () => {
    const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];
    expect(isVisibleOn({ width: 1000, height: 700, x: 100, y: 80, maximized: false }, laptop)).toBe(true);
    expect(isVisibleOn({ width: 1000, height: 700, x: 2000, y: 80, maximized: false }, laptop)).toBe(false);
    expect(isVisibleOn({ width: 1000, height: 700, maximized: false }, laptop)).toBe(false);
  });
});
