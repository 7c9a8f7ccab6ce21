import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { tempFolder } from './harness/tempFolder';

/** Issue 7: clean copy applies the suggestions the reviewer accepted (confirmed), and only those. */
test('a confirmed finding’s suggestion is applied in the export, an open one is not', async ({ launch }) => {
  const dir = tempFolder('accepted');
  const draft = join(dir, 'river-town.txt');
  await copyFile(join(__dirname, 'drafts', 'river-town.txt'), draft);
  const host = await launch({ startupPath: draft });
  const { page } = host;
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');

  const doubled = page.locator('[data-testid=finding-item][data-rule^="repetition."]');
  await doubled.locator('.jk-finding-message').click();
  await doubled.locator('[data-testid=verdict-confirmed]').click();
  await expect(doubled.locator('[data-testid=review-item]')).toHaveAttribute('data-verdict', 'confirmed');

  await page.locator('[data-testid=export-button]').click();
  await expect(page.locator('[data-testid=export-counts]')).toContainText('已采纳 1 条');
  // Only the accepted fix: switch the other transforms off.
  for (const transform of ['stripChrome', 'punctuation', 'whitespace']) await page.locator(`[data-testid=export-transform-${transform}]`).uncheck();
  const out = join(dir, 'river-town.clean.txt');
  await host.answerSaveDialog(out);
  await page.locator('[data-testid=export-submit]').click();
  await expect(page.locator('[data-testid=export-done]')).toBeVisible();
  const exported = await readFile(out, 'utf8');
  const original = await readFile(draft, 'utf8');
  expect(exported).toBe(original.replace('的的', '的'));
});
