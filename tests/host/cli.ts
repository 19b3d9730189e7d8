import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './server';

// Run by hand to try the renderer in a browser: `npm run build && node --import tsx tests/host/cli.ts`.
const base = process.env.HELDER_HOST_DIR ?? mkdtempSync(join(tmpdir(), 'helder-host-'));
const host = await startHost({
  rendererDir: join(import.meta.dirname, '../../out/renderer'),
  userDataDir: join(base, 'userdata'),
  sampleDir: join(base, 'documenten'),
  port: Number(process.env.PORT ?? 5178),
});
console.log(`Helder test host: ${host.url} (data in ${base})`);
