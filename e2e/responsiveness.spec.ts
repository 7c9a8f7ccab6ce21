import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticDraft } from '../bench/syntheticDraft';
import { expect, test } from './fixtures';

/**
 * Issue 9 and 17: typing into a 1 MB draft never waits on its checks. What is asserted is the
 * behaviour that makes that so — the checks run in a worker, every keystroke lands in the editor
 * while a check is under way, the result of the last edit arrives and is shown, and the result of
 * an earlier text is never shown over a later one. How long anything takes is measured by
 * `npm run bench` (suite `app`), not here: a timing bound fails by chance on a busy machine.
 */
test('typing in a 1 MB draft: checks run in the worker, keystrokes land meanwhile, only the newest result is shown', async ({ launch }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-1mb-'));
  const path = join(dir, 'long-draft.txt');
  writeFileSync(path, syntheticDraft('1MB', 3));
  try {
    const { page } = await launch({ startupPath: path });
    const idle = page.locator('body[data-check-state=idle]');
    await expect(idle).toHaveCount(1, { timeout: 90_000 });
    expect(page.workers().some((worker) => /checkWorker/.test(worker.url()))).toBe(true);

    // Record, in the page, the check state at each typed character: typing must go on while a check runs.
    await page.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { __statesAtKey: string[] }).__statesAtKey = states;
      document.addEventListener('beforeinput', () => states.push(document.body.dataset.checkState ?? ''), true);
    });
    const firstLine = page.locator('.cm-line').first();
    const doubled = firstLine.locator('.jk-mark.jk-fam-repetition', { hasText: '的的' });
    await page.locator('.cm-content').click({ position: { x: 40, y: 40 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('今年秋粮收购的的进展顺利', { delay: 30 });
    await expect(firstLine).toContainText('今年秋粮收购的的进展顺利');
    const statesAtKey = await page.evaluate(() => (window as unknown as { __statesAtKey: string[] }).__statesAtKey);
    expect(statesAtKey.slice(1)).toContain('running');

    // The re-check of the typed text arrives and marks the doubled character.
    await expect(idle).toHaveCount(1, { timeout: 90_000 });
    await expect(doubled).toHaveCount(1);

    // Remove the doubled character and type on at once: whatever the worker answers for the texts in
    // between, the marks shown at the end are those of the final text.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < '今年秋粮收购的'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Delete');
    await page.keyboard.type('，', { delay: 30 });
    await expect(firstLine).toContainText('今年秋粮收购的，进展顺利');
    await expect(idle).toHaveCount(1, { timeout: 90_000 });
    await expect(doubled).toHaveCount(0);
    await expect(page.locator('.jk-status-failed')).toHaveCount(0);

    // A figure typed fast, with the claims checklist open: the runs of the texts in between may leave
    // their claims and review to the next, but the final text's claim reaches the checklist.
    await page.locator('[data-testid=review-tab-claims]').click();
    await page.locator('.cm-content').click({ position: { x: 40, y: 40 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('全县新修水渠47公里。');
    await expect(firstLine).toContainText('全县新修水渠47公里。');
    await expect(idle).toHaveCount(1, { timeout: 90_000 });
    await expect(page.locator('[data-testid=claim-item][data-claim-type=number]', { hasText: '47公里' })).toHaveCount(1, { timeout: 30_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
