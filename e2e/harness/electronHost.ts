import { _electron } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MENU_CHANNEL } from '../../src/shared/api';
import type { AppHost, LaunchOptions } from './appHost';
import { REPO_ROOT } from './paths';

/** The real app: the built main process in Electron, launched by Playwright. */
export async function launchInElectron(binary: string, options: LaunchOptions): Promise<AppHost> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'jiaokan-electron-')));
  const app = await _electron.launch({
    executablePath: binary,
    args: [join(REPO_ROOT, 'out', 'main', 'index.js'), ...(options.startupPath ? [options.startupPath] : [])],
    env: { ...process.env, JIAOKAN_USER_DATA_DIR: dataDir, LANG: options.lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await app.firstWindow();
  await page.setViewportSize({ width: 1280, height: 800 });
  return {
    kind: 'electron',
    page,
    async sendMenu(command) {
      await app.evaluate(({ BrowserWindow }, [channel, c]) => BrowserWindow.getAllWindows()[0]?.webContents.send(channel, c), [MENU_CHANNEL, command] as const);
    },
    async answerOpenDialog(path) {
      await app.evaluate(({ dialog }, answer) => {
        const reply = async () => (answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] });
        dialog.showOpenDialog = reply as typeof dialog.showOpenDialog;
      }, path);
    },
    async answerSaveDialog(path) {
      await app.evaluate(({ dialog }, answer) => {
        const reply = async () => (answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer });
        dialog.showSaveDialog = reply as typeof dialog.showSaveDialog;
      }, path);
    },
    async close() {
      await app.close();
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
