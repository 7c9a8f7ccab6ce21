import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadSidecar } from '../src/node/review/sidecarFile';
import { sidecarPathFor } from '../src/node/review/sidecarPath';
import { expect, test } from './fixtures';
import type { AppHost, LaunchOptions } from './harness/appHost';
import { openDraftCopy } from './harness/draftCopy';
import { editorText, occurrences } from './harness/editor';
import { focusInPanel, reviewReady, type ReviewSaveState } from './harness/panel';

/**
 * The copy desk's working loop (issue 16). The draft: a town of 洪雅县 written once with a wrong
 * character (七里平镇 for 七里坪镇, which the gazetteer confirms) and twelve half-width commas.
 */
const ORCHARD = join(__dirname, 'drafts', 'hill-orchard.txt');
const COMMAS = 12;

/** The save states this spec accepts once a draft is checked. */
const SETTLED: ReviewSaveState[] = ['saved', 'noFile'];
const ready = (page: Page) => reviewReady(page, SETTLED);

/** Opens a copy of the draft (its review file is written beside the copy, never into the repository), checked and its review loaded. */
const openOrchard = (launch: (options: LaunchOptions) => Promise<AppHost>) => openDraftCopy(launch, ORCHARD, SETTLED);

/** The item the panel shows as current (only the current item has its controls open). */
const currentItem = (page: Page) => page.locator('.jk-review-expanded[data-testid=review-item]');

test('全部改正 turns every half-width comma of the row into a full-width one in one undoable step', async ({ launch }) => {
  const { page, draft } = await openOrchard(launch);
  // The fact comes first; the commas are one row below it, outside the error count.
  await expect(page.locator('[data-testid=finding-group]').first()).toHaveAttribute('data-facts', 'true');
  const bundle = page.locator('[data-testid=finding-bundle][data-rule="punctuation.half-width"]');
  await expect(bundle).toHaveAttribute('data-count', String(COMMAS));
  await expect(page.locator('[data-testid=status-errors]')).toHaveAttribute('data-count', '1');
  await bundle.locator('[data-testid=bundle-toggle]').click();
  await expect(bundle.locator('[data-testid=finding-sentence] mark')).toHaveCount(COMMAS);
  await expect(bundle.locator('[data-testid=finding-sentence]').first()).toContainText('秋分过后');

  const before = await editorText(page);
  expect(occurrences(before, ',')).toBe(COMMAS);
  await bundle.locator('[data-testid=fix-all]').click();
  await expect.poll(async () => occurrences(await editorText(page), ',')).toBe(0);
  expect(occurrences(await editorText(page), '，')).toBe(occurrences(before, '，') + COMMAS);
  await ready(page);
  await expect(bundle).toHaveCount(0);

  // One review change: every comma's item fixed, saved beside the draft.
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');
  const saved = await loadSidecar(sidecarPathFor(draft));
  if (saved.status !== 'ok') throw new Error(`sidecar not loaded: ${saved.status}`);
  expect(saved.review.items.filter((i) => i.rule === 'punctuation.half-width' && i.verdict === 'fixed')).toHaveLength(COMMAS);

  // One step back restores them all.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => occurrences(await editorText(page), ',')).toBe(COMMAS);
  expect(await editorText(page)).toBe(before);
});

test('the J/A loop walks in draft order, applies only the item on screen, and stops at the end; F8 then A never types into the draft', async ({ launch }) => {
  const { page, draft } = await openOrchard(launch);

  // F8 from the text: the keyboard goes to the panel, so A applies the item instead of typing.
  await page.locator('.cm-content').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  expect(await focusInPanel(page)).toBe(true);
  const first = await currentItem(page).getAttribute('data-item-id');
  expect(first).toBeTruthy();
  const seen = new Set<string>([first!]);
  const original = await editorText(page);
  await page.keyboard.press('a');
  const afterFirst = await editorText(page);
  expect(afterFirst).not.toMatch(/a/i);
  expect(afterFirst).not.toBe(original);
  // The first item in draft order is the place in the headline: applying it corrects 七里平镇.
  expect(occurrences(afterFirst, '七里平镇')).toBe(0);

  // A moves on to the next item, which is on screen before the next A.
  for (let i = 0; i < 4; i++) {
    const current = currentItem(page);
    await expect(current).toBeInViewport();
    const id = await current.getAttribute('data-item-id');
    expect(seen.has(id!)).toBe(false);
    seen.add(id!);
    await page.keyboard.press('A');
    await expect(currentItem(page)).not.toHaveAttribute('data-item-id', id!);
  }
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', 'saved');
  const saved = await loadSidecar(sidecarPathFor(draft));
  if (saved.status !== 'ok') throw new Error(`sidecar not loaded: ${saved.status}`);
  const fixed = saved.review.items.filter((i) => i.verdict === 'fixed').map((i) => i.id);
  expect(fixed).toHaveLength(5);
  for (const id of fixed) expect(seen.has(id)).toBe(true);

  // J walks to the last unreviewed item and then says so, without wrapping to the top.
  for (let i = 0; i < COMMAS; i++) await page.keyboard.press('j');
  await expect(page.locator('[data-testid=review-walk-end]')).toHaveText('已到最后一条');
  const last = await currentItem(page).getAttribute('data-item-id');
  await page.keyboard.press('j');
  await expect(currentItem(page)).toHaveAttribute('data-item-id', last!);
  expect(await editorText(page)).not.toMatch(/[aj]/i);

  // A on the last item applies it; J then stays at the end even though items skipped above are still open.
  const beforeLast = occurrences(await editorText(page), ',');
  await page.keyboard.press('a');
  await expect.poll(async () => occurrences(await editorText(page), ',')).toBe(beforeLast - 1);
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await page.keyboard.press('j');
  await expect(page.locator('[data-testid=review-walk-end]')).toHaveText('已到最后一条');
  expect(occurrences(await editorText(page), ',')).toBe(beforeLast - 1);

  // Typing in the draft is text, never a shortcut.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('j');
  await expect.poll(() => editorText(page)).toMatch(/j$/);
  await expect(page.locator('[data-testid=review-walk-end]')).toHaveText('已到最后一条');
});

