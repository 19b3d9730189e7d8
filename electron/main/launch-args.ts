import { extname, isAbsolute, resolve } from 'node:path';

export const NOTE_EXTENSION = '.helder';

/**
 * Notes the OS asks us to open: double-clicking a .helder file starts Helder with the path as an
 * argument (Windows, Linux) or, for a second start, hands the argv to the first instance.
 * Flags (Chromium's and ours) and anything that is not a .helder file are ignored.
 */
export function notePathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    if (extname(arg).toLowerCase() !== NOTE_EXTENSION) continue;
    const full = isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
    if (!paths.includes(full)) paths.push(full);
  }
  return paths;
}
