import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extractClaims } from '../src/core/claims/extractClaims';
import { normalizeLineEndings } from '../src/core/text/normalizeLineEndings';
import { createReview } from '../src/core/review/createReview';
import type { Review, ReviewItem } from '../src/core/review/review';
import { serializeSidecar } from '../src/core/review/sidecarFormat';
import { MAX_ANCHOR_TEXT } from '../src/core/review/sidecarLimits';
import { sidecarPathFor } from '../src/node/review/sidecarPath';
import { expect, test } from './fixtures';
import { tempFolder } from './harness/tempFolder';

const DRAFT = join(__dirname, 'drafts', 'review-harbor.txt');
const NOW = '2026-03-01T09:00:00.000Z';

/** A copy of the draft with the given review file beside it, as a colleague might leave one. */
async function draftWithSidecar(hostile: (review: Review) => Review): Promise<{ draft: string; sidecar: string; dataDir: string; written: string }> {
  const dir = tempFolder('hostile');
  const draft = join(dir, 'review-harbor.txt');
  await copyFile(DRAFT, draft);
  const text = normalizeLineEndings(await readFile(draft, 'utf8'));
  const written = serializeSidecar(hostile(createReview(text, [], extractClaims(text), NOW)), 'review-harbor.txt');
  await writeFile(sidecarPathFor(draft), written);
  return { draft, sidecar: sidecarPathFor(draft), dataDir: tempFolder('hostile-data'), written };
}

/** The window still works: the editor takes typing and the checks run on it. */
async function stillUsable(page: Page): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('新增一句话。');
  await expect(page.locator('.cm-content')).toContainText('新增一句话。');
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=review-panel]')).toBeVisible();
}

test('a review file past a limit is refused with a message naming the limit, never overwritten, and the window stays usable', async ({ launch }) => {
  const { draft, sidecar, dataDir, written } = await draftWithSidecar((review) => ({
    ...review,
    items: review.items.map((item, i) => (i === 0 ? { ...item, anchor: { ...item.anchor, text: '长'.repeat(MAX_ANCHOR_TEXT + 1) } } : item)),
  }));
  const { page } = await launch({ startupPath: draft, dataDir });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=error-banner]')).toContainText('review-harbor.txt.jiaokan.json');
  await expect(page.locator('[data-testid=error-banner]')).toContainText('anchor.text');
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'refused');
  await stillUsable(page);
  await page.keyboard.press('Control+s');
  await page.waitForTimeout(800);
  expect(await readFile(sidecar, 'utf8')).toBe(written);
});

test('an item of an unknown rule and hundreds of lost long anchors: the checklist opens, shows the item, and the window stays usable', async ({ launch }) => {
  const { draft, dataDir } = await draftWithSidecar((review) => {
    const claim = review.items.find((i) => i.kind === 'claim')!;
    const bogus: ReviewItem = { ...claim, id: 'bogus', rule: 'claim.bogus', message: '来路不明的一项', note: '见附件\r~~~\r```', verdict: 'needs-source' };
    const lost = Array.from({ length: 300 }, (_, i): ReviewItem => ({
      ...claim,
      id: `lost-${i}`,
      anchor: { text: '旧稿里已删去的长句'.repeat(10), before: claim.anchor.before, after: claim.anchor.after, offset: claim.anchor.offset },
    }));
    return { ...review, items: [...review.items, bogus, ...lost] };
  });
  const { page } = await launch({ startupPath: draft, dataDir });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await page.locator('[data-testid=review-tab-claims]').click();
  await expect(page.locator('[data-testid=review-panel] li').filter({ hasText: 'review.claim.bogus' })).toContainText('~~~');
  await expect(page.locator('[data-testid=error-boundary]')).toHaveCount(0);
  await stillUsable(page);
});
