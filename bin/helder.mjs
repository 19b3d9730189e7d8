#!/usr/bin/env node
// Entry point of `npx helder`. The CLI is TypeScript that shares code with the editor, so it
// runs through tsx instead of a separate build step.
import { register } from 'tsx/esm/api';

// Whatever goes wrong outside main's own handling (loading the code, a failed write, an error in a
// callback) still ends as one Dutch line and exit code 2, never as a stack trace.
function stop(error) {
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`helder is onverwacht gestopt: ${detail.split('\n')[0].slice(0, 300)}\nDe invoer is niet gecontroleerd.\n`);
  process.exit(2);
}
process.on('uncaughtException', stop);
process.on('unhandledRejection', stop);
// A reader that closes the pipe early (`helder check x | head`) is not an error of the input.
process.stdout.on('error', (error) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : stop(error)));

try {
  register();
  const { main, processIo } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv.slice(2), processIo);
} catch (error) {
  stop(error);
}
