import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { setNote, setVerdict } from '../src/core/review/setVerdict';
import { loadSidecar, saveReview } from '../src/node/review/sidecarFile';
import { sidecarPathFor } from '../src/node/review/sidecarPath';
import { expect, test } from './fixtures';
import { expandBundles, exportReport, reviewReady } from './harness/panel';
import { tempFolder } from './harness/tempFolder';

const DRAFT = join(__dirname, 'drafts', 'review-harbor.txt');

/** Each test works on its own copy, so the sidecar is written beside it, never into the repository. */
async function draftCopy(): Promise<{ draft: string; sidecar: string; dataDir: string }> {
  const dir = tempFolder('review');
  const draft = join(dir, 'review-harbor.txt');
  await copyFile(DRAFT, draft);
  return { draft, sidecar: sidecarPathFor(draft), dataDir: tempFolder('review-data') };
}

async function ready(page: Page): Promise<void> {
  await reviewReady(page, ['saved', 'refused', 'noFile']);
  await expandBundles(page);
}

async function saved(page: Page): Promise<void> {
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');
}

function item(page: Page, id: string): Locator {
  return page.locator(`[data-testid=review-item][data-item-id="${id}"]`);
}

/** Selects the item (only the current item shows its controls), then sets its verdict. */
async function mark(page: Page, id: string, verdict: string): Promise<void> {
  const controls = item(page, id).locator(`[data-testid=verdict-${verdict}]`);
  if (!(await controls.isVisible())) await page.locator('li').filter({ has: item(page, id) }).locator('.jk-finding-text').first().click();
  await controls.click();
}

async function idOf(locator: Locator): Promise<string> {
  const id = await locator.first().getAttribute('data-item-id');
  expect(id).toBeTruthy();
  return id!;
}

const findingItem = (page: Page, family: string) => page.locator(`[data-testid=finding-item][data-rule^="${family}."] [data-testid=review-item]`);
const claimItem = (page: Page, type: string) => page.locator(`[data-testid=claim-item][data-claim-type=${type}] [data-testid=review-item]`);

test('verdicts, notes and sources on findings and claims are saved beside the draft and restored on reopen', async ({ launch }) => {
  const { draft, sidecar, dataDir } = await draftCopy();
  let host = await launch({ startupPath: draft, dataDir });
  let { page } = host;
  await ready(page);

  const comma = await idOf(findingItem(page, 'punctuation'));
  const doubled = await idOf(findingItem(page, 'repetition'));
  await mark(page, comma, 'confirmed');
  await page.locator(`[data-testid=finding-item]:has([data-item-id="${comma}"]) .jk-finding-text`).first().click();
  await item(page, comma).locator('[data-testid=review-note]').fill('半角逗号确属错误，已告知编辑');
  await item(page, comma).locator('[data-testid=review-note]').blur();

  // A dismissal asks for its reason first.
  await mark(page, doubled, 'dismissed');
  await expect(item(page, doubled)).toHaveAttribute('data-verdict', 'open');
  await item(page, doubled).locator('[data-testid=review-reason]').fill('测试用的误报理由');
  await item(page, doubled).locator('[data-testid=review-reason-confirm]').click();
  await expect(item(page, doubled)).toHaveAttribute('data-verdict', 'dismissed');

  await page.locator('[data-testid=review-tab-claims]').click();
  const figure = await idOf(claimItem(page, 'number'));
  await page.locator(`[data-testid=claim-item]:has([data-item-id="${figure}"]) .jk-finding-text`).click();
  await mark(page, figure, 'verified');
  await item(page, figure).locator('[data-testid=review-source-kind]').selectOption('phone');
  await item(page, figure).locator('[data-testid=review-source-value]').fill('合作社办公室 0571-0000000');
  await item(page, figure).locator('[data-testid=review-source-add]').click();
  await expect(item(page, figure).locator('[data-testid=review-source]')).toHaveCount(1);

  // Keyboard: J moves to the next claim, 5 marks it as needing a source.
  await page.locator('[data-testid=review-panel]').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('5');
  const next = await idOf(page.locator('[data-testid=review-item][data-verdict=needs-source]'));
  expect(next).not.toBe(figure);

  const progress = await page.locator('[data-testid=review-progress]').innerText();
  expect(progress).toMatch(/^4 \/ \d+ 已核查$/);
  await saved(page);
  const onDisk = JSON.parse(await readFile(sidecar, 'utf8')) as { schemaVersion: number };
  expect(onDisk.schemaVersion).toBe(1);

  await host.close();
  host = await launch({ startupPath: draft, dataDir });
  page = host.page;
  await ready(page);
  await expect(page.locator('[data-testid=review-progress]')).toHaveText(progress);
  await expect(item(page, comma)).toHaveAttribute('data-verdict', 'confirmed');
  await expect(item(page, doubled)).toHaveAttribute('data-verdict', 'dismissed');
  await expect(item(page, doubled)).toContainText('测试用的误报理由');
  await expect(item(page, comma)).toContainText('半角逗号确属错误');
  await page.locator('[data-testid=review-tab-claims]').click();
  await expect(item(page, figure)).toHaveAttribute('data-verdict', 'verified');
  await expect(item(page, next)).toHaveAttribute('data-verdict', 'needs-source');
  await page.locator(`[data-testid=claim-item]:has([data-item-id="${figure}"]) .jk-finding-text`).click();
  await expect(item(page, figure).locator('[data-testid=review-source]')).toContainText('0571-0000000');
  await expect(item(page, figure).locator('[data-testid=review-history]')).toContainText('2');
});

