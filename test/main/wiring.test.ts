/**
 * The Electron shell cannot be launched here (no binary), so this loads the BUILT main process
 * in Node with a recording stand-in for `electron` and checks what would break a real start.
 * Requires `npm run build` first (the test command builds before testing).
 */
import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { channelOf, DROPPED_PATH_CHANNEL, INVOKE_METHODS } from '../../src/shared/api';
import { createElectronStandIn } from './electronStandIn';
import { RENDERER_JS_FLAGS } from '../../src/shared/rendererJsFlags';

const root = resolve(__dirname, '..', '..');
const out = join(root, 'out');
/** Temporary folders the tests make, removed after them. */
const folders: string[] = [];
const tempFolder = (name: string): string => {
  const dir = mkdtempSync(join(tmpdir(), `jiaokan-${name}-`));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const { electron, record, WebContents } = createElectronStandIn(tempFolder('wiring'));
const trusted = () => ({ senderFrame: { url: 'jiaokan://app/index.html' }, sender: record.windows[0]!.instance.webContents });

beforeAll(async () => {
  const moduleApi = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = moduleApi._load;
  moduleApi._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? electron : originalLoad.call(this, request, ...rest);
  };
  try {
    createRequire(import.meta.url)(join(out, 'main', 'index.js'));
    for (let i = 0; i < 200 && record.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  } finally {
    moduleApi._load = originalLoad;
  }
});

describe('built main process', () => {
  it('gives Chromium one switch, the renderer V8 flags, and none that loosens its security', () => {
    expect(record.switches).toEqual([['js-flags', RENDERER_JS_FLAGS.join(' ')]]);
    for (const flag of RENDERER_JS_FLAGS) expect(flag).toMatch(/^--(max-opt|invocation-count-for-maglev)=\d+$/);
  });

  it('creates exactly one window with the hardened webPreferences', () => {
    expect(record.windows).toHaveLength(1);
    const prefs = record.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('points at a preload and a renderer that exist in out/', () => {
    const prefs = record.windows[0]!.options.webPreferences;
    expect(prefs.preload.startsWith(out)).toBe(true);
    expect(existsSync(prefs.preload)).toBe(true);
    expect(record.windows[0]!.loadedUrl).toBe('jiaokan://app/index.html');
    expect(existsSync(join(out, 'renderer', 'index.html'))).toBe(true);
  });

  it('serves the renderer from its own privileged scheme and nothing outside it', async () => {
    expect(record.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'jiaokan', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    const handler = record.protocolHandlers.get('jiaokan')!;
    const served = (await handler(new Request('jiaokan://app/index.html'))) as Response;
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(readFileSync(join(out, 'renderer', 'index.html'), 'utf8'))?.[1];
    expect(served.headers.get('Content-Security-Policy')).toBe(meta);
    expect(record.fetched.map((u) => fileURLToPath(u))).toEqual([join(out, 'renderer', 'index.html')]);
    const escaped = (await handler(new Request('jiaokan://app/..%2F..%2Fpackage.json'))) as Response;
    expect(escaped.status).toBe(404);
    const otherHost = (await handler(new Request('jiaokan://evil/index.html'))) as Response;
    expect(otherHost.status).toBe(404);
  });

  it('registers exactly one handler per API method and no other channel', () => {
    expect([...record.handlers.keys()].sort()).toEqual(INVOKE_METHODS.map(channelOf).sort());
    for (const fns of record.handlers.values()) expect(fns).toHaveLength(1);
  });

  it('refuses IPC from an untrusted sender and invalid input, answers a valid call', async () => {
    const getSettings = record.handlers.get(channelOf('getSettings'))![0]!;
    const openPath = record.handlers.get(channelOf('openPath'))![0]!;
    await expect(getSettings({ senderFrame: { url: 'https://evil.example/' }, sender: trusted().sender })).rejects.toThrow(/untrusted/);
    await expect(getSettings({ senderFrame: { url: 'jiaokan://app/index.html' }, sender: new WebContents() })).rejects.toThrow(/untrusted/);
    await expect(openPath(trusted(), 42)).rejects.toThrow(/Invalid arguments/);
    await expect(openPath(trusted(), 'a', 'b')).rejects.toThrow(/Invalid arguments/);
    await expect(getSettings(trusted())).resolves.toMatchObject({ lang: 'zh', theme: 'system' });
  });

  it('accepts a dropped path only from our window, and openPath only paths the user chose', async () => {
    expect([...record.listeners.keys()]).toEqual([DROPPED_PATH_CHANNEL]);
    const noteDropped = record.listeners.get(DROPPED_PATH_CHANNEL)![0]!;
    const openPath = record.handlers.get(channelOf('openPath'))![0]!;
    const secret = join(tempFolder('chosen'), 'secret.txt');
    await expect(openPath(trusted(), secret)).resolves.toMatchObject({ ok: false, message: expect.stringContaining('secret.txt') });
    noteDropped({ senderFrame: { url: 'https://evil.example/' }, sender: trusted().sender }, secret);
    await expect(openPath(trusted(), secret)).resolves.toMatchObject({ ok: false, message: expect.stringContaining('只能打开') });
    noteDropped(trusted(), secret);
    await expect(openPath(trusted(), secret)).resolves.toMatchObject({ ok: false, message: expect.not.stringContaining('只能打开') });
  });

  it('guards every web contents: no navigation away, no new windows, no webviews', () => {
    const contents = new WebContents();
    (electron.app as unknown as import('node:events').EventEmitter).emit('web-contents-created', {}, contents);
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('jiaokan://app/index.html')).toBe(false);
    let webviewPrevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(record.externalOpened).toEqual(['https://example.com/']);
  });

  it('denies every permission request', () => {
    let granted: boolean | undefined;
    record.permissionRequestHandler!({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(record.permissionCheckHandler!({}, 'notifications')).toBe(false);
  });
});

describe('built preload', () => {
  const preloadPath = join(out, 'preload', 'index.cjs');
  const source = readFileSync(preloadPath, 'utf8');

  it('is one CommonJS file that requires nothing but electron (what a sandboxed preload can load)', () => {
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly the API methods, each over its contract channel', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const stand = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke: async (...args: unknown[]) => void invoked.push(args), on: () => undefined, removeListener: () => undefined },
      webUtils: { getPathForFile: () => '/dropped/file.txt' },
    };
    const sandboxRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return stand;
    };
    const module = { exports: {} };
    vm.runInNewContext(source, { require: sandboxRequire, module, exports: module.exports, console }, { filename: pathToFileURL(preloadPath).href });
    expect(Object.keys(exposed)).toEqual(['jiaokan']);
    const api = exposed.jiaokan as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(api).sort()).toEqual([...INVOKE_METHODS, 'onMenuCommand', 'onDraftDiskChange', 'onStyleChange', 'pathForFile'].sort());
    for (const method of INVOKE_METHODS) await api[method]!('arg');
    expect(invoked).toEqual(INVOKE_METHODS.map((m) => [channelOf(m), 'arg']));
  });
});

describe('built renderer', () => {
  it('has a strict Content-Security-Policy', () => {
    const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
