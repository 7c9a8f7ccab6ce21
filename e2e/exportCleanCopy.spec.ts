import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

const DRAFT = join(__dirname, 'drafts', 'loquat-harvest.txt');
const HALF_WIDTH_COMMA_IN_CHINESE = /(?<=\p{Script=Han}),(?=\p{Script=Han})/gu;

/**
 * Each test works in a temp folder of its own, removed when the test process exits rather than
 * after the test: the bridge keeps watching the opened draft after the page closes, and a
 * deletion it noticed then would be reported to a closed page.
 */
const workDirs: string[] = [];
process.on('exit', () => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
let workDir: string;
test.beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'jiaokan-export-e2e-'));
  workDirs.push(workDir);
});

/** The draft copied to a folder of its own, so nothing is ever written beside the fixtures. */
function draftCopy(name = 'loquat-harvest.txt'): string {
  const path = join(workDir, name);
  copyFileSync(DRAFT, path);
  return path;
}

/** Waits for the check to finish; a 1 MB draft on a busy machine may take a while, which is not what is tested. */
async function checked(page: Page, timeout?: number): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1, { timeout });
}

async function openExportDialog(page: Page) {
  await page.locator('[data-testid=export-button]').click();
  const dialog = page.locator('[data-testid=export-dialog]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-testid=export-preview][data-state=ready]')).toHaveCount(1);
  return dialog;
}

async function countOf(page: Page, transform: string): Promise<number> {
  return Number(await page.locator(`[data-testid=export-counts] [data-transform=${transform}]`).getAttribute('data-count'));
}

/** The article as written (title to last paragraph), without the page furniture around it. */
function articleBody(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('石门村枇杷熟了'));
  const last = lines.findIndex((l) => l.startsWith('为了让果子卖得更远'));
  return lines.slice(first, last + 1).join('\n');
}

test('the export dialog previews the cleaning, then writes clean copy with only the allowed changes', async ({ launch }) => {
  const draftPath = draftCopy();
  const original = readFileSync(draftPath, 'utf8');
  const host = await launch({ startupPath: draftPath });
  const { page } = host;
  await checked(page);
  const dialog = await openExportDialog(page);

  // Every transform is on; the format follows the draft's; the change log is opt-in.
  for (const transform of ['stripChrome', 'applySuggestions', 'punctuation', 'whitespace']) {
    await expect(dialog.locator(`[data-testid=export-transform-${transform}]`)).toBeChecked();
  }
  await expect(dialog.locator('[data-testid=export-format]')).toHaveValue('txt');
  await expect(dialog.locator('[data-testid=export-save-log]')).not.toBeChecked();

  // Counts: the three head lines and the tail block of chrome, one per half-width comma, nothing accepted yet.
  const commas = original.match(HALF_WIDTH_COMMA_IN_CHINESE)?.length ?? 0;
  expect(commas).toBeGreaterThanOrEqual(6);
  expect(await countOf(page, 'stripChrome')).toBe(4);
  expect(await countOf(page, 'punctuation')).toBe(commas);
  expect(await countOf(page, 'applySuggestions')).toBe(0);
  await expect(dialog.locator('[data-testid=export-counts] [data-transform=applySuggestions]')).toContainText('已采纳 0 条');

  // The preview: chrome as removed paragraphs, each comma struck through with its replacement marked.
  const preview = dialog.locator('[data-testid=export-preview]');
  const removed = preview.locator('[data-testid=export-preview-entry][data-kind=removed]');
  await expect(removed).toHaveCount(4);
  await expect(removed.first().locator('del')).toContainText('您当前的位置');
  await expect(removed.last().locator('del').first()).toContainText('版权声明');
  await expect(preview.locator('del', { hasText: /^,$/ }).first()).toBeVisible();
  await expect(preview.locator('ins', { hasText: /^，$/ })).toHaveCount(commas);
  await expect(preview.locator('[data-kind=inline]').first()).toContainText('立夏刚过');

  // Switching punctuation off updates the counts and the preview.
  await dialog.locator('[data-testid=export-transform-punctuation]').uncheck();
  await expect(preview.locator('ins', { hasText: /^，$/ })).toHaveCount(0);
  expect(await countOf(page, 'punctuation')).toBe(0);
  await dialog.locator('[data-testid=export-transform-punctuation]').check();
  await expect(preview.locator('ins', { hasText: /^，$/ })).toHaveCount(commas);

  await dialog.locator('[data-testid=export-save-log]').check();
  const outPath = join(workDir, 'loquat-harvest.clean.txt');
  await host.answerSaveDialog(outPath);
  await dialog.locator('[data-testid=export-submit]').click();
  await expect(page.locator('[data-testid=export-done]')).toContainText(outPath);
  await expect(dialog).toHaveCount(0);

  const exported = readFileSync(outPath, 'utf8');
  expect(exported).not.toContain('您当前的位置');
  expect(exported).not.toContain('版权');
  expect(exported).not.toContain('责任编辑');
  expect(exported).not.toContain('分享到');
  expect(exported).not.toMatch(HALF_WIDTH_COMMA_IN_CHINESE);
  // Every other character of the body is unchanged: undoing the comma fix gives the article back.
  expect(exported.trimEnd()).toBe(articleBody(original).replace(HALF_WIDTH_COMMA_IN_CHINESE, '，'));
  expect(existsSync(join(workDir, 'loquat-harvest.clean.changes.txt'))).toBe(true);
  expect(readFileSync(draftPath, 'utf8')).toBe(original);
});

