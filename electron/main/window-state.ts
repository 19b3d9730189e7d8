import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const WindowState = z.object({
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

const FILE = 'window-state.json';

/** The last window size and place; a missing or damaged file just means the default size. */
export function loadWindowState(userDataDir: string): WindowState {
  try {
    return WindowState.parse(JSON.parse(readFileSync(join(userDataDir, FILE), 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(userDataDir: string, state: WindowState): void {
  const target = join(userDataDir, FILE);
  const temp = `${target}.tmp`;
  // Write-then-rename so a crash while quitting never leaves half a file behind.
  writeFileSync(temp, JSON.stringify(WindowState.parse(state)));
  renameSync(temp, target);
}

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A saved position on a monitor that is no longer attached would open the window off-screen. */
export function isVisibleOn(state: WindowState, workAreas: readonly Area[]): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  const { x, y } = state;
  return workAreas.some((area) => x + 100 > area.x && y + 50 > area.y && x < area.x + area.width - 100 && y < area.y + area.height - 50);
}
