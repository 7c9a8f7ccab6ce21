import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSidecar } from '../src/node/review/sidecarFile';
import { sidecarPathFor } from '../src/node/review/sidecarPath';
import { expect, test } from './fixtures';
import { tempFolder } from './harness/tempFolder';

test('each explicit save keeps a revision in the review file, and any two can be compared', async ({ launch }) => {
  const dir = tempFolder('revisions');
  const draft = join(dir, 'tea-cooperative.txt');
  await copyFile(join(__dirname, 'drafts', 'compare-v1.txt'), draft);
  const { page } = await launch({ startupPath: draft });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');

  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n茶季过后，合作社还将组织社员外出学习。');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');
  await page.keyboard.type('记者将持续关注。');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');

  const stored = await loadSidecar(sidecarPathFor(draft));
  expect(stored.status === 'ok' ? stored.review.revisions.length : stored.status).toBe(2);

  await page.locator('[data-testid=compare-revisions]').click();
  await expect(page.locator('[data-testid=compare-revisions-dialog] [data-testid=revision-old] option')).toHaveCount(3);
  await page.locator('[data-testid=revision-compare]').click();
  await expect(page.locator('[data-testid=compare-view][data-state=idle] [data-testid=compare-summary]')).toBeVisible();
  await expect(page.locator('[data-testid=compare-new] [data-testid=compare-row][data-kind=changed] ins')).toContainText(['记者将持续关注。']);
});