test('after edits verdicts stay on their text; a verdict whose text is deleted is shown as orphaned', async ({ launch }) => {
  const { draft, dataDir } = await draftCopy();
  const { page } = await launch({ startupPath: draft, dataDir });
  await ready(page);
  const doubled = await idOf(findingItem(page, 'repetition'));
  const comma = await idOf(findingItem(page, 'punctuation'));
  await mark(page, doubled, 'confirmed');
  await mark(page, comma, 'fixed');
  await saved(page);

  // Around the spans: a line typed at the start shifts every offset.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('编者按：此稿已补充采访。\n');
  await ready(page);
  await expect(item(page, doubled)).toHaveAttribute('data-verdict', 'confirmed');
  await expect(item(page, comma)).toHaveAttribute('data-verdict', 'fixed');

  // Inside: the doubled characters are selected from the list and deleted.
  await page.locator(`[data-testid=finding-item]:has([data-item-id="${doubled}"]) .jk-finding-message`).click();
  // The keyboard stays in the panel; Enter takes it to the selected text in the draft.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await ready(page);
  const orphaned = page.locator('[data-testid=review-orphaned]');
  await expect(orphaned.locator(`[data-item-id="${doubled}"]`)).toHaveAttribute('data-verdict', 'confirmed');
  await expect(orphaned.locator('[data-testid=review-old-text]')).toContainText('的的');
  await expect(item(page, comma)).toHaveAttribute('data-verdict', 'fixed');
});

