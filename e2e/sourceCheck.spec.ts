import { appendFile, copyFile, readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sidecarPathFor } from '../src/node/review/sidecarPath';
import { expect, test } from './fixtures';
import { reviewReady } from './harness/panel';
import { REPO_ROOT } from './harness/paths';
import { tempFolder } from './harness/tempFolder';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'sources');
const screenshots = join(REPO_ROOT, 'test-results', 'screenshots');

/** The team's own press release and a draft rewritten from it with numbers, a name and a date changed; copies, so the sidecar lands outside the repository. */
async function copies(): Promise<{ draft: string; source: string; dataDir: string }> {
  const dir = tempFolder('sources');
  const draft = join(dir, 'draftFromRelease.txt');
  const source = join(dir, 'pressRelease.txt');
  await copyFile(join(FIXTURES, 'draftFromRelease.txt'), draft);
  await copyFile(join(FIXTURES, 'pressRelease.txt'), source);
  return { draft, source, dataDir: tempFolder('sources-data') };
}

const ready = (page: Page) => reviewReady(page, ['saved']);

const numberDifference = (page: Page) => page.locator('[data-testid=source-finding][data-rule="source.number-differs"]');

test('来源核对: attach a source, open a difference side by side, record 已核实 with its citation, apply 采用来源; reopen keeps the source and flags it once changed', async ({ launch }, testInfo) => {
  const { draft, source, dataDir } = await copies();
  let host = await launch({ startupPath: draft, dataDir });
  let { page } = host;
  await ready(page);

  await page.locator('[data-testid=review-tab-sources]').click();
  await host.answerOpenDialog(source);
  await page.locator('[data-testid=sources-add]').click();
  await expect(page.locator('[data-testid=source-file]')).toHaveAttribute('data-state', 'unchanged');
  await expect(page.locator('[data-testid=source-file]')).toContainText('pressRelease.txt');

  await expect(numberDifference(page).first()).toBeVisible();
  await numberDifference(page).first().click();
  const pair = page.locator('[data-testid=source-pair]');
  await expect(pair).toBeVisible();
  // The draft's figure is marked as added, the source's as removed: the difference is visible on both sides.
  await expect(pair.locator('[data-testid=source-pair-draft] ins').first()).toBeVisible();
  await expect(pair.locator('[data-testid=source-pair-source] del').first()).toBeVisible();
  const sourceSentence = (await pair.locator('[data-testid=source-pair-source]').textContent())!.trim();

  if (process.env.JIAOKAN_DOC_SCREENSHOTS) {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'source-check.png') });
  } else {
    mkdirSync(screenshots, { recursive: true });
    const shot = join(screenshots, 'source-check.png');
    await page.screenshot({ path: shot });
    testInfo.annotations.push({ type: 'screenshot', description: shot });
  }

  await page.locator('[data-testid=source-verify]').click();
  await expect(numberDifference(page).first()).toHaveAttribute('data-verdict', 'verified');
  await ready(page);
  const saved = JSON.parse(await readFile(sidecarPathFor(draft), 'utf8')) as {
    review: { attachedSources: { name: string }[]; items: { verdict: string; sources: { kind: string; value: string; label?: string }[] }[] };
  };
  expect(saved.review.attachedSources.map((s) => s.name)).toEqual(['pressRelease.txt']);
  const verified = saved.review.items.filter((i) => i.verdict === 'verified');
  expect(verified).toHaveLength(1);
  expect(verified[0]!.sources).toEqual([{ kind: 'document', value: 'pressRelease.txt', label: sourceSentence }]);

  // 采用来源: the draft takes the source's value and the difference is gone from the next check.
  const differences = await numberDifference(page).count();
  await numberDifference(page).nth(1).click();
  const adopt = page.locator('[data-testid=source-adopt]');
  const value = (await adopt.getAttribute('data-value'))!;
  await adopt.click();
  await expect(page.locator('.cm-content')).toContainText(value);
  await expect(numberDifference(page)).toHaveCount(differences - 1);

  // Reopened: the source is still attached and the check still holds the draft against it.
  await host.close();
  host = await launch({ startupPath: draft, dataDir });
  page = host.page;
  await ready(page);
  await page.locator('[data-testid=review-tab-sources]').click();
  await expect(page.locator('[data-testid=source-file]')).toHaveAttribute('data-state', 'unchanged');
  await expect(numberDifference(page).first()).toHaveAttribute('data-verdict', 'verified');

  // The source changed on disk since it was attached: reopening flags it.
  await host.close();
  await appendFile(source, '\n会后，县农业农村局发布了新的茶园补贴办法。\n');
  host = await launch({ startupPath: draft, dataDir });
  page = host.page;
  await ready(page);
  await page.locator('[data-testid=review-tab-sources]').click();
  await expect(page.locator('[data-testid=source-file]')).toHaveAttribute('data-state', 'changed');

  // Removing the source takes its differences away and takes it out of the review file; the file stays.
  await page.locator('[data-testid=source-remove]').click();
  await expect(page.locator('[data-testid=source-file]')).toHaveCount(0);
  await expect(page.locator('[data-testid=source-finding]')).toHaveCount(0);
  await expect.poll(async () => JSON.parse(await readFile(sidecarPathFor(draft), 'utf8')).attachedSources ?? []).toEqual([]);
  await expect.poll(async () => (await readFile(source, 'utf8')).length).toBeGreaterThan(0);
});

test('a file dropped on the 来源核对 tab goes to the tab, not to the draft; one without a path on disk is refused with what to do', async ({ launch }) => {
  const { draft, dataDir } = await copies();
  const { page } = await launch({ startupPath: draft, dataDir });
  await ready(page);
  await page.locator('[data-testid=review-tab-sources]').click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['县里通报的原文。'], 'dropped-source.txt', { type: 'text/plain' }));
    const target = document.querySelector('[data-testid=source-check]')!;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  // The browser host has no paths for dropped files (Electron's preload has): the tab says to use the dialog.
  await expect(page.locator('[data-testid=error-banner]')).toContainText('添加来源文件');
  await expect(page.locator('[data-testid=status-file]')).toContainText('draftFromRelease.txt');
  await expect(page.locator('[data-testid=source-file]')).toHaveCount(0);
});
