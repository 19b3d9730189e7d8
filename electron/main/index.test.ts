import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Runs the real main module against a recording stand-in for Electron (the Electron program is
 * not installed everywhere the tests run). It checks what main asks Electron to do: window
 * options, sender checks, payload validation, link filtering and the flush before closing.
 */
type AnyFn = (...args: never[]) => unknown;
const fake = vi.hoisted(() => {
  const appListeners = new Map<string, AnyFn[]>();
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown> | unknown>();
  const windows: Array<{ options: Record<string, unknown>; listeners: Map<string, AnyFn[]>; contentsListeners: Map<string, AnyFn[]>; sent: Array<[string, unknown]>; closed: number; loaded: string }> = [];
  let headerHook: AnyFn | undefined;
  let permissionHook: AnyFn | undefined;
  const opened: string[] = [];
  /** protocol calls in order, with whether the app was ready yet (registration must come first). */
  const protocolCalls: Array<{ call: 'registerSchemesAsPrivileged' | 'handle'; ready: boolean; args: unknown[] }> = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  return { appListeners, handlers, windows, opened, protocolCalls, protocolHandlers, ready: false, get headerHook() { return headerHook; }, set headerHook(v) { headerHook = v; }, get permissionHook() { return permissionHook; }, set permissionHook(v) { permissionHook = v; }, paths: new Map<string, string>() };
});

vi.mock('electron', () => {
  const on = (map: Map<string, AnyFn[]>) => (name: string, listener: AnyFn) => map.set(name, [...(map.get(name) ?? []), listener]);
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    record: (typeof fake.windows)[number];
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.record = { options, listeners: new Map(), contentsListeners: new Map(), sent: [], closed: 0, loaded: '' };
      fake.windows.push(this.record);
      const record = this.record;
      this.webContents = { on: on(record.contentsListeners), send: (channel: string, payload: unknown) => record.sent.push([channel, payload]) };
    }
    on(name: string, listener: AnyFn) { on(this.record.listeners)(name, listener); }
    once(name: string, listener: AnyFn) { on(this.record.listeners)(name, listener); }
    loadFile(path: string) { this.record.loaded = path; return Promise.resolve(); }
    loadURL(url: string) { this.record.loaded = url; return Promise.resolve(); }
    isDestroyed() { return false; }
    isMaximized() { return false; }
    isMinimized() { return false; }
    maximize() {}
    getNormalBounds() { return { x: 10, y: 10, width: 1000, height: 700 }; }
    close() {
      this.record.closed += 1;
      const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      this.record.listeners.get('close')?.forEach((listener) => (listener as (e: typeof event) => void)(event));
    }
  }
  return {
    app: {
      isPackaged: false,
      on: on(fake.appListeners),
      whenReady: () => Promise.resolve().then(() => void (fake.ready = true)),
      isReady: () => true,
      requestSingleInstanceLock: () => true,
      enableSandbox: () => {},
      setPath: (name: string, value: string) => fake.paths.set(name, value),
      getPath: (name: string) => fake.paths.get(name) ?? tmpdir(),
      getAppPath: () => process.cwd(),
      getVersion: () => '0.0.0-test',
      setAboutPanelOptions: () => {},
      quit: () => {},
      exit: () => {},
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => fake.protocolCalls.push({ call: 'registerSchemesAsPrivileged', ready: fake.ready, args: [schemes] }),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        fake.protocolCalls.push({ call: 'handle', ready: fake.ready, args: [scheme] });
        fake.protocolHandlers.set(scheme, handler);
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => {} },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (hook: AnyFn) => (fake.headerHook = hook) },
        setPermissionRequestHandler: (hook: AnyFn) => (fake.permissionHook = hook),
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {},
      },
    },
    shell: { trashItem: async () => {}, openExternal: async (url: string) => void fake.opened.push(url) },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    ipcMain: { handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) => fake.handlers.set(channel, handler), removeHandler: (channel: string) => fake.handlers.delete(channel) },
  };
});

const profile = mkdtempSync(join(tmpdir(), 'helder-main-'));
const indexUrl = 'app://helder/index.html';
const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });
const call = (channel: string, payload: unknown, event = topFrame(indexUrl)) => Promise.resolve(fake.handlers.get(`helder:${channel}`)?.(event, payload));

