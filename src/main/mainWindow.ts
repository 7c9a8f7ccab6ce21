import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './appProtocol';

/**
 * The one factory for the editor window; its webPreferences are the hardened set the wiring
 * test asserts. DevTools open only in a development build.
 */
export function createMainWindow(outDir: string, title: string, development: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title,
    show: false,
    backgroundColor: '#1f1f1f',
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: development,
      // Middle-click would otherwise open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
