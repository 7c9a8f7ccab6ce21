import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { expandBundles } from './harness/panel';

const FOLDED_LIMIT = 20;
const MACHINE_MADE = {
  /** Issue 20: 100,000 opening quotes then 1,000 closing ones, one paragraph (about 300 KB). */
  quotes: `${'“'.repeat(100_000)}${'”'.repeat(1_000)}`,
  /** A table pasted as one line: a half-width comma between Chinese words, 40,000 times. */
  commas: Array.from({ length: 40_000 }, (_, i) => `第${i % 10}项,`).join(''),
};

/** Pastes as the system clipboard would: CodeMirror reads the paste event's clipboard data. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').evaluate((content, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Opens the sample draft, pastes `paragraph` as a new last paragraph and types `typed` after it;
 * the typed text must land at once, while the worker checks. Returns when the checks are done.
 */
async function pasteThenType(page: Page, paragraph: string, typed: string): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1, { timeout: 60_000 });
  await page.locator('.cm-content').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await paste(page, paragraph);
  await page.keyboard.press('Enter');
  await page.keyboard.type(typed);
  await expect(page.locator('.cm-content')).toContainText(typed);
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1, { timeout: 120_000 });
}

async function findingsOf(page: Page, rule: string): Promise<string[]> {
  await expandBundles(page);
  return page.locator(`[data-testid=finding-item][data-rule="${rule}"]`).allTextContents();
}

for (const [shape, paragraph] of Object.entries(MACHINE_MADE)) {
  test(`a machine-made paragraph (${shape}) pasted into a draft: typing continues, the checks finish and fold the flood`, async ({ launch }) => {
    test.setTimeout(180_000);
    const { page } = await launch({ lang: 'en' });
    await pasteThenType(page, paragraph, '校对继续');
    const rule = shape === 'quotes' ? 'punctuation.unpaired' : 'punctuation.half-width';
    const listed = await findingsOf(page, rule);
    expect(listed.length).toBeGreaterThan(FOLDED_LIMIT);
    expect(listed.length).toBeLessThanOrEqual(FOLDED_LIMIT + 1 + 5);
    expect(listed.filter((text) => /more of the same in this paragraph/.test(text))).toHaveLength(1);
    await expect(page.locator('.cm-content')).toContainText('校对继续');
  });
}

test('a pasted statistics table of parts and shares (one paragraph) is checked to the end with a bounded number of findings', async ({ launch }) => {
  test.setTimeout(180_000);
  const { page } = await launch({ lang: 'en' });
  // Issue 20's shape: every part with a share of an unstated whole, 5,000 times in one paragraph.
  const table = Array.from({ length: 5_000 }, (_, i) => `其中${i % 7}项${100 + (i % 900)}万元，占比${(i % 97) + 0.5}%，`).join('');
  await pasteThenType(page, table, '表格之后');
  const arithmetic = await page.locator('[data-testid=finding-item][data-rule^="arithmetic."]').count();
  expect(arithmetic).toBeLessThanOrEqual(3 * (FOLDED_LIMIT + 1));
});
