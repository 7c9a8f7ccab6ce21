import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { langFromLocale } from '../core/i18n/lang';
import { t } from '../core/i18n/messages';
import { RecentFiles } from '../node/appState/recentFiles';
import { RecoveryStore } from '../node/recovery/recoveryStore';
import { DRAFT_DISK_CHANNEL, STYLE_CHANGED_CHANNEL } from '../shared/api';
import { HouseStyle } from '../node/style/houseStyle';
import { SettingsStore } from '../node/appState/settingsStore';
import { startupPathFromArgv } from '../node/startupPath';
import { createApiHandlers } from './apiHandlers';
import { installAppMenu } from './appMenu';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { askOpenFile, askOpenSources, askOpenStyleFile, askSaveDraftPath, askSavePath } from './fileDialogs';
import { SourceTextCache } from '../node/sources/sourceTextCache';
import { registerIpcHandlers } from './ipcRegistration';
import { createMainWindow } from './mainWindow';
import { printToPdf } from './printToPdf';
import { applySecurityPolicy } from './security';
import { RENDERER_JS_FLAGS } from '../shared/rendererJsFlags';

/** Main-process services follow one contract (as Zettlr's providers do): boot before use, shutdown on quit. */
interface MainService {
  boot(): Promise<void>;
  shutdown(): Promise<void>;
}

/** Run from the sources or `electron .` (tests, development), not an installed app. */
const development = !app.isPackaged;

// Tests run each app instance with its own data folder so they never touch the user's settings;
// an installed app ignores the variable, so nothing in its environment can redirect its data.
if (development && process.env.JIAOKAN_USER_DATA_DIR) app.setPath('userData', process.env.JIAOKAN_USER_DATA_DIR);

const outDir = join(__dirname, '..');
const appRoot = join(outDir, '..');

registerAppScheme();
// Before any renderer starts: see rendererJsFlags.ts.
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS.join(' '));
if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const settings = new SettingsStore(dataDir, langFromLocale(app.getLocale()));
  const recent = new RecentFiles(dataDir);
  const recovery = new RecoveryStore(dataDir);
  const houseStyle = new HouseStyle(dataDir);
  const services: MainService[] = [settings, recent, recovery, houseStyle];
  await Promise.all(services.map((s) => s.boot()));
  app.on('will-quit', () => void Promise.all(services.map((s) => s.shutdown())));

  applySecurityPolicy();
  serveRenderer(join(outDir, 'renderer'));

  const handlers = createApiHandlers({
    askOpenFile: () => askOpenFile(mainWindow, settings.get().lang),
    askSavePath: (defaultPath, format) => askSavePath(mainWindow, settings.get().lang, defaultPath, format),
    askSaveDraftPath: (defaultPath) => askSaveDraftPath(mainWindow, settings.get().lang, defaultPath),
    printToPdf,
    documentsDir: app.getPath('documents'),
    settings,
    recent,
    recovery,
    notifyDraftDisk: (event) => mainWindow?.webContents.send(DRAFT_DISK_CHANNEL, event),
    startupPath: startupPathFromArgv(process.argv, process.cwd()),
    samplePath: join(appRoot, 'resources', 'samples', 'sample-draft.txt'),
    houseStyle,
    askOpenStyleFile: () => askOpenStyleFile(mainWindow, settings.get().lang),
    notifyStyleChanged: () => mainWindow?.webContents.send(STYLE_CHANGED_CHANNEL),
    askOpenSources: () => askOpenSources(mainWindow, settings.get().lang),
    sourceTextCache: new SourceTextCache(dataDir),
  });
  app.on('will-quit', () => handlers.dispose());
  registerIpcHandlers(handlers, (event) => mainWindow !== null && event.sender === mainWindow.webContents);

  mainWindow = createMainWindow(outDir, t(settings.get().lang, 'shell.title'), development);
  mainWindow.on('closed', () => (mainWindow = null));
  installAppMenu(mainWindow, settings.get().lang, development);
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});
app.on('window-all-closed', () => app.quit());
app.whenReady().then(start, (error: unknown) => {
  console.error('Jiaokan could not start:', error);
  app.exit(1);
});
