import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { expandBundles } from './harness/panel';
import { REPO_ROOT } from './harness/paths';

/** The team's article saved by LibreOffice in each format (test/fixtures/formats/generate.mjs). */
const FORMATS = join(REPO_ROOT, 'test', 'fixtures', 'formats');

/** Drafts are opened from copies in a folder removed at exit: the bridge keeps watching an opened draft. */
const workDir = mkdtempSync(join(tmpdir(), 'jiaokan-formats-e2e-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));

function copyOf(source: string, name = source): string {
  const path = join(workDir, name);
  copyFileSync(join(FORMATS, source), path);
  return path;
}

/** Each finding in the list as the reader sees it: its rule and its text. */
async function findingsShown(page: Page): Promise<string[]> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expandBundles(page);
  const items = page.locator('[data-testid=finding-item]');
  return items.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')} ${(e as HTMLElement).innerText}`));
}

for (const ext of ['doc', 'rtf']) {
  test(`a .${ext} draft shows the findings of the same article as .txt, and exports as .docx`, async ({ launch }) => {
    const plain = await launch({ startupPath: copyOf('irrigation.txt') });
    const expected = await findingsShown(plain.page);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    await plain.close();

    const { page } = await launch({ startupPath: copyOf(`irrigation.${ext}`) });
    await expect(page.locator('[data-testid=status-file]')).toContainText(`irrigation.${ext}`);
    await expect(page.locator('.cm-content')).toContainText('河谷乡村的太阳能灌溉站投入运行');
    await expect(page.locator('.cm-content')).not.toContainText('\\rtf');
    expect(await findingsShown(page)).toEqual(expected);

    await page.locator('[data-testid=export-button]').click();
    await expect(page.locator('[data-testid=export-format]')).toHaveValue('docx');
  });
}

test('an RTF renamed .txt opens as the article, not as RTF markup', async ({ launch }) => {
  const { page } = await launch({ startupPath: copyOf('irrigation.rtf', 'renamed-rtf.txt') });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('.cm-content')).toContainText('河谷乡村的太阳能灌溉站投入运行');
  await expect(page.locator('.cm-content')).not.toContainText('fonttbl');
});
