import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './harness/paths';

const drafts = join(__dirname, 'drafts');
const screenshots = join(REPO_ROOT, 'test-results', 'screenshots');

async function checked(page: Page): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
}

async function compared(page: Page): Promise<void> {
  await expect(page.locator('[data-testid=compare-view][data-state=idle] [data-testid=compare-summary]')).toBeVisible();
}

/** The editor lives in a shadow root (CSP-safe styles), so its selection is read from there. */
async function editorSelection(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('.jk-editor-pane')?.shadowRoot as (ShadowRoot & { getSelection(): Selection | null }) | null | undefined;
    return root?.getSelection()?.toString() ?? '';
  });
}

async function summaryCount(page: Page, name: string): Promise<number> {
  return Number(await page.locator('[data-testid=compare-summary]').getAttribute(`data-${name}`));
}

/** The top edge of a row's cell in one column. */
async function cellTop(page: Page, column: 'old' | 'new', row: string): Promise<number> {
  const box = await page.locator(`[data-testid=compare-${column}] > [data-row="${row}"]`).boundingBox();
  return box?.y ?? Number.NaN;
}

test('compares two revisions side by side: a moved paragraph, changed facts, width-only changes hidden on request', async ({ launch }, testInfo) => {
  const host = await launch({ startupPath: join(drafts, 'compare-v2.txt') });
  const { page, kind } = host;
  await checked(page);
  await host.answerOpenDialog(join(drafts, 'compare-v1.txt'));
  await page.locator('[data-testid=compare-button]').click();
  await compared(page);

  // The chosen file is the old side, the editor's text the new one; side by side is the default.
  await expect(page.locator('[data-testid=compare-old-label]')).toContainText('compare-v1.txt');
  await expect(page.locator('[data-testid=compare-new-label]')).toContainText('compare-v2.txt');
  await expect(page.locator('[data-testid=compare-old]')).toBeVisible();
  await expect(page.locator('[data-testid=compare-new]')).toBeVisible();

  // The moved paragraph is a move at both places, linked; never a deletion plus an insertion.
  const movedOld = page.locator('[data-testid=compare-old] [data-testid=compare-row][data-kind=moved]');
  const movedNew = page.locator('[data-testid=compare-new] [data-testid=compare-row][data-kind=moved]');
  await expect(movedOld).toHaveCount(1);
  await expect(movedNew).toHaveCount(1);
  await expect(movedOld).toContainText('移动');
  await expect(movedOld).toContainText('白沙云雾');
  await expect(page.locator('[data-testid=compare-row][data-kind=removed], [data-testid=compare-row][data-kind=added]')).toHaveCount(0);
  expect(await summaryCount(page, 'paragraphs-moved')).toBe(1);
  await movedOld.locator('[data-testid=compare-move-link]').click();
  await expect(movedNew).toHaveAttribute('data-focused', 'true');

  // Rows are aligned: a row's two cells start at the same height (the moved row's gap included).
  for (const row of await movedOld.evaluateAll((els) => els.map((e) => e.getAttribute('data-row') ?? ''))) {
    expect(Math.abs((await cellTop(page, 'old', row)) - (await cellTop(page, 'new', row)))).toBeLessThan(1);
  }

  // Inside a changed paragraph only the change is marked: the number whole, one character of the name.
  const numberRow = page.locator('[data-testid=compare-new] [data-testid=compare-row][data-kind=changed]', { hasText: '1864户' });
  await expect(numberRow.locator('ins')).toHaveText(['1864']);
  await expect(page.locator('[data-testid=compare-old] [data-testid=compare-row][data-kind=changed]', { hasText: '1846户' }).locator('del')).toHaveText(['1846']);
  await expect(page.locator('[data-testid=compare-new] [data-testid=compare-row]', { hasText: '罗春艳' }).locator('ins')).toHaveText(['艳']);

  // The changed number and the name changed by one character are listed for re-verification.
  const changes = page.locator('[data-testid=compare-change]');
  await expect(changes.filter({ hasText: '1846户 → 1864户' })).toHaveCount(1);
  await expect(changes.filter({ hasText: '罗春燕 → 罗春艳' })).toHaveCount(1);

  // The paragraph whose commas only changed width counts as changed until width changes are hidden.
  const widthRow = page.locator('[data-testid=compare-new] [data-testid=compare-row]', { hasText: '清明前后' });
  await expect(widthRow).toHaveAttribute('data-kind', 'changed');
  const changedBefore = await summaryCount(page, 'paragraphs-changed');

  mkdirSync(screenshots, { recursive: true });
  const shot = join(screenshots, `compare-${kind}.png`);
  await page.screenshot({ path: shot });
  testInfo.annotations.push({ type: 'screenshot', description: shot });

  await page.locator('[data-testid=compare-ignore-width]').check();
  await compared(page);
  await expect(widthRow).toHaveAttribute('data-kind', 'same');
  expect(await summaryCount(page, 'paragraphs-changed')).toBe(changedBefore - 1);
  await expect(widthRow.locator('ins, del')).toHaveCount(0);
  // Hiding width changes leaves the facts alone.
  await expect(changes.filter({ hasText: '1846户 → 1864户' })).toHaveCount(1);

  // Swapping the sides reverses the changes.
  await page.locator('[data-testid=compare-swap]').click();
  await compared(page);
  await expect(page.locator('[data-testid=compare-old-label]')).toContainText('compare-v2.txt');
  await expect(changes.filter({ hasText: '1864户 → 1846户' })).toHaveCount(1);

  await page.locator('[data-testid=compare-close]').click();
  await expect(page.locator('[data-testid=compare-view]')).toHaveCount(0);
});

