import { expect } from '@playwright/test';
import type { Locator, Page } from 'playwright-core';

/** The draft as the editor shows it (its visible text, one line per line). */
export async function editorText(page: Page): Promise<string> {
  return page.locator('.cm-content').innerText();
}

/** How many times `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Types `words` at the end of an editor line, as a user would: click the line, End, type. */
export async function appendToLine(page: Page, line: Locator, words: string): Promise<void> {
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.type(words);
}

/**
 * Compares the draft with the draft as opened and waits for the finished comparison; returns the
 * compare view. `timeout` overrides the expect timeout (scripts run outside the test runner).
 */
export async function compareWithOpened(page: Page, timeout?: number): Promise<Locator> {
  await page.locator('[data-testid=compare-opened]').click();
  const view = page.locator('[data-testid=compare-view]');
  await expect(view.locator('[data-testid=compare-summary]')).toBeVisible({ timeout });
  await expect(page.locator('[data-testid=compare-view][data-state=idle]')).toHaveCount(1, { timeout });
  return view;
}
