import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const workDirs: string[] = [];
process.on('exit', () => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('export warns while errors or unchecked claims are open, and still exports', async ({ launch }) => {
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-export-warning-'));
  workDirs.push(dir);
  const draft = join(dir, 'loquat-harvest.txt');
  copyFileSync(join(__dirname, 'drafts', 'loquat-harvest.txt'), draft);
  const host = await launch({ startupPath: draft });
  const { page } = host;
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await page.locator('[data-testid=export-button]').click();
  const warning = page.locator('[data-testid=export-dialog] [data-testid=export-open-warning]');
  await expect(warning).toContainText('尚不能签发');
  const open = Number(await warning.getAttribute('data-errors')) + Number(await warning.getAttribute('data-claims'));
  expect(open).toBeGreaterThan(0);
  const out = join(dir, 'loquat-harvest.clean.txt');
  await host.answerSaveDialog(out);
  await page.locator('[data-testid=export-submit]').click();
  await expect.poll(() => existsSync(out)).toBe(true);
});