test('compares with the draft as opened; inline mode; a click on the new text selects that paragraph in the editor', async ({ launch }) => {
  const { page } = await launch({ startupPath: join(drafts, 'compare-v1.txt') });
  await checked(page);
  // Edit the last paragraph: …留在茶乡。 → …留在山乡。
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('山乡');
  await expect(page.locator('.cm-content')).toContainText('留在山乡。');

  await page.locator('[data-testid=compare-opened]').click();
  await compared(page);
  await expect(page.locator('[data-testid=compare-old-label]')).toContainText('打开时的版本');
  await expect(page.locator('[data-testid=compare-new-label]')).toContainText('当前稿件');
  expect(await summaryCount(page, 'paragraphs-changed')).toBe(1);
  expect(await summaryCount(page, 'paragraphs-moved')).toBe(0);

  await page.locator('[data-testid=compare-mode-inline]').click();
  const inlineRow = page.locator('[data-testid=compare-inline] [data-testid=compare-row][data-kind=changed]');
  await expect(inlineRow).toHaveCount(1);
  await expect(inlineRow.locator('del')).toHaveText(['茶']);
  await expect(inlineRow.locator('ins')).toHaveText(['山']);

  // The unchanged paragraphs before the change are folded; a click shows them.
  await page.locator('[data-testid=compare-mode-side]').click();
  const fold = page.locator('[data-testid=compare-new] [data-testid=compare-fold]');
  await expect(fold).toHaveCount(1);
  await expect(page.locator('[data-testid=compare-new] [data-testid=compare-row]', { hasText: '罗春燕' })).toHaveCount(0);
  await fold.click();
  await expect(fold).toHaveCount(0);
  await page.locator('[data-testid=compare-new] [data-testid=compare-row]', { hasText: '罗春燕' }).click();
  expect(await editorSelection(page)).toBe('合作社理事长罗春燕介绍，过去茶农各自采摘、各自销售，鲜叶价格常常被压得很低。');

  await page.locator('[data-testid=compare-mode-side]').press('Escape');
  await expect(page.locator('[data-testid=compare-view]')).toHaveCount(0);
});

/** A long draft of our own sentences, numbers varied so paragraphs differ; about `bytes` of UTF-8. */
function longDraft(bytes: number, seed: number): string {
  const sentences = [
    '镇上的农贸市场每天清晨开市，周边{n}个村的菜农把新摘的蔬菜运来，',
    '合作社今年新建冷库{n}座，果品错峰上市，每斤售价提高了{n}角，',
    '县里组织农技人员{n}人次下乡，手把手教农户修剪果树、防治病虫害，',
    '河道整治完成后，沿岸新栽柳树{n}株，傍晚散步的居民明显多了，',
    '返乡青年开起了网店，去年线上卖出土蜂蜜{n}千克，带动{n}户增收，',
    '村卫生室配备了远程问诊设备，老人在家门口就能请县医院医生看病。',
  ];
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    let paragraph = '';
    for (let k = 0; k < 4; k++) paragraph += sentences[next() % sentences.length]!.replace(/\{n\}/g, () => String(10 + (next() % 9000)));
    paragraph += '日子越过越红火。';
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return paragraphs.join('\n');
}

/** Edits about `fraction` of the characters: substitutions, deletions and insertions; line breaks kept. */
function editedRevision(text: string, fraction: number, seed: number): string {
  const pool = '新旧多少上下左右大小前后东西南北，。';
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  let out = '';
  for (const ch of text) {
    const r = next();
    const pick = pool[Math.floor(next() * pool.length)]!;
    if (ch === '\n' || r >= fraction) out += ch;
    else if (r < fraction / 3) out += pick;
    else if (r < (2 * fraction) / 3) continue;
    else out += ch + pick;
  }
  return out;
}

test('two 1 MB drafts: the comparison runs in the worker with a progress bar while typing goes on, and its rows are capped', async ({ launch }) => {
  // How long the comparison takes is not asserted (a timing bound fails by chance on a busy machine);
  // the bench's diff suite times the comparison itself.
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-compare-'));
  try {
    const oldText = longDraft(1_000_000, 7);
    writeFileSync(join(dir, 'long-v1.txt'), oldText);
    writeFileSync(join(dir, 'long-v2.txt'), editedRevision(oldText, 0.1, 11));
    const host = await launch({ startupPath: join(dir, 'long-v2.txt') });
    const { page } = host;
    await checked(page);

    // Record, in the page, whether the progress bar ever showed.
    await page.evaluate(() => {
      const probe = { sawProgress: false };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      new MutationObserver(() => (probe.sawProgress ||= document.querySelector('[data-testid=compare-progress]') !== null)).observe(document.body, { childList: true, subtree: true });
    });

    await host.answerOpenDialog(join(dir, 'long-v1.txt'));
    await page.locator('[data-testid=compare-button]').click();
    await page.locator('.cm-content').focus();
    // Typing while the comparison runs in the worker: every character lands in the editor.
    await page.keyboard.type('typing meanwhile', { delay: 50 });
    await expect(page.locator('.cm-content')).toContainText('typing meanwhile');
    await compared(page);
    expect(page.workers().some((worker) => /checkWorker/.test(worker.url()))).toBe(true);

    // Rows are capped: the page never holds thousands of them at once.
    const rows = await page.locator('[data-testid=compare-new] [data-testid=compare-row]').count();
    expect(rows).toBeLessThanOrEqual(200);
    await expect(page.locator('[data-testid=compare-show-more]')).toBeVisible();
    expect(await summaryCount(page, 'paragraphs-changed')).toBeGreaterThan(1000);
    expect(await page.evaluate(() => (window as unknown as { __probe: { sawProgress: boolean } }).__probe.sawProgress)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
