import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell } from 'electron';
import { events, HelderError, wireChannel, type EventName, type EventOf, type Settings } from '../../shared/contract';
import { createServices } from '../services';
import type { Handlers } from '../services/dispatch';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { contentSecurityPolicy } from './csp';
import { hardenAllWebContents, hardenSession } from './hardening';
import { registerIpc } from './ipc';
import { notePathsFromArgv } from './launch-args';
import { isSafeExternalUrl } from './links';
import { buildMenuTemplate, type MenuLanguage } from './menu-template';
import { nativeBindingPath } from './native-binding';
import { PendingCalls, waitForFlush } from './pending-calls';
import { rendererUrl, type RendererLocation } from './sender';
import { isVisibleOn, loadWindowState, saveWindowState } from './window-state';

const here = import.meta.dirname;
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const location: RendererLocation = devServerUrl
  ? { kind: 'dev', url: devServerUrl }
  : { kind: 'app', rendererDir: join(here, '../renderer') };

// Must happen before `ready`: app:// becomes a standard, secure origin of its own.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

// Tests (and anyone who wants a throwaway profile) point Helder at another folder, so a run never
// touches the user's real settings or Documents folder.
const profileDir = process.env.HELDER_PROFILE_DIR;
if (profileDir) {
  mkdirSync(join(profileDir, 'documents'), { recursive: true });
  app.setPath('userData', join(profileDir, 'userData'));
}

app.enableSandbox();

const pending = new PendingCalls();
let mainWindow: BrowserWindow | null = null;
let rendererReady = false;
const openQueue: string[] = [];

function emit<E extends EventName>(event: E, payload: EventOf<E>): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  mainWindow.webContents.send(wireChannel(event), events[event].parse(payload));
}

function requestOpen(paths: string[]): void {
  if (!rendererReady) {
    openQueue.push(...paths);
    return;
  }
  paths.forEach((path) => emit('note.openRequested', { path }));
}

// macOS delivers double-clicked files through open-file, possibly before `ready`.
app.on('open-file', (event, path) => {
  event.preventDefault();
  requestOpen(notePathsFromArgv([path], process.cwd()));
});

if (!app.requestSingleInstanceLock()) {
  // Another Helder is running: it receives our argv through `second-instance` and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    requestOpen(notePathsFromArgv(argv.slice(1), workingDirectory));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  requestOpen(notePathsFromArgv(process.argv.slice(1), process.cwd()));
  hardenAllWebContents(location);
  app.whenReady().then(start, (error: unknown) => {
    console.error('[helder] start failed', error);
    app.exit(1);
  });
}

function findNativeBinding(): string | undefined {
  const path = nativeBindingPath({
    packaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  if (existsSync(path)) return path;
  console.error(`[helder] better-sqlite3 voor Electron ontbreekt: ${path}. Voer 'node scripts/electron-native.mjs' uit.`);
  return undefined;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, location.kind === 'dev');
  if (location.kind === 'app') protocol.handle(APP_SCHEME, createAppProtocolHandler(location.rendererDir, contentSecurityPolicy({ dev: false })));
  app.setAboutPanelOptions({ applicationName: 'Helder', applicationVersion: app.getVersion() });

  const userDataDir = app.getPath('userData');
  const services = createServices({
    userDataDir,
    sampleDir: profileDir ? join(profileDir, 'documents') : app.getPath('documents'),
    trashItem: (path) => shell.trashItem(path),
    async chooseFolder() {
      const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseNoteFiles() {
      const options = {
        properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
        filters: [{ name: 'Helder-notitie', extensions: ['helder'] }],
      };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async openExternal(url) {
      // Checked here as well as in the service: this is the last stop before the OS runs a handler.
      if (!isSafeExternalUrl(url)) throw new HelderError('link.notAllowed', { url: url.slice(0, 200) });
      await shell.openExternal(url);
    },
    emit,
    nativeBinding: findNativeBinding(),
  });

  const setMenu = (language: MenuLanguage) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          language,
          platform: process.platform,
          dev: location.kind === 'dev',
          runCommand: (id) => emit('command.run', { id }),
        }),
      ),
    );
  const handlers: Handlers = {
    ...services.handlers,
    // The menu follows the interface language as soon as the writer changes it.
    async 'settings.set'(request) {
      const settings: Settings = await services.handlers['settings.set'](request);
      setMenu(settings.language);
      return settings;
    },
  };
  const disposeIpc = registerIpc(handlers, location, pending);
  const settings = await Promise.resolve(services.handlers['settings.get']({})).catch(() => null);
  setMenu(settings?.language ?? 'nl');

  mainWindow = createWindow(userDataDir);
  app.on('will-quit', () => {
    disposeIpc();
    services.dispose();
  });
}

function createWindow(userDataDir: string): BrowserWindow {
  const state = loadWindowState(userDataDir);
  const placed = isVisibleOn(state, screen.getAllDisplays().map((display) => display.workArea));
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(placed ? { x: state.x, y: state.y } : {}),
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Helder',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in a new window (denied anyway; this removes the path).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-finish-load', () => {
    rendererReady = true;
    requestOpen(openQueue.splice(0));
  });
  win.webContents.on('did-start-loading', () => {
    rendererReady = false;
  });

  let closeAllowed = false;
  let flushing = false;
  win.on('close', (event) => {
    if (closeAllowed) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    const bounds = win.getNormalBounds();
    saveWindowStateSafely(userDataDir, { ...bounds, maximized: win.isMaximized() });
    // Autosave waits for a pause in typing; ask for it now and let the writes land before closing.
    emit('command.run', { id: 'file.flushAll' });
    void waitForFlush(pending, 300, 3000).then(() => {
      closeAllowed = true;
      win.close();
      if (quitRequested) app.quit();
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  void win.loadURL(rendererUrl(location));
  return win;
}

function saveWindowStateSafely(userDataDir: string, state: Parameters<typeof saveWindowState>[1]): void {
  try {
    saveWindowState(userDataDir, state);
  } catch (error) {
    console.warn('[helder] window state not saved', error);
  }
}

let quitRequested = false;
app.on('before-quit', () => {
  // Quitting closes the window, whose close handler flushes autosave before it lets go.
  quitRequested = true;
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(app.getPath('userData'));
});