test('a sidecar saved by a colleague meanwhile is merged; a true conflict is offered to choose', async ({ launch }) => {
  const { draft, sidecar, dataDir } = await draftCopy();
  const { page } = await launch({ startupPath: draft, dataDir });
  await ready(page);
  const comma = await idOf(findingItem(page, 'punctuation'));
  const doubled = await idOf(findingItem(page, 'repetition'));
  const second = await idOf(findingItem(page, 'punctuation').nth(1));
  await mark(page, comma, 'confirmed');
  await saved(page);

  // The colleague writes through the same file API, with a note on another item.
  const loaded = await loadSidecar(sidecar);
  if (loaded.status !== 'ok') throw new Error(`sidecar not loaded: ${loaded.status}`);
  const theirs = setNote(loaded.review, second, '同事补充：此处原稿如此', '李同事', new Date().toISOString());
  expect((await saveReview(sidecar, theirs, loaded.base)).ok).toBe(true);

  await mark(page, doubled, 'fixed');
  await saved(page);
  await expect(item(page, second)).toContainText('同事补充');
  const merged = (await loadSidecar(sidecar)) as Extract<Awaited<ReturnType<typeof loadSidecar>>, { status: 'ok' }>;
  const verdictOf = (id: string) => merged.review.items.find((i) => i.id === id);
  expect(verdictOf(comma)?.verdict).toBe('confirmed');
  expect(verdictOf(doubled)?.verdict).toBe('fixed');
  expect(verdictOf(second)?.note).toBe('同事补充：此处原稿如此');

  // Both sides change one verdict differently: the user chooses theirs.
  const again = await loadSidecar(sidecar);
  if (again.status !== 'ok') throw new Error('sidecar not loaded');
  const dismissed = setVerdict(again.review, comma, 'dismissed', { reason: '本报体例允许' }, '李同事', new Date().toISOString());
  expect((await saveReview(sidecar, dismissed, again.base)).ok).toBe(true);
  await mark(page, comma, 'fixed');
  const dialog = page.locator('[data-testid=conflict-dialog]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(`[data-testid=conflict-item][data-item-id="${comma}"]`)).toContainText('李同事');
  await dialog.locator('[data-testid=conflict-take-theirs]').check();
  await dialog.locator('[data-testid=conflict-save]').click();
  await saved(page);
  await expect(item(page, comma)).toHaveAttribute('data-verdict', 'dismissed');
  const final = await loadSidecar(sidecar);
  expect(final.status === 'ok' && final.review.items.find((i) => i.id === comma)?.verdict).toBe('dismissed');
  expect(final.status === 'ok' && final.review.items.find((i) => i.id === doubled)?.verdict).toBe('fixed');
});

test('a corrupt sidecar is refused with a message and left byte-identical', async ({ launch }) => {
  const { draft, sidecar, dataDir } = await draftCopy();
  const corrupt = '{"schemaVersion": 1, "draft": "review-harbor.txt", "review": {"text": ';
  await writeFile(sidecar, corrupt);
  const { page } = await launch({ startupPath: draft, dataDir });
  await ready(page);
  await expect(page.locator('[data-testid=error-banner]')).toContainText('review-harbor.txt.jiaokan.json');
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'refused');
  const comma = await idOf(findingItem(page, 'punctuation'));
  await mark(page, comma, 'confirmed');
  await expect(item(page, comma)).toHaveAttribute('data-verdict', 'confirmed');
  await page.keyboard.press('Control+s');
  await page.waitForTimeout(800);
  expect(await readFile(sidecar, 'utf8')).toBe(corrupt);
});

test('the review report is exported as HTML and PDF', async ({ launch }) => {
  const { draft, dataDir } = await draftCopy();
  const host = await launch({ startupPath: draft, dataDir });
  const { page } = host;
  await ready(page);
  const out = tempFolder('report');
  for (const format of ['html', 'pdf'] as const) {
    const path = join(out, `report.${format}`);
    await exportReport(host, format, path);
    await expect(page.locator('[data-testid=review-exported]')).toContainText(path);
    const bytes = await readFile(path);
    if (format === 'pdf') expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    else expect(bytes.toString('utf8')).toContain('核查报告');
  }
});

test('a rule ignored for this draft is listed by the name the panel uses, with its reason, and can be restored', async ({ launch }) => {
  const { draft, dataDir } = await draftCopy();
  const { page } = await launch({ startupPath: draft, dataDir });
  await ready(page);
  const doubled = await idOf(findingItem(page, 'repetition'));
  await page.locator('li').filter({ has: item(page, doubled) }).locator('.jk-finding-text').first().click();
  await item(page, doubled).locator('[data-testid=review-dismiss-rule]').click();
  await item(page, doubled).locator('[data-testid=review-reason]').fill('本稿的叠词都是有意的');
  await item(page, doubled).locator('[data-testid=review-reason-confirm]').click();
  const listed = page.locator('[data-testid=review-dismissed-rules] li');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('本稿的叠词都是有意的');
  await expect(listed).not.toContainText('repetition.');
  await listed.locator('button').click();
  await expect(page.locator('[data-testid=review-dismissed-rules]')).toHaveCount(0);
});
