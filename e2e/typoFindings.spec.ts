import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { tempFolder } from './harness/tempFolder';

/** Issue 14: typo marks have their own colour and group, and applying one puts the correction in the text. */
test('a typo is marked in its own family and applying it writes the correction', async ({ launch }) => {
  const dir = tempFolder('typo');
  const draft = join(dir, 'smoke-alarms.txt');
  await writeFile(draft, '本报讯 社区为独居老人按装了烟雾报警器，志愿者们逐户上门讲解使用方法。\n');
  const { page } = await launch({ startupPath: draft });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);

  // The typo data loads after the draft opens; the worker re-checks when it arrives.
  const group = page.locator('[data-testid=finding-group][data-family=typo]');
  await expect(group).toHaveCount(1);
  await expect(page.locator('.jk-mark.jk-fam-typo')).toHaveCount(1);
  const item = page.locator('[data-testid=finding-item][data-rule^="typo."]');
  await expect(item).toContainText('安装');

  await item.locator('[data-testid=apply-suggestion]').click();
  await expect(page.locator('.cm-content')).toContainText('老人安装了烟雾报警器');
  await expect(group).toHaveCount(0);
});
