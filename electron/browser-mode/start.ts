import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { openInBrowser } from './open-browser';
import { profileFolders } from './profile';
import { startHost } from './server';

/**
 * The browser mode of `npm start`, for machines where the Electron program could not be
 * downloaded: the built renderer and the same services on 127.0.0.1 (a free port, a random token,
 * the Host header checked), opened in the default browser. Started by scripts/start.mjs with the
 * folder of the built renderer.
 */
const rendererDir = resolve(process.argv[2] ?? 'out/browser-mode/renderer');
const folders = profileFolders({ env: process.env, platform: process.platform, home: homedir() });
const host = await startHost({ rendererDir, ...folders, openExternal: async (url) => openInBrowser(url) });

console.log(
  [
    '',
    'Helder draait nu in de browsermodus: het Electron-programma ontbreekt op deze computer.',
    'U werkt in uw eigen browser, met dezelfde notities en instellingen als in de app.',
    `Adres: ${host.url}`,
    `Notities: ${folders.sampleDir} · instellingen: ${folders.userDataDir}`,
    'Stoppen: Ctrl+C in dit venster.',
    '',
  ].join('\n'),
);
if (process.env.HELDER_OPEN_BROWSER !== '0') openInBrowser(host.url);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Closing the host closes every open note file, so nothing is left half written.
  await host.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
