import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createApiHandlers, type ApiHandlers } from '../../src/main/apiHandlers';
import { RecentFiles } from '../../src/node/appState/recentFiles';
import { SettingsStore } from '../../src/node/appState/settingsStore';
import { RecoveryStore } from '../../src/node/recovery/recoveryStore';
import { HouseStyle } from '../../src/node/style/houseStyle';
import { SourceTextCache } from '../../src/node/sources/sourceTextCache';

export const DRAFT = '临河县北沟镇今年扩种高粱4.2万亩,预计产量1.8万吨。\n';
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The real handlers with the dialogs answered by the test: the save dialog returns `saveAs`, the sources dialog `sourceAnswers`. */
export async function handlersFor(startupPath: string | ((dataDir: string) => string), saveAs: string[], sourceAnswers: string[][] = []): Promise<{ handlers: ApiHandlers; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jiaokan-writes-'));
  dirs.push(dataDir);
  const settings = new SettingsStore(dataDir, 'zh');
  const recent = new RecentFiles(dataDir);
  const recovery = new RecoveryStore(dataDir);
  const houseStyle = new HouseStyle(dataDir);
  await Promise.all([settings.boot(), recent.boot(), recovery.boot(), houseStyle.boot()]);
  const handlers = createApiHandlers({
    askOpenFile: async () => null,
    askSavePath: async () => saveAs.shift() ?? null,
    askSaveDraftPath: async () => null,
    printToPdf: async () => new Uint8Array(),
    documentsDir: dataDir,
    settings,
    recent,
    recovery,
    houseStyle,
    askOpenStyleFile: async () => null,
    notifyStyleChanged: () => undefined,
    notifyDraftDisk: () => undefined,
    startupPath: typeof startupPath === 'string' ? startupPath : startupPath(dataDir),
    samplePath: '',
    askOpenSources: async () => sourceAnswers.shift() ?? [],
    sourceTextCache: new SourceTextCache(dataDir),
  });
  return { handlers, dataDir };
}

/** A file named `name` holding `text` in a new temporary folder (removed after the tests). */
export async function draftIn(name: string, text = DRAFT): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-draft-'));
  dirs.push(dir);
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}
