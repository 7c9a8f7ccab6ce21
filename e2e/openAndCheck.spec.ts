import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './harness/paths';
import { activeMarkText, expandBundles, focusInPanel } from './harness/panel';

const drafts = join(__dirname, 'drafts');
const screenshots = join(REPO_ROOT, 'test-results', 'screenshots');

async function checked(page: Page): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
}

/** The editor lives in a shadow root (CSP-safe styles), so its selection is read from there. */
async function editorSelection(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('.jk-editor-pane')?.shadowRoot as (ShadowRoot & { getSelection(): Selection | null }) | null | undefined;
    return root?.getSelection()?.toString() ?? '';
  });
}

async function findingCount(page: Page, family: string): Promise<number> {
  const group = page.locator(`[data-testid=finding-group][data-family=${family}]`);
  if ((await group.count()) === 0) return 0;
  return Number((await group.locator('[data-testid=finding-count]').innerText()).replace(/\D/g, ''));
}

test('opens a draft from the command line, marks findings inline and lists them by family', async ({ launch }, testInfo) => {
  const { page, kind } = await launch({ startupPath: join(drafts, 'river-town.txt') });
  await checked(page);
  await expect(page.locator('[data-testid=status-file]')).toContainText('river-town.txt');
  await expect(page.locator('[data-testid=status-encoding]')).toContainText('UTF-8');
  await expect(page.locator('.cm-content')).toContainText('初冬时节');

  // The draft has half-width commas between Chinese characters and one doubled 的.
  expect(await findingCount(page, 'punctuation')).toBeGreaterThanOrEqual(4);
  expect(await findingCount(page, 'repetition')).toBe(1);
  await expect(page.locator('.jk-mark.jk-fam-punctuation').first()).toBeVisible();
  await expect(page.locator('.jk-mark.jk-fam-repetition')).toHaveCount(1);
  // The identical half-width commas are one row; expanded, each shows its sentence.
  await expect(page.locator('[data-testid=finding-bundle][data-rule="punctuation.half-width"]')).toHaveCount(1);
  await expandBundles(page);
  const firstComma = page.locator('[data-testid=finding-item][data-rule^="punctuation."]').first();
  await expect(firstComma.locator('[data-testid=finding-sentence] mark')).toHaveText(',');

  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `open-and-check-${kind}.png`) });
  testInfo.annotations.push({ type: 'screenshot', description: join(screenshots, `open-and-check-${kind}.png`) });
});

test('F8 and Shift+F8 move through the findings in draft order, select their spans and hand the keyboard to the panel', async ({ launch }) => {
  const { page } = await launch({ startupPath: join(drafts, 'river-town.txt') });
  await checked(page);
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');
  const ids = await page.locator('.cm-content [data-finding-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-finding-id')))]);
  expect(ids.length).toBeGreaterThanOrEqual(3);

  await page.locator('.cm-content').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await expect(page.locator(`[data-testid=finding-item][data-finding-id="${ids[0]}"]`)).toHaveAttribute('aria-selected', 'true');
  expect(await activeMarkText(page)).toBe(',');
  expect(await focusInPanel(page)).toBe(true);
  await page.keyboard.press('F8');
  await expect(page.locator(`[data-testid=finding-item][data-finding-id="${ids[1]}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Shift+F8');
  await expect(page.locator(`[data-testid=finding-item][data-finding-id="${ids[0]}"]`)).toHaveAttribute('aria-selected', 'true');
});

test('clicking a finding selects its span; editing the text re-checks it', async ({ launch }) => {
  const { page } = await launch({ startupPath: join(drafts, 'river-town.txt') });
  await checked(page);
  const repetition = page.locator('[data-testid=finding-item][data-rule^="repetition."]');
  await repetition.click();
  await expect(repetition).toHaveAttribute('aria-selected', 'true');
  // The keyboard stays in the panel; Enter takes it to the selected text in the draft.
  await page.keyboard.press('Enter');
  expect(await editorSelection(page)).toBe('的的');

  // Typing replaces the selected doubling: the repetition finding disappears.
  await page.keyboard.type('的');
  await checked(page);
  await expect(page.locator('[data-testid=finding-group][data-family=repetition]')).toHaveCount(0);

  // A new doubled word typed at the end is found again, without reloading.
  const before = await findingCount(page, 'punctuation');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n今年农户的的收入明显提高,日子越过越好。');
  await checked(page);
  expect(await findingCount(page, 'repetition')).toBe(1);
  expect(await findingCount(page, 'punctuation')).toBe(before + 1);
});

test('detects the encoding of a GB18030 draft and shows it', async ({ launch }) => {
  const { page } = await launch({ startupPath: join(drafts, 'river-town-gbk.txt') });
  await checked(page);
  await expect(page.locator('[data-testid=status-encoding]')).toContainText('GB18030');
  await expect(page.locator('.cm-content')).toContainText('初冬时节');
  expect(await findingCount(page, 'repetition')).toBe(1);
});

test('File → Open shows a clear message for a broken file and keeps the current draft', async ({ launch }) => {
  const host = await launch({ startupPath: join(drafts, 'river-town.txt') });
  const { page } = host;
  await checked(page);
  await host.answerOpenDialog(join(drafts, 'broken.docx'));
  await host.sendMenu('open');
  await expect(page.locator('[data-testid=error-banner]')).toBeVisible();
  await expect(page.locator('[data-testid=error-banner]')).toContainText('broken.docx');
  await expect(page.locator('.cm-content')).toContainText('初冬时节');

  await host.answerOpenDialog(join(drafts, 'river-town-gbk.txt'));
  await page.locator('[data-testid=open-button]').click();
  await expect(page.locator('[data-testid=status-file]')).toContainText('river-town-gbk.txt');
});

test('with no file the built-in sample draft opens with findings of several families', async ({ launch }) => {
  const { page } = await launch();
  await checked(page);
  await expect(page.locator('.cm-content')).not.toBeEmpty();
  const families = await page.locator('[data-testid=finding-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-family')));
  expect(families).toEqual(expect.arrayContaining(['punctuation', 'repetition']));
});

test('a file dropped on the window opens, and recent files list what was opened', async ({ launch }) => {
  const host = await launch();
  const { page } = host;
  await checked(page);
  await page.evaluate(async () => {
    const file = new File(['暮色中,河面上的的渔船陆续归来。'], 'dropped.txt', { type: 'text/plain' });
    const data = new DataTransfer();
    data.items.add(file);
    const target = document.querySelector('.cm-editor') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  });
  await expect(page.locator('[data-testid=status-file]')).toContainText('dropped.txt');
  await checked(page);
  expect(await findingCount(page, 'repetition')).toBe(1);

  await host.answerOpenDialog(join(drafts, 'river-town.txt'));
  await host.sendMenu('open');
  await expect(page.locator('[data-testid=status-file]')).toContainText('river-town.txt');
  await page.locator('[data-testid=recent-button]').click();
  await expect(page.locator('[data-testid=recent-item]').first()).toContainText('river-town.txt');
});