describe('Electron main', () => {
  beforeAll(async () => {
    process.env.HELDER_PROFILE_DIR = profile;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await import('./index');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  });
  afterAll(() => {
    fake.appListeners.get('will-quit')?.forEach((listener) => (listener as () => void)());
    delete process.env.HELDER_PROFILE_DIR;
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens one window with Node shut out of the page', () => {
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('answers our own page, creating the sample werkmap on first start', async () => {
    const reply = (await call('app.firstRun', {})) as { ok: boolean; value: { werkmap: string; note: string } };
    expect(reply.ok).toBe(true);
    expect(reply.value.werkmap.startsWith(join(profile, 'documents'))).toBe(true);
    expect(existsSync(reply.value.note)).toBe(true);
  });

  it('loads the page from app://helder/, registered as a privileged scheme before ready and served by main', async () => {
    expect(fake.windows[0]!.loaded).toBe('app://helder/index.html');
    const [register, handle] = fake.protocolCalls;
    expect(register).toMatchObject({ call: 'registerSchemesAsPrivileged', ready: false });
    expect(register!.args[0]).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, allowServiceWorkers: false, bypassCSP: false }) }]);
    expect(handle).toMatchObject({ call: 'handle', ready: true, args: ['app'] });
    // The handler main registered serves only its renderer folder: no way out of it, no other host.
    const serve = fake.protocolHandlers.get('app')!;
    expect((await serve(new Request('app://helder/..%2f..%2fpackage.json'))).status).toBe(403);
    expect((await serve(new Request('app://evil/index.html'))).status).toBe(404);
  });

  it('refuses callers that are not our page: local files (also the old file:// index.html), other sites, sub-frames', async () => {
    const oldFilePage = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
    for (const event of [topFrame(oldFilePage), topFrame(pathToFileURL('/tmp/evil.html').href), topFrame('app://evil/index.html'), topFrame('https://example.org/'), { senderFrame: { url: indexUrl, parent: {} } }, { senderFrame: null }]) {
      expect(await call('settings.get', {}, event as never)).toEqual({ ok: false, error: { code: 'ipc.forbidden', params: {} } });
    }
  });

  it('validates payloads before any service runs', async () => {
    const reply = (await call('notes.open', { path: 42 })) as { ok: boolean; error: { code: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('ipc.invalidRequest');
  });

  it('hands only web links to the operating system', async () => {
    const refused = (await call('app.openExternal', { url: 'file:///etc/passwd' })) as { ok: boolean; error: { code: string } };
    expect(refused.error.code).toBe('link.notAllowed');
    expect(await call('app.openExternal', { url: 'https://www.rijksoverheid.nl/' })).toEqual({ ok: true, value: { opened: true } });
    expect(fake.opened).toEqual(['https://www.rijksoverheid.nl/']);
  });

  it('puts the CSP on every response and grants no permission', () => {
    let headers: Record<string, string[]> = {};
    (fake.headerHook as (details: unknown, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: { 'content-security-policy': ['upgrade-insecure-requests'] } },
      (result) => (headers = result.responseHeaders),
    );
    expect(Object.keys(headers)).toEqual(['Content-Security-Policy']);
    expect(headers['Content-Security-Policy']?.[0]).toContain("script-src 'self';");
    let granted: boolean | undefined;
    (fake.permissionHook as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
  });

  it('denies new windows, navigation away and webviews for every web contents', () => {
    const contentsListeners = new Map<string, AnyFn[]>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: AnyFn) => contentsListeners.set(name, [...(contentsListeners.get(name) ?? []), listener]),
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
    };
    fake.appListeners.get('web-contents-created')?.forEach((listener) => (listener as (e: unknown, c: unknown) => void)({}, contents));
    expect(openHandler?.()).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-attach-webview']) {
      let prevented = false;
      contentsListeners.get(name)?.forEach((listener) => (listener as (e: unknown, url: string) => void)({ preventDefault: () => (prevented = true) }, 'https://example.org/'));
      expect(prevented, name).toBe(true);
    }
  });

  it('asks the page to save everything before the window closes', async () => {
    const win = fake.windows[0]!;
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    win.listeners.get('close')?.forEach((listener) => (listener as (e: typeof event) => void)(event));
    expect(event.prevented).toBe(true);
    expect(win.sent).toContainEqual(['helder:command.run', { id: 'file.flushAll' }]);
    await vi.waitFor(() => expect(win.closed).toBe(1), { timeout: 4000 });
    expect(existsSync(join(profile, 'userData', 'window-state.json'))).toBe(true);
  });
});
