import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_COPY_OPTIONS } from '../../src/core/cleanCopy/cleanCopy';
import { createApiHandlers, type ApiHandlers } from '../../src/main/apiHandlers';
import { RecentFiles } from '../../src/node/appState/recentFiles';
import { SettingsStore } from '../../src/node/appState/settingsStore';
import { RecoveryStore } from '../../src/node/recovery/recoveryStore';
import { HouseStyle } from '../../src/node/style/houseStyle';
import { recoveryKeyOf } from '../../src/node/recovery/recoveryKey';
import { sidecarPathFor } from '../../src/node/review/sidecarPath';

const DRAFT = '临河县北沟镇今年扩种高粱4.2万亩,预计产量1.8万吨。\n';
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The real handlers with the dialogs answered by the test: the save dialog returns `saveAs`. */
async function handlersFor(startupPath: string | ((dataDir: string) => string), saveAs: string[]): Promise<{ handlers: ApiHandlers; dataDir: string }> {
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
  });
  return { handlers, dataDir };
}

async function draftIn(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-draft-'));
  dirs.push(dir);
  const path = join(dir, name);
  await writeFile(path, DRAFT);
  return path;
}

describe('files the app writes never land on an open draft or its review', () => {
  it('the change log of an export refuses the draft its name would take, and nothing is written', async () => {
    const draft = await draftIn('稿件.changes.txt');
    const out = join(draft, '..', '稿件.md');
    const { handlers } = await handlersFor(draft, [out]);
    expect(await handlers.openStartupDraft()).toMatchObject({ ok: true });
    const result = await handlers.exportCleanCopy({ text: DRAFT, sourcePath: null, sourceName: '稿件.changes.txt', format: 'md', options: { ...DEFAULT_CLEAN_COPY_OPTIONS }, accepted: [], saveLog: true });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('稿件.changes.txt') });
    expect(await readFile(draft, 'utf8')).toBe(DRAFT);
    expect(existsSync(out)).toBe(false);
    handlers.dispose();
  });

  it('a review report refuses the draft and its review file', async () => {
    const draft = await draftIn('稿件.txt');
    const { handlers } = await handlersFor(draft, [draft, sidecarPathFor(draft)]);
    await handlers.openStartupDraft();
    const opened = await handlers.openReview(draft, DRAFT, []);
    if (!opened.ok) throw new Error('expected the review to open');
    expect(await handlers.exportReviewReport('稿件.txt', opened.review, 'md')).toMatchObject({ ok: false, message: expect.stringContaining('绝不覆盖') });
    expect(await handlers.exportReviewReport('稿件.txt', opened.review, 'csv')).toMatchObject({ ok: false });
    expect(await readFile(draft, 'utf8')).toBe(DRAFT);
    expect(existsSync(sidecarPathFor(draft))).toBe(false);
    handlers.dispose();
  });

  it('an autosave refuses a recovery file that is the open draft', async () => {
    const { handlers, dataDir } = await handlersFor((data) => join(data, 'recovery', `${recoveryKeyOf(null)}.recovery.json`), []);
    const draft = join(dataDir, 'recovery', `${recoveryKeyOf(null)}.recovery.json`);
    await writeFile(draft, DRAFT);
    expect(await handlers.openStartupDraft()).toMatchObject({ ok: true });
    expect(await handlers.autosaveDraft({ path: null, name: '未命名', text: '别的内容' })).toMatchObject({ ok: false, message: expect.stringContaining('绝不覆盖') });
    expect(await readFile(draft, 'utf8')).toBe(DRAFT);
    handlers.dispose();
  });
});
