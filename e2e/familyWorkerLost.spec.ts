import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { tempFolder } from './harness/tempFolder';

/**
 * Each check is split between the check worker and a family worker (docs/architecture.md,
 * "Start-up and generated data"). Without the family worker the check worker runs its families
 * itself: nothing the draft holds goes unmarked.
 */
test('without its family worker the app still marks a misspelling and a share that does not add up', async ({ launch, hostKind }) => {
  test.skip(hostKind === 'electron', 'Refusing one of the app’s own files is done through the browser bridge; Electron serves them from its protocol.');
  const dir = tempFolder('family');
  const draft = join(dir, 'smoke-alarms.txt');
  await writeFile(draft, '本报讯 社区为独居老人按装了烟雾报警器，志愿者们逐户上门讲解使用方法。\n项目总投资500万元，其中社区自筹300万元，占比80%。\n');
  const { page } = await launch({ startupPath: draft, refuse: '**/familyWorker-*.js' });
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=finding-item][data-rule^="typo."]')).toContainText('安装');
  await expect(page.locator('[data-testid=finding-group][data-family=arithmetic]')).toHaveCount(1);
});
