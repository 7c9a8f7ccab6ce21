import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const drafts = join(__dirname, 'drafts');

function tempCopy(): { dir: string; draft: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-safety-'));
  const draft = join(dir, 'river-town.txt');
  copyFileSync(join(drafts, 'river-town.txt'), draft);
  return { dir, draft };
}

test('edits survive a crash: the autosaved copy is offered and restored on the next start', async ({ launch }) => {
  const { dir, draft } = tempCopy();
  const dataDir = join(dir, 'app-data');
  try {
    const first = await launch({ startupPath: draft, dataDir });
    await expect(first.page.locator('body[data-check-state=idle]')).toHaveCount(1);
    await first.page.locator('.cm-content').click();
    await first.page.keyboard.press('Control+End');
    await first.page.keyboard.type('\n夜深了，仓库的灯还亮着。');
    // The autosave runs two seconds after typing stops; then the app goes away without a normal close.
    await first.page.waitForTimeout(3000);
    await first.close();

    const second = await launch({ dataDir });
    await expect(second.page.locator('[data-testid=safety-banner]')).toContainText('river-town.txt');
    await second.page.locator('[data-testid=recovery-restore]').click();
    await expect(second.page.locator('.cm-content')).toContainText('夜深了，仓库的灯还亮着。');
    await expect(second.page.locator('[data-testid=status-file]')).toContainText('river-town.txt');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a draft changed on disk by another program is reported and can be reloaded', async ({ launch }) => {
  const { dir, draft } = tempCopy();
  try {
    const { page } = await launch({ startupPath: draft });
    await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
    writeFileSync(draft, '另一位编辑改写了这篇稿件,只留下一句话。\n');
    await expect(page.locator('[data-testid=safety-banner]')).toContainText('river-town.txt');
    await page.locator('[data-testid=disk-reload]').click();
    await expect(page.locator('.cm-content')).toContainText('另一位编辑改写了这篇稿件');
    await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
