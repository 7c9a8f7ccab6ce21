import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { tempFolder } from './harness/tempFolder';

const drafts = join(__dirname, 'drafts');

/**
 * Issue 6: a colleague's revision lands on disk. The number the fact-checker verified changed,
 * so its verdict is reopened as "changed since verified"; comparing with the earlier revision
 * shows the side-by-side view, the moved paragraph and the changed number and name.
 */
test('a verified claim is reopened when a new revision changes it, and the comparison shows what moved and changed', async ({ launch }) => {
  const dir = tempFolder('stale');
  const draft = join(dir, 'tea-cooperative.txt');
  const earlier = join(dir, 'tea-cooperative-v1.txt');
  await copyFile(join(drafts, 'compare-v1.txt'), draft);
  await copyFile(join(drafts, 'compare-v1.txt'), earlier);
  const host = await launch({ startupPath: draft });
  const { page } = host;
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');

  await page.locator('[data-testid=review-tab-claims]').click();
  // The claim itself, not a row whose sentence mentions it.
  const claim = page.locator('[data-testid=claim-item]').filter({ has: page.locator('.jk-finding-text', { hasText: '1846户' }) }).first();
  const id = await claim.locator('[data-testid=review-item]').getAttribute('data-item-id');
  await claim.locator('.jk-finding-text').first().click();
  await claim.locator('[data-testid=verdict-verified]').click();
  await expect(page.locator(`[data-testid=review-item][data-item-id="${id}"]`)).toHaveAttribute('data-verdict', 'verified');
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');

  // The colleague's revision replaces the file; the app reports it and the user reloads it.
  await writeFile(draft, await readFile(join(drafts, 'compare-v2.txt')));
  await page.locator('[data-testid=disk-reload]').click();
  await expect(page.locator('.cm-content')).toContainText('1864户');
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await page.locator('[data-testid=review-tab-claims]').click();
  const reopened = page.locator(`[data-testid=review-item][data-item-id="${id}"]`);
  await expect(reopened).toHaveAttribute('data-verdict', 'open');
  await expect(reopened.locator('[data-testid=changed-since-verified]')).toContainText('1846户');
  await expect(reopened.locator('[data-testid=changed-since-verified]')).toContainText('1864户');

  await host.answerOpenDialog(earlier);
  await page.locator('[data-testid=compare-button]').click();
  await expect(page.locator('[data-testid=compare-view][data-state=idle] [data-testid=compare-summary]')).toBeVisible();
  await expect(page.locator('[data-testid=compare-old]')).toBeVisible();
  await expect(page.locator('[data-testid=compare-new] [data-testid=compare-row][data-kind=moved]')).toHaveCount(1);
  const changes = page.locator('[data-testid=compare-change]');
  await expect(changes.filter({ hasText: '1846户 → 1864户' })).toHaveCount(1);
  await expect(changes.filter({ hasText: '罗春燕 → 罗春艳' })).toHaveCount(1);
});