test('a place written two ways, confirmed by the gazetteer, is one card with one apply button that says how many places it changes', async ({ launch }) => {
  const { page } = await openOrchard(launch);
  const cards = page.locator('[data-testid=finding-item]', { hasText: '七里平镇' });
  await expect(cards).toHaveCount(1);
  await expect(cards.locator('[data-testid=apply-suggestion]')).toHaveCount(1);
  await expect(page.locator('[data-testid=review-apply]')).toHaveCount(0);
  await cards.locator('.jk-finding-message').first().click();
  await expect(cards.locator('[data-testid=apply-suggestion]')).toHaveCount(1);
  await expect(cards.locator('[data-testid=apply-suggestion]')).toHaveAttribute('data-places', '1');
  await cards.locator('[data-testid=apply-suggestion]').click();
  await expect.poll(async () => occurrences(await editorText(page), '七里平镇')).toBe(0);
  expect(occurrences(await editorText(page), '七里坪镇')).toBe(4);
});

test('the counters agree in the panel, the status bar and the export dialog, and 已采纳 counts an applied fix', async ({ launch }) => {
  const { page } = await openOrchard(launch);
  const total = await page.locator('[data-testid=panel-total]').getAttribute('data-count');
  await expect(page.locator('[data-testid=review-tab-findings] .jk-tab-count')).toHaveText(total!);
  expect(Number(total)).toBe(COMMAS + 1);

  const expectErrors = async (errors: number) => {
    await expect(page.locator('[data-testid=status-errors]')).toHaveAttribute('data-count', String(errors));
    await expect(page.locator('[data-testid=panel-total]')).toHaveAttribute('data-errors', String(errors));
    await page.locator('[data-testid=export-button]').click();
    const warning = page.locator('[data-testid=export-dialog] [data-testid=export-open-warning]');
    if (errors > 0) await expect(warning).toHaveAttribute('data-errors', String(errors));
    else await expect(page.locator('[data-testid=export-open-warning]:not([data-errors="0"])')).toHaveCount(0);
  };
  await expectErrors(1);
  await expect(page.locator('[data-testid=export-counts]')).toContainText('已采纳 0 条');
  await page.locator('[data-testid=export-cancel]').click();

  await page.locator('[data-testid=finding-item]', { hasText: '七里平镇' }).locator('[data-testid=apply-suggestion]').click();
  await ready(page);
  await expect(page.locator('[data-testid=panel-total]')).toHaveAttribute('data-count', String(COMMAS));
  await expect(page.locator('[data-testid=review-tab-findings] .jk-tab-count')).toHaveText(String(COMMAS));
  await expectErrors(0);
  await expect(page.locator('[data-testid=export-counts]')).toContainText('已采纳 1 条');
});

test('the hover card over any part of a mark offers apply, ignore and 标记 in words, never a rule id; right-click offers the same', async ({ launch }) => {
  const { page } = await openOrchard(launch);
  const mark = page.locator('.cm-content .jk-mark.jk-fam-consistency', { hasText: '七里平镇' });
  const box = (await mark.boundingBox())!;
  // The pointer rests in the middle of the third character, not at a character's edge.
  await page.mouse.move(box.x + box.width * 0.625, box.y + box.height / 2);
  const card = page.locator('[data-testid=finding-tooltip]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('前后不一致');
  await expect(card).not.toContainText('consistency.');
  await expect(card.locator('[data-testid=tooltip-ignore]')).toBeVisible();
  await expect(card.locator('[data-testid=tooltip-mark]')).toBeVisible();

  await page.mouse.click(box.x + box.width * 0.375, box.y + box.height / 2, { button: 'right' });
  const menu = page.locator('[data-testid=finding-context-card]');
  await expect(menu).toBeVisible();
  await expect(menu.locator('[data-testid=tooltip-apply]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);

  // 标记 confirms the finding; 误报 asks for its reason in the panel.
  const comma = page.locator('.cm-content .jk-mark.jk-fam-punctuation').first();
  const commaBox = (await comma.boundingBox())!;
  await page.mouse.move(commaBox.x + commaBox.width / 2, commaBox.y + commaBox.height / 2);
  await card.locator('[data-testid=tooltip-mark]').click();
  await expect(currentItem(page)).toHaveAttribute('data-verdict', 'confirmed');
  await page.mouse.move(0, 0);
  await expect(card).toHaveCount(0);
  await page.mouse.move(commaBox.x + commaBox.width / 2, commaBox.y + commaBox.height / 2);
  await card.locator('[data-testid=tooltip-ignore]').click();
  await expect(currentItem(page).locator('[data-testid=review-reason]')).toBeFocused();
  await page.keyboard.press('Escape');

  await page.mouse.move(0, 0);
  await page.mouse.move(box.x + box.width * 0.625, box.y + box.height / 2);
  await card.locator('[data-testid=tooltip-apply]').click();
  await expect.poll(async () => occurrences(await editorText(page), '七里平镇')).toBe(0);
  await expect(page.locator('[data-testid=status-errors]')).toHaveAttribute('data-count', '0');
});
