/**
 * The screenshots in docs/screenshots/: the app in Debian's Chromium through the e2e bridge (the
 * built renderer, the real main-process handlers), at the window sizes copy editors use.
 *
 *   npm run build && npm run screenshots -- [DRAFT] [--out DIR]
 *
 * DRAFT defaults to one of the team's e2e drafts. Any draft may be given (the lead runs it on the
 * seed article); the text stays where it is, only the pictures are written.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { AppHost } from '../e2e/harness/appHost';
import { closeBrowser, launchInBrowser } from '../e2e/harness/browserHost';
import { appendToLine, compareWithOpened } from '../e2e/harness/editor';
import { checkedAt, exportReport } from '../e2e/harness/panel';
import { REPO_ROOT } from '../e2e/harness/paths';

/** How long the script waits for a check or a comparison: any draft may be given, long ones included. */
const WAIT = 60_000;

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/** The grouped row of identical punctuation findings (the findings panel's bundle), and its expander. */
const PUNCTUATION_BUNDLE = '[data-testid=finding-bundle][data-rule^="punctuation."]';
const BUNDLE_TOGGLE = '[data-testid=bundle-toggle]';
const FIRST_FINDING = '[data-testid=finding-item]';

/** Two edits for the comparison: words of our own put at the end of the first two paragraphs with text. */
const EDITS = ['（本报记者补充）', '（数据待核）'];

interface Options {
  draft: string;
  out: string;
}

function parseArgs(argv: readonly string[]): Options {
  let draft = join(REPO_ROOT, 'e2e', 'drafts', 'tea-county.txt');
  let out = join(REPO_ROOT, 'docs', 'screenshots');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = resolve(argv[++i] ?? out);
    else draft = resolve(arg);
  }
  return { draft, out };
}

async function shoot(page: Page, out: string, name: string, size: { width: number; height: number }): Promise<void> {
  const path = join(out, `${name}-${size.width}x${size.height}.png`);
  await page.screenshot({ path });
  console.log(path);
}

/** Expands the grouped punctuation row; the first finding when the panel has no such group. */
async function expandPunctuation(page: Page): Promise<void> {
  const bundle = page.locator(PUNCTUATION_BUNDLE).first();
  if ((await bundle.count()) > 0) {
    await bundle.scrollIntoViewIfNeeded();
    await bundle.locator(BUNDLE_TOGGLE).click();
  } else {
    await page.locator(FIRST_FINDING).first().click();
  }
}

/** Types one edit at the end of each of the first paragraphs with text, then compares with the draft as opened. */
async function compareTwoChanges(page: Page): Promise<void> {
  const lines = page.locator('.jk-editor-pane .cm-line:not(.cm-jk-blank)');
  for (const [i, words] of EDITS.entries()) await appendToLine(page, lines.nth(i), words);
  await compareWithOpened(page, WAIT);
}

/** Exports the review report as HTML through the panel, as a user would, and opens it in a page of the same size. */
async function openReport(host: AppHost, dir: string): Promise<Page> {
  const { page } = host;
  const path = join(dir, `report-${Date.now()}.html`);
  await exportReport(host, 'html', path);
  await page.locator('[data-testid=review-exported]').waitFor();
  // A page of its own: the app's page forbids inline styles (its CSP), the report is styled inline.
  const report = await page.context().newPage();
  await report.setViewportSize(page.viewportSize()!);
  await report.goto(pathToFileURL(path).href);
  return report;
}

async function main(): Promise<void> {
  const { draft, out } = parseArgs(process.argv.slice(2));
  await mkdir(out, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'jiaokan-screenshots-'));
  try {
    for (const size of VIEWPORTS) {
      const host = await launchInBrowser({ startupPath: draft, lang: 'zh' });
      try {
        const { page } = host;
        await checkedAt(page, size, WAIT);
        await shoot(page, out, 'draft', size);
        await expandPunctuation(page);
        await shoot(page, out, 'punctuation-group', size);
        await compareTwoChanges(page);
        await shoot(page, out, 'compare', size);
        await page.keyboard.press('Escape');
        const report = await openReport(host, work);
        await shoot(report, out, 'report', size);
      } finally {
        await host.close();
      }
    }
  } finally {
    await closeBrowser();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
