import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { AppHost, LaunchOptions } from './harness/appHost';
import { openDraftCopy } from './harness/draftCopy';
import { reviewReady } from './harness/panel';
import { sidecarPathFor } from '../src/node/review/sidecarPath';
import { expect, test } from './fixtures';
import { tempFolder } from './harness/tempFolder';

/**
 * A news story of our own as copied from a web page: breadcrumb and stamp above, editor credit
 * and copyright notice (with a half-width comma) below, places and figures stated many times.
 */
const DRAFT = join(__dirname, 'drafts', 'orchard-web.txt');

/** Opens a fresh copy of the draft (its review file is written beside it), ready and saved; `reopen` starts the app again on it. */
const openCopy = (launch: (options: LaunchOptions) => Promise<AppHost>) => openDraftCopy(launch, DRAFT, ['saved']);

const ready = (page: Page) => reviewReady(page, ['saved']);

/** Half-width comma findings in the panel: single cards, and those folded into a row of identical ones. */
const commaCount = (page: Page): Promise<number> =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-rule="punctuation.half-width"]')].reduce((n, el) => {
      if (el.matches('[data-testid=finding-bundle]')) return n + Number(el.getAttribute('data-count'));
      return el.matches('[data-testid=finding-item]') && !el.closest('[data-testid=finding-bundle]') ? n + 1 : n;
    }, 0),
  );
const claimLabels = async (page: Page): Promise<string> => {
  await page.locator('[data-testid=review-tab-claims]').click();
  const labels = (await page.locator('[data-testid=claim-item] .jk-finding-text').allTextContents()).join('|');
  await page.locator('[data-testid=review-tab-findings]').click();
  return labels;
};

test('page chrome is dimmed and not checked; 计入检查 brings its findings and claims back, and the draft remembers it', async ({ launch }) => {
  const opened = await openCopy(launch);
  let { page } = opened;

  const notice = page.locator('[data-testid=chrome-notice]');
  await expect(notice).toHaveAttribute('data-excluded', 'true');
  await expect(notice).toContainText('版权声明');
  const dimmed = page.locator('.cm-content .jk-chrome');
  await expect(dimmed.filter({ hasText: '当前位置' })).not.toHaveCount(0);
  // The editor draws only the lines in view: scroll to the footer.
  await page.locator('.cm-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(dimmed.filter({ hasText: '未经授权不得转载' })).not.toHaveCount(0);
  // The body's half-width comma is found; the one in the copyright notice is not.
  await expect.poll(() => commaCount(page)).toBe(1);
  expect(await claimLabels(page)).not.toContain('韩冬');

  await page.locator('[data-testid=chrome-include]').click();
  await expect(notice).toHaveAttribute('data-excluded', 'false');
  await expect(dimmed).toHaveCount(0);
  await expect.poll(() => commaCount(page)).toBe(2);
  await ready(page);
  expect(await claimLabels(page)).toContain('韩冬');
  const stored = JSON.parse(await readFile(sidecarPathFor(opened.draft), 'utf8')) as { review: { chromeIncluded?: boolean } };
  expect(stored.review.chromeIncluded).toBe(true);

  // Text the user has said is the article's is not stripped from the clean copy either.
  await page.locator('[data-testid=export-button]').click();
  await expect(page.locator('[data-testid=export-transform-stripChrome]')).not.toBeChecked();
  await page.locator('[data-testid=export-cancel]').click();

  page = await opened.reopen();
  await expect(page.locator('[data-testid=chrome-notice]')).toHaveAttribute('data-excluded', 'false');
  await expect.poll(() => commaCount(page)).toBe(2);

  // And back: the recognition was right after all.
  await page.locator('[data-testid=chrome-exclude]').click();
  await expect(page.locator('[data-testid=chrome-notice]')).toHaveAttribute('data-excluded', 'true');
  await expect.poll(() => commaCount(page)).toBe(1);
});

const claimRow = (page: Page, label: string): Locator => page.locator('[data-testid=claim-item]').filter({ has: page.locator('.jk-finding-text', { hasText: new RegExp(`^${label}$`) }) });
const tabCount = async (page: Page, tab: string): Promise<number> => Number(await page.locator(`[data-testid=review-tab-${tab}] .jk-tab-count`).innerText());

test('the claims checklist has one row per distinct claim with its sentence, counts progress by rows, and keeps verdicts through edits and reopening', async ({ launch }) => {
  const opened = await openCopy(launch);
  let { page } = opened;
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

  page = await opened.reopen();
  await page.locator('[data-testid=review-tab-claims]').click();
  await expect(claimRow(page, '北沟镇').locator('[data-testid=review-item]')).toHaveAttribute('data-verdict', 'verified');
});

test('a claim row keeps its verdict and sentence in its summary once another is current, also after edits that move it', async ({ launch }) => {
  const { page } = await openCopy(launch);
  await page.locator('[data-testid=review-tab-claims]').click();
  const town = claimRow(page, '北沟镇');
  await town.locator('.jk-finding-text').click();
  await town.locator('[data-testid=verdict-confirmed]').click();
  const other = page.locator('[data-testid=claim-item]').filter({ hasNot: page.locator('.jk-finding-text', { hasText: /^北沟镇$/ }) }).last();
  await other.locator('.jk-finding-text').click();
  await expect(other.locator('[data-testid=verdict-confirmed]')).toHaveCount(1);
  const summary = town.locator('.jk-review-summary[data-verdict=confirmed]');
  await expect(summary.locator('.jk-verdict-badge')).toHaveCount(1);
  const sentence = await town.locator('[data-testid=claim-sentence]').textContent();

  // Edits at the top move every claim, their sentences unchanged: the rows stay as they were, the current one expanded.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('（本报记者整理）');
  await ready(page);
  await expect(summary.locator('.jk-verdict-badge')).toHaveCount(1);
  await expect(town.locator('[data-testid=claim-sentence]')).toHaveText(sentence!);
  await expect(other.locator('[data-testid=verdict-confirmed]')).toHaveCount(1);
  await other.locator('[data-testid=verdict-verified]').click();
  await expect(other.locator('[data-testid=review-item]')).toHaveAttribute('data-verdict', 'verified');
  await expect(summary.locator('.jk-verdict-badge')).toHaveCount(1);
});

test('a compilation past 200,000 characters gets its claims checklist, drawn in pages, and the tab says where the list stops', async ({ launch }) => {
  const dir = tempFolder('long-claims');
  const draft = join(dir, 'compilation.txt');
  // Distinct figures, one paragraph each, more than the checklist lists.
  const lines = Array.from({ length: 12_000 }, (_, i) => `今年全县各地新增就业岗位${i + 1}个。`);
  await writeFile(draft, lines.join('\n'));
  const { page } = await launch({ startupPath: draft });
  await ready(page);
  await page.locator('[data-testid=review-tab-claims]').click();
  await expect(page.locator('[data-testid=review-tab-claims] .jk-tab-count')).toHaveText('10000');
  await expect(page.locator('[data-testid=claims-limited]')).toContainText('10000');
  const rows = page.locator('[data-testid=claim-item]');
  const firstPage = await rows.count();
  expect(firstPage).toBeLessThan(10_000);
  await page.locator('[data-testid=claims-more]').click();
  await expect(rows).toHaveCount(firstPage * 2);
});
