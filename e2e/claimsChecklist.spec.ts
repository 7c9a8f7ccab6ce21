import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from './fixtures';

const DRAFT = join(__dirname, 'drafts', 'orchard-web.txt');

async function ready(page: Page): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');
}

const claimRow = (page: Page, label: string): Locator => page.locator('[data-testid=claim-item]').filter({ has: page.locator('.jk-finding-text', { hasText: new RegExp(`^${label}$`) }) });
const tabCount = async (page: Page, tab: string): Promise<number> => Number(await page.locator(`[data-testid=review-tab-${tab}] .jk-tab-count`).innerText());

test('the claims checklist has one row per distinct claim with its sentence, counts progress by rows, and keeps verdicts through edits and reopening', async ({ launch }) => {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-claims-'));
  const draft = join(dir, 'orchard-web.txt');
  await copyFile(DRAFT, draft);
  const dataDir = await mkdtemp(join(tmpdir(), 'jiaokan-claims-data-'));
  let host = await launch({ startupPath: draft, dataDir });
  let { page } = host;
  await ready(page);
  await page.locator('[data-testid=review-tab-claims]').click();

  const rows = page.locator('[data-testid=claim-item]');
  const claims = await tabCount(page, 'claims');
  await expect(rows).toHaveCount(claims);
  // 北沟镇 is written many times: one row, with its count and the sentence of its first mention.
  const town = claimRow(page, '北沟镇');
  await expect(town).toHaveCount(1);
  expect(Number(await town.getAttribute('data-occurrences'))).toBeGreaterThan(10);
  await expect(town.locator('[data-testid=claim-occurrences]')).toHaveText(/^×\d+$/);
  await expect(town.locator('[data-testid=claim-sentence] mark')).toHaveText('北沟镇');
  await expect(town.locator('[data-testid=claim-sentence]')).toContainText('一棵苹果树');
  const labels = (await page.locator('[data-testid=claim-item] .jk-finding-text').allTextContents()).join('|');
  expect(new Set(labels.split('|')).size).toBe(claims);
  // Nothing from the page chrome, nothing generic.
  for (const absent of ['韩冬', '融媒体中心', '上市公司', '科技公司']) expect(labels).not.toContain(absent);

  // Progress: nothing reviewed of the findings plus the distinct claims.
  const progress = page.locator('[data-testid=review-progress]');
  await expect(progress).toHaveText(`0 / ${(await tabCount(page, 'findings')) + claims} 已核查`);
  await town.locator('.jk-finding-text').click();
  await town.locator('[data-testid=verdict-verified]').click();
  await expect(town.locator('[data-testid=review-item]')).toHaveAttribute('data-verdict', 'verified');
  await expect(progress).toHaveText(/^1 \/ \d+ 已核查$/);

  // An edit before its first mention: the row and its verdict stay.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('编者按：本稿据北沟镇提供的材料整理。\n');
  await ready(page);
  await expect(claimRow(page, '北沟镇').locator('[data-testid=review-item]')).toHaveAttribute('data-verdict', 'verified');
  await expect(claimRow(page, '北沟镇').locator('[data-testid=claim-sentence]')).toContainText('编者按');

  await host.close();
  host = await launch({ startupPath: draft, dataDir });
  page = host.page;
  await ready(page);
  await page.locator('[data-testid=review-tab-claims]').click();
  await expect(claimRow(page, '北沟镇').locator('[data-testid=review-item]')).toHaveAttribute('data-verdict', 'verified');
});
