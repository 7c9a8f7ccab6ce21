import { join } from 'node:path';
import { expect, test } from './fixtures';
import { editorText, occurrences } from './harness/editor';

const DRAFT = join(__dirname, 'drafts', 'river-town.txt');

test('Ctrl+H replaces every match in one step, and one undo brings them all back', async ({ launch }) => {
  const { page } = await launch({ startupPath: DRAFT });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  const before = await editorText(page);
  const count = occurrences(before, '合作社');
  expect(count).toBeGreaterThan(1);
  await page.keyboard.press('Control+h');
  const panel = page.locator('.cm-search');
  await expect(panel.getByRole('button', { name: '全部替换' })).toBeVisible();
  await panel.locator('input[name=search]').fill('合作社');
  await panel.locator('input[name=replace]').fill('农民专业合作社');
  await panel.getByRole('button', { name: '全部替换' }).click();
  const after = await editorText(page);
  expect(occurrences(after, '农民专业合作社')).toBe(count);
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+z');
  expect(await editorText(page)).toBe(before);
});

test('Ctrl+F from the review panel opens find with match case, whole word and regular expressions in Chinese', async ({ launch }) => {
  const { page } = await launch({ startupPath: DRAFT });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Control+f');
  const panel = page.locator('.cm-search');
  await expect(panel.locator('input[name=search]')).toBeFocused();
  for (const label of ['区分大小写', '全字匹配', '正则表达式']) await expect(panel.getByText(label)).toBeVisible();
  await panel.getByLabel('正则表达式').check();
  await panel.locator('input[name=search]').fill('[0-9]+吨');
  // The panel takes the query on keyup, as a user's typing gives it.
  await page.keyboard.press('End');
  // A finding's mark may split the highlighted match into several elements.
  await expect.poll(async () => (await page.locator('.cm-searchMatch').allInnerTexts()).join('')).toMatch(/^[0-9]+吨$/);
});

test('the Edit menu opens find and replace', async ({ launch }) => {
  const host = await launch({ startupPath: DRAFT });
  await expect(host.page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await host.sendMenu('replace');
  await expect(host.page.locator('.cm-search input[name=replace]')).toBeFocused();
  await host.sendMenu('find');
  await expect(host.page.locator('.cm-search input[name=search]')).toBeFocused();
});
