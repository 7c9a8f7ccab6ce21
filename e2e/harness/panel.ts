import type { Page } from 'playwright-core';

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
