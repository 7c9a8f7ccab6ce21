import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

const DRAFTS = join(__dirname, 'drafts');
/** Removed when the test process exits: the bridge may still be watching a saved draft. */
const workDirs: string[] = [];
process.on('exit', () => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-save-e2e-'));
  workDirs.push(dir);
  const path = join(dir, name);
  copyFileSync(join(DRAFTS, name), path);
  return path;
}

async function typeAtStart(page: Page, text: string): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await page.locator('.cm-content').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText(text);
}

test('Ctrl+S writes the edited GBK draft back in GB18030, and the title shows the unsaved state until then', async ({ launch }) => {
  const path = copyOf('river-town-gbk.txt');
  const before = iconv.decode(readFileSync(path), 'gb18030');
  const { page } = await launch({ startupPath: path });
  await typeAtStart(page, '（更正稿）');
  await expect(page).toHaveTitle(/未保存/);
  await page.keyboard.press('Control+s');
  await expect(page).not.toHaveTitle(/未保存/);
  expect(iconv.decode(readFileSync(path), 'gb18030')).toBe(`（更正稿）${before}`);
});

test('Save As writes a .docx and the review file follows the draft', async ({ launch }) => {
  const path = copyOf('river-town.txt');
  const out = path.replace(/\.txt$/, '-定稿.docx');
  const host = await launch({ startupPath: path });
  const { page } = host;
  await typeAtStart(page, '（定稿）');
  await host.answerSaveDialog(out);
  await host.sendMenu('saveAs');
  await expect(page).toHaveTitle(/-定稿\.docx/);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  expect(existsSync(`${out}.jiaokan.json`)).toBe(true);
});

test('opening another draft over edits offers 保存 / 不保存 / 取消, and 保存 saves first', async ({ launch }) => {
  const path = copyOf('river-town.txt');
  const other = copyOf('tea-county.txt');
  const host = await launch({ startupPath: path });
  const { page } = host;
  await typeAtStart(page, '（改）');
  await host.answerOpenDialog(other);
  await host.sendMenu('open');
  const dialog = page.locator('[data-testid=confirm-dialog]');
  await expect(dialog.getByRole('button')).toHaveText(['取消', '不保存', '保存']);
  await dialog.locator('[data-testid=confirm-save]').click();
  await expect(page).toHaveTitle(/tea-county/);
  expect(readFileSync(path, 'utf8').startsWith('（改）')).toBe(true);
});

test('Save on an opened .docx explains that its formatting would be lost and offers Save As, leaving the file alone', async ({ launch }) => {
  const path = copyOf('river-town.txt');
  const docx = path.replace(/\.txt$/, '.docx');
  const host = await launch({ startupPath: path });
  await expect(host.page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await host.answerSaveDialog(docx);
  await host.sendMenu('saveAs');
  await expect(host.page).toHaveTitle(/river-town\.docx/);
  const bytes = readFileSync(docx);
  await typeAtStart(host.page, '（改）');
  await host.sendMenu('save');
  const question = host.page.locator('[data-testid=save-question]');
  await expect(question).toContainText('格式');
  await question.locator('[data-testid=save-question-cancel]').click();
  expect(readFileSync(docx)).toEqual(bytes);
  await expect(host.page).toHaveTitle(/未保存/);
});

test('closing the window over edits asks 保存 / 不保存 / 取消, and 保存 writes the draft', async ({ launch }) => {
  const path = copyOf('river-town.txt');
  const { page } = await launch({ startupPath: path });
  await typeAtStart(page, '（收尾）');
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.close({ runBeforeUnload: true });
  await page.locator('[data-testid=confirm-dialog] [data-testid=confirm-save]').click();
  await expect.poll(() => readFileSync(path, 'utf8').startsWith('（收尾）')).toBe(true);
});
