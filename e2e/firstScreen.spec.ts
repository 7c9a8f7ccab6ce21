import { expect, test } from './fixtures';

test('the first screen says the sample is a sample and 新建 gives an empty draft to type in', async ({ launch }) => {
  const { page } = await launch();
  const notice = page.locator('[data-testid=sample-notice]');
  await expect(notice).toContainText('示例稿件');
  await notice.locator('[data-testid=sample-new]').click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveTitle(/未命名稿件/);
  await page.keyboard.insertText('新的一篇稿子。');
  await expect(page.locator('.cm-content')).toHaveText('新的一篇稿子。');
});

test('粘贴稿件 puts the clipboard into a new draft', async ({ launch }) => {
  const { page } = await launch();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('粘贴进来的稿件第一段。'));
  await page.locator('[data-testid=sample-paste]').click();
  await expect(page.locator('.cm-content')).toHaveText('粘贴进来的稿件第一段。');
});
