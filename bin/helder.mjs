#!/usr/bin/env node
// Entry point of `npx helder`. The CLI is TypeScript that shares code with the editor, so it
// runs through tsx instead of a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo);
