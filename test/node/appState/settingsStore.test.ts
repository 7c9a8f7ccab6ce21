import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../src/node/appState/settingsStore';
import { DEFAULT_SETTINGS } from '../../../src/shared/settingsLimits';

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-settings-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('SettingsStore: typography and layout', () => {
  it('a settings file written before these settings existed keeps its values and gets the defaults', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ lang: 'en', theme: 'dark', reviewer: '周编辑', builtinStyle: false }));
    const store = new SettingsStore(dir, 'zh');
    await store.boot();
    expect(store.get()).toEqual({
      lang: 'en',
      theme: 'dark',
      reviewer: '周编辑',
      builtinStyle: false,
      editorFont: DEFAULT_SETTINGS.editorFont,
      editorFontSize: DEFAULT_SETTINGS.editorFontSize,
      sidePanelWidth: DEFAULT_SETTINGS.sidePanelWidth,
      compareHeight: null,
    });
  });

  it('remembers the typeface, size and pane sizes across restarts', async () => {
    const dir = await dataDir();
    const first = new SettingsStore(dir, 'zh');
    await first.boot();
    await first.update({ editorFont: 'serif', editorFontSize: 20, sidePanelWidth: 520, compareHeight: 240 });
    const second = new SettingsStore(dir, 'zh');
    await second.boot();
    expect(second.get()).toMatchObject({ editorFont: 'serif', editorFontSize: 20, sidePanelWidth: 520, compareHeight: 240 });
  });

  it('refuses sizes outside the limits and keeps what was saved', async () => {
    const dir = await dataDir();
    const store = new SettingsStore(dir, 'zh');
    await store.boot();
    await store.update({ editorFontSize: 18 });
    const saved = await readFile(join(dir, 'settings.json'), 'utf8');
    await expect(store.update({ editorFontSize: 400 })).rejects.toThrow();
    await expect(store.update({ sidePanelWidth: 20 })).rejects.toThrow();
    await expect(store.update({ editorFontSize: 17.5 })).rejects.toThrow();
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(saved);
    expect(store.get().editorFontSize).toBe(18);
  });
});
