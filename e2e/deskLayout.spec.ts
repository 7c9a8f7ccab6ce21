import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { appendToLine, compareWithOpened } from './harness/editor';
import { checkedAt, exportReport } from './harness/panel';

/**
 * The team's own draft, typed as plain-text drafts come: blank lines between paragraphs, some
 * paragraphs indented with four ASCII spaces and some with two full-width ones.
 */
const DRAFT = [
  '青石镇柑橘喜获丰收',
  '',
  '    本报记者 林晓',
  '',
  '\u3000\u3000十一月的青石镇，漫山柑橘挂满枝头。',
  '',
  '\u3000\u3000合作社负责人说，今年全镇柑橘种植面积达到一万二千亩。',
  '',
  '    青石镇还建起了冷链仓库,果子可以错峰销售。',
  '',
  '\u3000\u3000下一步，青石镇将发展果品深加工。',
].join('\n');

const WINDOW = { width: 1280, height: 720 };

async function withDraft(run: (paths: { draft: string; dataDir: string; dir: string }) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-desk-'));
  try {
    const draft = join(dir, '青石镇.txt');
    await writeFile(draft, DRAFT, 'utf8');
    await run({ draft, dataDir: join(dir, 'app-data'), dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const opened = (page: Page) => checkedAt(page, WINDOW);

/** The editor's line that holds `text` (the editor is in an open shadow root; locators reach into it). */
function line(page: Page, text: string): Locator {
  return page.locator('.jk-editor-pane .cm-line', { hasText: text });
}

/** Appends words at the end of two paragraphs, then compares with the draft as opened. */
async function compareTwoEdits(page: Page): Promise<Locator> {
  for (const [anchor, words] of [['漫山柑橘', '果香四溢'], ['一万二千亩', '左右']] as const) await appendToLine(page, line(page, anchor), words);
  return compareWithOpened(page);
}

async function height(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.height;
}

async function width(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.width;
}

/** Drags a resizer bar by (dx, dy) with the mouse. */
async function drag(page: Page, bar: Locator, dx: number, dy: number): Promise<void> {
  const box = (await bar.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2);
  await page.mouse.move(x + dx, y + dy);
  await page.mouse.up();
}

test('the side panel and the compare pane are resized by dragging and keep their sizes after a restart', async ({ launch }) => {
  await withDraft(async ({ draft, dataDir }) => {
    const first = await launch({ startupPath: draft, dataDir });
    await opened(first.page);
    const panel = first.page.locator('[data-testid=review-panel]');
    const before = await width(panel);
    await drag(first.page, first.page.locator('[data-testid=side-panel-resizer]'), -120, 0);
    await expect.poll(() => width(panel)).toBeGreaterThan(before + 100);
    const widened = await width(panel);
    // However wide the panel is dragged, the editor keeps a usable column.
    await drag(first.page, first.page.locator('[data-testid=side-panel-resizer]'), -2000, 0);
    expect(await width(first.page.locator('.jk-editor-pane'))).toBeGreaterThanOrEqual(470);
    await drag(first.page, first.page.locator('[data-testid=side-panel-resizer]'), 2000, 0);
    await drag(first.page, first.page.locator('[data-testid=side-panel-resizer]'), -(widened - 260), 0);
    await expect.poll(() => width(panel)).toBeGreaterThan(widened - 3);
    expect(await width(panel)).toBeLessThan(widened + 3);

    // Two changes take two changes' room: the editor below keeps most of the window.
    const compare = await compareTwoEdits(first.page);
    const fitted = await height(compare);
    expect(fitted).toBeLessThan(WINDOW.height * 0.45);
    expect(await height(first.page.locator('.jk-editor-pane'))).toBeGreaterThan(WINDOW.height * 0.4);
    await drag(first.page, first.page.locator('[data-testid=compare-resizer]'), 0, -60);
    await expect.poll(() => height(compare)).toBeLessThan(fitted - 40);
    const dragged = await height(compare);
    // The sizes are saved through main after the drag: close only once they are on disk.
    await expect.poll(() => first.page.evaluate(() => window.jiaokan.getSettings().then((s) => [s.sidePanelWidth, s.compareHeight]))).toEqual([Math.round(widened), Math.round(dragged)]);
    await first.close();

    const second = await launch({ startupPath: draft, dataDir });
    await opened(second.page);
    expect(Math.abs((await width(second.page.locator('[data-testid=review-panel]'))) - widened)).toBeLessThan(3);
    const again = await compareTwoEdits(second.page);
    expect(Math.abs((await height(again)) - dragged)).toBeLessThan(3);
  });
});

test('Esc closes the comparison from the editor; the comparison shows no timings', async ({ launch }) => {
  await withDraft(async ({ draft }) => {
    const { page } = await launch({ startupPath: draft });
    await opened(page);
    const compare = await compareTwoEdits(page);
    await expect(compare).not.toContainText('毫秒');
    await expect(compare).not.toContainText(/\d+\s*ms\b/);
    await line(page, '冷链仓库').click();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid=compare-view]')).toHaveCount(0);
    // The keystroke did not reach the text.
    await expect(line(page, '冷链仓库')).toHaveText('青石镇还建起了冷链仓库,果子可以错峰销售。');
  });
});

test('blank lines added or removed are not reported as paragraphs in the comparison', async ({ launch }) => {
  await withDraft(async ({ draft }) => {
    const { page } = await launch({ startupPath: draft });
    await opened(page);
    // One blank line more after the headline, one fewer before the last paragraph.
    await line(page, '青石镇柑橘喜获丰收').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await line(page, '果品深加工').click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    await expect(page.locator('.jk-editor-pane .cm-line')).toHaveCount(11);
    await page.locator('[data-testid=compare-opened]').click();
    const summary = page.locator('[data-testid=compare-view][data-state=idle] [data-testid=compare-summary]');
    await expect(summary).toBeVisible();
    await expect(summary).toHaveAttribute('data-paragraphs-added', '0');
    await expect(summary).toHaveAttribute('data-paragraphs-removed', '0');
    await expect(summary).toHaveAttribute('data-paragraphs-changed', '0');
    await expect(page.locator('[data-testid=compare-row][data-kind=added], [data-testid=compare-row][data-kind=removed]')).toHaveCount(0);
  });
});

test('the draft reads as paragraphs: blank lines become spacing, any indent one even first-line indent', async ({ launch }) => {
  await withDraft(async ({ draft }) => {
    const { page } = await launch({ startupPath: draft });
    await opened(page);
    const blank = page.locator('.jk-editor-pane .cm-line.cm-jk-blank');
    await expect(blank).toHaveCount(5);
    const textLine = await height(line(page, '青石镇柑橘喜获丰收'));
    expect(await height(blank.first())).toBeLessThan(textLine * 0.6);
    // Four ASCII spaces and two full-width ones: the same indent, 2em at the draft's size.
    const indents = page.locator('.jk-editor-pane .cm-jk-indent');
    await expect(indents).toHaveCount(5);
    const ascii = await width(line(page, '本报记者').locator('.cm-jk-indent'));
    const fullWidth = await width(line(page, '漫山柑橘').locator('.cm-jk-indent'));
    expect(Math.abs(ascii - fullWidth)).toBeLessThan(1);
    expect(Math.abs(ascii - 2 * 17)).toBeLessThan(2);
  });
});

test('the draft’s typeface and size are chosen in the settings, applied at once and remembered', async ({ launch }) => {
  await withDraft(async ({ draft, dataDir }) => {
    const fontOf = (page: Page) => line(page, '冷链仓库').evaluate((el) => ({ family: getComputedStyle(el).fontFamily, size: getComputedStyle(el).fontSize }));
    const first = await launch({ startupPath: draft, dataDir });
    await opened(first.page);
    expect((await fontOf(first.page)).family).toContain('Sans');
    await first.page.getByTestId('settings-button').click();
    await first.page.getByTestId('settings-editor-font').selectOption('serif');
    await first.page.getByTestId('settings-editor-font-size').selectOption('20');
    await expect.poll(async () => (await fontOf(first.page)).size).toBe('20px');
    expect((await fontOf(first.page)).family).toMatch(/Serif|Song|serif/);
    await first.page.getByTestId('settings-done').click();
    await first.close();

    const second = await launch({ startupPath: draft, dataDir });
    await opened(second.page);
    await expect.poll(async () => (await fontOf(second.page)).size).toBe('20px');
    expect((await fontOf(second.page)).family).toMatch(/Serif|Song|serif/);
  });
});

test('the exported review report opens with its summary and names no rule by its id', async ({ launch }) => {
  await withDraft(async ({ draft, dir }) => {
    const host = await launch({ startupPath: draft });
    await opened(host.page);
    const out = join(dir, 'report.html');
    await exportReport(host, 'html', out);
    await expect(host.page.locator('[data-testid=review-exported]')).toBeVisible();
    const html = await readFile(out, 'utf8');
    const summary = html.search(/尚不能签发|可以签发/);
    expect(summary).toBeGreaterThan(-1);
    expect(html.indexOf('待处理：')).toBeGreaterThan(summary);
    expect(summary).toBeLessThan(html.indexOf('<table>'));
    expect(html).toContain('标点');
    expect(html).not.toMatch(/\b(consistency|gazetteer|punctuation|number|claim)\.[a-z-]+/);
    expect(html).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });
});

test('times in the Chinese panel are written the Chinese way', async ({ launch }) => {
  await withDraft(async ({ draft }) => {
    const { page } = await launch({ startupPath: draft });
    await opened(page);
    const finding = page.locator('[data-testid=finding-item]').first();
    await finding.click();
    await finding.locator('[data-testid=verdict-confirmed]').click();
    const by = page.locator('[data-testid=review-by]').first();
    await expect(by).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(by).not.toHaveText(/\d{1,2}\/\d{1,2}\/\d{4}|[AP]M/);
  });
});
