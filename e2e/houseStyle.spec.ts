import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

/** The team's own draft: an organisation written two ways, a township written as a town, a doubled word, two style slips. */
const DRAFT = [
  '青石县秋收见闻',
  '河东绿野农机合作社添了新机器，河西绿叶农机合作社也来参观，绿野农机合作社的社长讲了经验。',
  '会宁县党家岘镇的药材今年丰收，合作社合作社员都来帮忙。',
  '施工队在村委会门口按装了路灯，一名残废人也来搭把手。',
].join('\n\n');

let dir: string;
let dataDir: string;

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-e2e-style-'));
  dataDir = await mkdtemp(join(tmpdir(), 'jiaokan-e2e-style-data-'));
  await writeFile(join(dir, 'harvest.txt'), `${DRAFT}\n`);
  await writeFile(join(dir, '.jiaokan-style.txt'), '按装 → 安装\n');
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

function findings(page: Page, rule: string) {
  return page.locator(`[data-testid=finding-item][data-rule="${rule}"]`);
}

function styleFinding(page: Page, text: string) {
  return findings(page, 'style.term').filter({ has: page.locator('.jk-finding-text', { hasText: text }) });
}

test('style findings come from the draft folder and the built-in list; the built-in list can be switched off', async ({ launch }) => {
  const { page } = await launch({ startupPath: join(dir, 'harvest.txt'), dataDir });
  await expect(styleFinding(page, '按装')).toHaveCount(1);
  await expect(styleFinding(page, '按装')).toContainText('安装');
  await expect(styleFinding(page, '残废人')).toContainText('新华社禁用词');

  await page.getByTestId('settings-button').click();
  const files = page.getByTestId('style-file');
  await expect(files).toHaveCount(1);
  await expect(files.first()).toHaveAttribute('data-origin', 'folder');
  await expect(files.first()).toContainText('.jiaokan-style.txt');
  await page.getByTestId('settings-builtin-style').uncheck();
  await page.getByTestId('settings-done').click();
  await expect(styleFinding(page, '残废人')).toHaveCount(0);
  await expect(styleFinding(page, '按装')).toHaveCount(1);
});

test('不再提示此词 silences consistency, gazetteer and repetition findings, is undoable, and is written to the user style file', async ({ launch }) => {
  const { page } = await launch({ startupPath: join(dir, 'harvest.txt'), dataDir });
  for (const rule of ['consistency.org', 'gazetteer.unknown-town', 'repetition.word']) {
    await expect(findings(page, rule)).toHaveCount(1);
    await findings(page, rule).getByTestId('ignore-text').click();
    await expect(findings(page, rule)).toHaveCount(0);
    await expect(page.getByTestId('style-added-notice')).toBeVisible();
  }
  const userFile = await readFile(join(dataDir, 'jiaokan-style.txt'), 'utf8');
  expect(userFile).toBe('[忽略]\n合作社合作社\n党家岘镇\n绿叶农机\n');

  // Undo takes back the last one: the repetition finding returns.
  await page.getByTestId('style-undo').click();
  await expect(findings(page, 'repetition.word')).toHaveCount(1);
  await expect(findings(page, 'gazetteer.unknown-town')).toHaveCount(0);
  expect(await readFile(join(dataDir, 'jiaokan-style.txt'), 'utf8')).not.toContain('合作社合作社');

  await page.getByTestId('settings-button').click();
  await expect(page.locator('[data-testid=style-file][data-origin=user]')).toContainText('jiaokan-style.txt');
});

test('加入本报用语 adds the selection as a forbidden form; a style file changed on disk re-checks the draft', async ({ launch }) => {
  const { page } = await launch({ startupPath: join(dir, 'harvest.txt'), dataDir });
  await expect(styleFinding(page, '按装')).toHaveCount(1);
  // Clicking a finding selects its span in the editor.
  await findings(page, 'gazetteer.unknown-town').click();
  await page.getByTestId('add-style-term-button').click();
  await expect(page.getByTestId('style-term-forbidden')).toHaveValue('党家岘镇');
  await page.getByTestId('style-term-preferred').fill('党家岘乡');
  await page.getByTestId('add-style-term-confirm').click();
  await expect(styleFinding(page, '党家岘镇')).toContainText('党家岘乡');
  expect(await readFile(join(dataDir, 'jiaokan-style.txt'), 'utf8')).toBe('党家岘镇 → 党家岘乡\n');

  await writeFile(join(dir, '.jiaokan-style.txt'), '按装 → 安装\n路灯 → 街灯 # 本报写法\n');
  await expect(styleFinding(page, '路灯')).toContainText('本报写法');
});

test('a malformed style line is shown with file:line in the settings and the other entries still apply', async ({ launch }) => {
  await writeFile(join(dir, '.jiaokan-style.txt'), '按装 →\n残废人 → 残障人士\n');
  const { page } = await launch({ startupPath: join(dir, 'harvest.txt'), dataDir });
  await expect(styleFinding(page, '残废人')).toContainText('残障人士');
  await expect(styleFinding(page, '按装')).toHaveCount(0);
  await page.getByTestId('settings-button').click();
  await expect(page.getByTestId('style-problem')).toHaveText(new RegExp(`^用语表 .*\\.jiaokan-style\\.txt:1：`));
});