test('exporting onto the draft itself is refused with a clear message and the draft is untouched', async ({ launch }) => {
  const draftPath = draftCopy();
  const before = readFileSync(draftPath);
  const host = await launch({ startupPath: draftPath });
  const { page } = host;
  await checked(page);
  const dialog = await openExportDialog(page);

  await host.answerSaveDialog(draftPath);
  await dialog.locator('[data-testid=export-submit]').click();
  const error = dialog.locator('[data-testid=export-error]');
  await expect(error).toContainText('原稿');
  await expect(error).toContainText('loquat-harvest.clean.txt');
  await expect(page.locator('[data-testid=export-done]')).toHaveCount(0);
  expect(readFileSync(draftPath).equals(before)).toBe(true);

  // A cancelled save dialog leaves the dialog open and writes nothing.
  await host.answerSaveDialog(null);
  await dialog.locator('[data-testid=export-submit]').click();
  await expect(dialog.locator('[data-testid=export-submit]')).toBeEnabled();
  await expect(dialog).toBeVisible();
  expect(readFileSync(draftPath).equals(before)).toBe(true);
});

test('the preview of a 1 MB draft is computed off the UI thread and capped', async ({ launch }) => {
  // About 1 MB of UTF-8: the test draft's paragraphs repeated, each with its half-width commas.
  const paragraphs = articleBody(readFileSync(DRAFT, 'utf8')).split('\n').filter(Boolean);
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 1_000_000; i++) {
    const line = `${i + 1}．${paragraphs[i % paragraphs.length]!}`;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 2;
  }
  const bigPath = join(workDir, 'big-draft.txt');
  writeFileSync(bigPath, lines.join('\n\n'));
  const { page } = await launch({ startupPath: bigPath });
  await checked(page, 120_000);

  // The preview is computed by the check worker; how long it takes is not asserted (a timing bound
  // fails by chance on a busy machine).
  const dialog = await openExportDialog(page);
  expect(page.workers().some((worker) => /checkWorker/.test(worker.url()))).toBe(true);

  const more = dialog.locator('[data-testid=export-preview-more]');
  await expect(more).toBeVisible();
  expect(Number(await more.getAttribute('data-count'))).toBeGreaterThan(1000);
  expect(await dialog.locator('[data-testid=export-preview-entry]').count()).toBeLessThanOrEqual(300);
  expect(await countOf(page, 'punctuation')).toBeGreaterThan(10_000);
});
