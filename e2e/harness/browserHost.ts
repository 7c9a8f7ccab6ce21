import { chromium, type Browser } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOKE_METHODS, type InvokeMethod } from '../../src/shared/api';
import { createApiHandlers } from '../../src/main/apiHandlers';
import { dispatchInvoke, isInvokeMethod } from '../../src/main/invokeDispatch';
import { RecentFiles } from '../../src/node/appState/recentFiles';
import { SettingsStore } from '../../src/node/appState/settingsStore';
import { RecoveryStore } from '../../src/node/recovery/recoveryStore';
import { HouseStyle } from '../../src/node/style/houseStyle';
import { SourceTextCache } from '../../src/node/sources/sourceTextCache';
import { BridgePayloads, PAYLOAD_PATH } from './bridgePayloads';
import { installBridgeApi } from './installBridgeApi';
import { serveDirectory } from './staticServer';
import type { AppHost, LaunchOptions } from './appHost';
import { CHROMIUM_PATH, REPO_ROOT } from './paths';
import { RENDERER_JS_FLAGS } from '../../src/shared/rendererJsFlags';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own toolbar work, which Electron does not have: for every new context it renders its
  // omnibox popup pages in a renderer of their own, ≈ 0.45 s of CPU (Chromium 156) while the page
  // under test starts, one of the machine's two cores (docs/architecture.md, "Testing").
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  // What Electron's main sets for the app's renderer (src/main/index.ts).
  `--js-flags=${RENDERER_JS_FLAGS.join(' ')}`,
];

let browser: Browser | undefined;

/**
 * The renderer in Debian's Chromium, its `window.jiaokan` bridged to the real main-process
 * handlers (createApiHandlers + dispatchInvoke, the code ipcMain runs) in this Node process.
 */
export async function launchInBrowser(options: LaunchOptions): Promise<AppHost> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const dataDir = await mkdtemp(join(tmpdir(), 'jiaokan-e2e-'));
  const settings = new SettingsStore(options.dataDir ?? dataDir, options.lang ?? 'zh');
  const recent = new RecentFiles(options.dataDir ?? dataDir);
  const recovery = new RecoveryStore(options.dataDir ?? dataDir);
  const houseStyle = new HouseStyle(options.dataDir ?? dataDir);
  await Promise.all([settings.boot(), recent.boot(), recovery.boot(), houseStyle.boot()]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const dialogAnswers: (string | null)[] = [];
  const saveAnswers: (string | null)[] = [];
  const handlers = createApiHandlers({
    askOpenFile: async () => dialogAnswers.shift() ?? null,
    askSavePath: async () => saveAnswers.shift() ?? null,
    askSaveDraftPath: async () => saveAnswers.shift() ?? null,
    printToPdf: (html) => printInBrowser(html),
    documentsDir: dataDir,
    settings,
    recent,
    recovery,
    // The page may be closing when a late watcher event arrives; nothing is waiting for it then.
    notifyDraftDisk: (event) => void page.evaluate((e) => window.__jiaokanDraftDisk(e), event).catch(() => undefined),
    startupPath: options.startupPath ?? null,
    samplePath: join(REPO_ROOT, 'resources', 'samples', 'sample-draft.txt'),
    houseStyle,
    askOpenStyleFile: async () => dialogAnswers.shift() ?? null,
    notifyStyleChanged: () => void page.evaluate(() => window.__jiaokanStyleChanged()).catch(() => undefined),
    askOpenSources: async () => {
      const answer = dialogAnswers.shift() ?? null;
      return answer === null ? [] : [answer];
    },
    sourceTextCache: new SourceTextCache(options.dataDir ?? dataDir),
  });
  const payloads = new BridgePayloads();
  const server = await serveDirectory(join(REPO_ROOT, 'out', 'renderer'), (pathname) => payloads.take(pathname));
  await context.exposeBinding('__jiaokanInvoke', async ({ frame }, method: unknown, args: unknown[]) => {
    // The same sender check as ipcRegistration.ts: only our own origin may call.
    if (new URL(frame.url()).origin !== server.origin) throw new Error('untrusted sender');
    if (!isInvokeMethod(method)) throw new Error(`unknown method ${String(method)}`);
    return payloads.stashIfLarge(await dispatchInvoke(handlers, method as InvokeMethod, args.map(decodeArg)));
  });
  // Under tsx (npm run bench) a serialized function calls esbuild's __name helper: the page needs it too.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installBridgeApi, { methods: INVOKE_METHODS, payloadPath: PAYLOAD_PATH });
  if (options.refuse) await page.route(options.refuse, (route) => route.abort());
  await page.goto(`${server.origin}/index.html`);
  return {
    kind: 'browser',
    page,
    async sendMenu(command) {
      await page.evaluate((c) => window.__jiaokanMenu(c), command);
    },
    async answerOpenDialog(path) {
      dialogAnswers.push(path);
    },
    async answerSaveDialog(path) {
      saveAnswers.push(path);
    },
    async close() {
      handlers.dispose();
      await houseStyle.shutdown();
      await context.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** What Electron's offscreen window does in the app: the report printed by Chromium, with scripts off. */
async function printInBrowser(html: string): Promise<Uint8Array> {
  const context = await browser!.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
  } finally {
    await context.close();
  }
}

function decodeArg(arg: unknown): unknown {
  if (arg && typeof arg === 'object' && '__bytes' in arg && Array.isArray(arg.__bytes)) return Uint8Array.from(arg.__bytes as number[]);
  return arg;
}
