import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sidecarPathFor } from '../src/node/review/sidecarPath';
import { expect, test } from './fixtures';

/** A news story as copied from a web page: breadcrumb and stamp above, editor credit and copyright notice (with a half-width comma) below. */
const DRAFT = join(__dirname, 'drafts', 'orchard-web.txt');

async function ready(page: Page): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');
}

const commaFindings = (page: Page) => page.locator('[data-testid=finding-item][data-rule="punctuation.half-width"]');
const claimLabels = async (page: Page): Promise<string> => {
  await page.locator('[data-testid=review-tab-claims]').click();
  const labels = (await page.locator('[data-testid=claim-item] .jk-finding-text').allTextContents()).join('|');
  await page.locator('[data-testid=review-tab-findings]').click();
  return labels;
};

test('page chrome is dimmed and not checked; 计入检查 brings its findings and claims back, and the draft remembers it', async ({ launch }) => {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-chrome-'));
  const draft = join(dir, 'orchard-web.txt');
  await copyFile(DRAFT, draft);
  const dataDir = await mkdtemp(join(tmpdir(), 'jiaokan-chrome-data-'));
  let host = await launch({ startupPath: draft, dataDir });
  let { page } = host;
  await ready(page);

  const notice = page.locator('[data-testid=chrome-notice]');
  await expect(notice).toHaveAttribute('data-excluded', 'true');
  await expect(notice).toContainText('版权声明');
  const dimmed = page.locator('.cm-content .jk-chrome');
  await expect(dimmed.filter({ hasText: '当前位置' })).not.toHaveCount(0);
  // The editor draws only the lines in view: scroll to the footer.
  await page.locator('.cm-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(dimmed.filter({ hasText: '未经授权不得转载' })).not.toHaveCount(0);
  // The body's half-width comma is found; the one in the copyright notice is not.
  await expect(commaFindings(page)).toHaveCount(1);
  expect(await claimLabels(page)).not.toContain('韩冬');

  await page.locator('[data-testid=chrome-include]').click();
  await expect(notice).toHaveAttribute('data-excluded', 'false');
  await expect(dimmed).toHaveCount(0);
  await expect(commaFindings(page)).toHaveCount(2);
  await ready(page);
  expect(await claimLabels(page)).toContain('韩冬');
  const stored = JSON.parse(await readFile(sidecarPathFor(draft), 'utf8')) as { review: { chromeIncluded?: boolean } };
  expect(stored.review.chromeIncluded).toBe(true);

  await host.close();
  host = await launch({ startupPath: draft, dataDir });
  page = host.page;
  await ready(page);
  await expect(page.locator('[data-testid=chrome-notice]')).toHaveAttribute('data-excluded', 'false');
  await expect(commaFindings(page)).toHaveCount(2);

  // And back: the recognition was right after all.
  await page.locator('[data-testid=chrome-exclude]').click();
  await expect(page.locator('[data-testid=chrome-notice]')).toHaveAttribute('data-excluded', 'true');
  await expect(commaFindings(page)).toHaveCount(1);
});
