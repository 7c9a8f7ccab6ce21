import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { tempFolder } from './harness/tempFolder';

/** The panel's first page (FindingsPanel.tsx); a long list renders no more until it is read down. */
const FIRST_PAGE = 30;
const COMMAS = 45;

test('a long list shows its first page at once and the rest as the panel is scrolled down, without a click', async ({ launch }) => {
  const dir = tempFolder('paged');
  const path = join(dir, 'commas.txt');
  // One half-width comma in each of 45 different sentences: one row of 45 in the panel.
  writeFileSync(path, Array.from({ length: COMMAS }, (_, i) => `第${i + 1}个村的果园今年增收,农户很满意。`).join('\n'));
  const { page } = await launch({ startupPath: path, lang: 'en' });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1, { timeout: 60_000 });
  const bundle = page.locator('[data-testid=finding-bundle][data-rule="punctuation.half-width"]');
  await expect(bundle).toHaveAttribute('data-count', String(COMMAS));
  await bundle.locator('[data-testid=bundle-toggle]').click();
  const items = bundle.locator('[data-testid=finding-item]');
  await expect(items).toHaveCount(FIRST_PAGE);
  await expect(bundle.locator('[data-testid=show-more]')).toContainText(String(COMMAS - FIRST_PAGE));
  await page.locator('.jk-panel-scroll').evaluate((scroll) => scroll.scrollTo(0, scroll.scrollHeight));
  await expect(items).toHaveCount(COMMAS);
  await expect(bundle.locator('[data-testid=show-more]')).toHaveCount(0);
});
