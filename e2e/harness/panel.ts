import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import type { AppHost } from './appHost';

/** The review's settled save states (`data-state` of the panel's save line): kept beside the draft, or only in memory and why. */
export type ReviewSaveState = 'saved' | 'noFile' | 'refused';

/** Waits until the draft is checked and its review has settled in one of `states`. */
export async function reviewReady(page: Page, states: readonly ReviewSaveState[]): Promise<void> {
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
  await expect(page.locator('[data-testid=review-save-state]')).toHaveAttribute('data-state', new RegExp(`^(${states.join('|')})$`));
}

/**
 * Sets the window size, then waits until the draft is checked and the panel shows the review's
 * progress. `timeout` overrides the expect timeout (scripts run outside the test runner).
 */
export async function checkedAt(page: Page, size: { width: number; height: number }, timeout?: number): Promise<void> {
  await page.setViewportSize(size);
  await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1, { timeout });
  await expect(page.locator('[data-testid=review-progress]')).toBeVisible({ timeout });
}

/** Exports the review report through the panel, as a user would: the save dialog answers `path`. The caller waits for the result. */
export async function exportReport(host: Pick<AppHost, 'page' | 'answerSaveDialog'>, format: 'html' | 'pdf', path: string): Promise<void> {
  await host.answerSaveDialog(path);
  await host.page.locator('[data-testid=report-export]').click();
  await host.page.locator(`[data-testid=report-export-${format}]`).click();
}

/** Opens every folded row of identical findings, so each finding is listed with its own controls. */
export async function expandBundles(page: Page): Promise<void> {
  const closed = page.locator('[data-testid=bundle-toggle][aria-expanded=false]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** The text of the finding selected in the editor (its highlighted span), focused or not. */
export async function activeMarkText(page: Page): Promise<string> {
  return page.locator('.cm-content .jk-mark-active').first().innerText();
}

/** Whether the keyboard is in the side panel (where J, K, A act) rather than in the draft. */
export async function focusInPanel(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('[data-testid=review-panel]') !== null);
}
