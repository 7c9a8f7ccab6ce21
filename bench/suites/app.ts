import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, launchInBrowser } from '../../e2e/harness/browserHost';
import { CHROMIUM_PATH, REPO_ROOT } from '../../e2e/harness/paths';
import type { BenchRow, BenchSuite, DraftSize } from '../benchSuite';

/** The targets (issue 17), in ms. */
const TARGETS = { open1MB: 1000, longestTask: 50, keystroke100KB: 50 };
/** Opens swing by ±150 ms on a busy 2-core machine: the median of nine is moved less by one slow open than that of five. */
const OPEN_RUNS = 9;
const TYPED = '今年秋粮收购进展顺利，全县新建烘干中心三座，日烘干能力达到一千二百吨，农户售粮不再排队等候。合作社统一';
/** Enough that the 100 KB p95 (the target) is not one keystroke's hiccup: with 21 it swung 40 → 134 ms between runs. */
const KEYSTROKES: Record<'100KB' | '1MB', number> = { '100KB': 60, '1MB': 12 };

interface ProbeWindow {
  __longTasks: number[];
  __awaitIdle(): Promise<number>;
  /** Starts waiting for the next typed character's re-check; its latency settles `__recheck`. */
  __armRecheck(): void;
  __recheck: Promise<number>;
}

/**
 * The app as the user feels it, in Debian's Chromium through the e2e bridge (the renderer and its
 * worker as built by `npm run build`): opening a 1 MB draft until all its findings show, the longest
 * UI-thread task while typing into it, and each keystroke until its re-check shows.
 */
export const suite: BenchSuite = {
  name: 'app',
  async run(ctx) {
    if (!existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html')) || !existsSync(CHROMIUM_PATH)) {
      process.stderr.write(`app suite skipped: needs \`npm run build\` and Chromium at ${CHROMIUM_PATH}\n`);
      return [];
    }
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-bench-app-'));
    const draftPath = (size: DraftSize) => {
      const path = join(dir, `draft-${size}.txt`);
      if (!existsSync(path)) writeFileSync(path, ctx.draft(size));
      return path;
    };
    try {
      const rows: BenchRow[] = [];
      const opens: number[] = [];
      for (let run = 0; run < OPEN_RUNS; run++) {
        const host = await launchInBrowser({ startupPath: draftPath('1MB') });
        await installProbes(host.page);
        opens.push(await host.page.evaluate(() => (window as unknown as ProbeWindow).__awaitIdle()));
        await host.close();
      }
      rows.push({ suite: 'app', name: 'open 1MB to all findings shown', medianMs: median(opens), extra: { runs: OPEN_RUNS, maxMs: Math.round(Math.max(...opens)), targetMs: TARGETS.open1MB } });

      const host = await launchInBrowser({ startupPath: draftPath('1MB') });
      await installProbes(host.page);
      await host.page.evaluate(() => (window as unknown as ProbeWindow).__awaitIdle());
      await host.page.locator('[data-testid=review-tab-claims]').click();
      await host.page.locator('.cm-content').click({ position: { x: 40, y: 40 } });
      await host.page.evaluate(() => ((window as unknown as ProbeWindow).__longTasks.length = 0));
      await host.page.keyboard.type(TYPED, { delay: 60 });
      await host.page.locator('body[data-check-state=idle]').waitFor({ state: 'attached', timeout: 120_000 });
      const longTasks = await host.page.evaluate(() => (window as unknown as ProbeWindow).__longTasks);
      const longest = Math.max(0, ...longTasks);
      rows.push({ suite: 'app', name: 'longest task typing 50 characters into 1MB (review, claims tab)', medianMs: longest, extra: { tasksOver50ms: longTasks.length, targetMs: TARGETS.longestTask } });
      await host.close();

      for (const size of ['100KB', '1MB'] as const) {
        const typing = await launchInBrowser({ startupPath: draftPath(size) });
        typing.page.on('crash', () => process.stderr.write(`app suite: the page crashed while typing into ${size}\n`));
        await installProbes(typing.page);
        await typing.page.evaluate(() => (window as unknown as ProbeWindow).__awaitIdle());
        await typing.page.locator('[data-testid=review-tab-claims]').click();
        await typing.page.locator('.cm-content').click({ position: { x: 40, y: 40 } });
        const latencies: number[] = [];
        for (let i = 0; i < KEYSTROKES[size]; i++) {
          // Armed before the key is sent: a probe installed by the same round trip as the key may miss it.
          await typing.page.evaluate(() => (window as unknown as ProbeWindow).__armRecheck());
          await typing.page.keyboard.type(TYPED[i % TYPED.length]!);
          latencies.push(await typing.page.evaluate(() => (window as unknown as ProbeWindow).__recheck));
        }
        await typing.close();
        const extra: Record<string, number> = { p95Ms: Math.round(percentile(latencies, 95)), keystrokes: latencies.length };
        if (size === '100KB') extra.targetP95Ms = TARGETS.keystroke100KB;
        rows.push({ suite: 'app', name: `keystroke to re-check shown ${size}`, medianMs: median(latencies), extra });
      }
      return rows;
    } finally {
      await closeBrowser();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Long-task recording and two waits, all in the page: Playwright's own polling would add main-thread tasks. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.__longTasks.push(entry.duration))).observe({ type: 'longtask' });
    const whenState = (done: (state: string | undefined) => boolean): Promise<void> =>
      new Promise((resolve) => {
        if (done(document.body.dataset.checkState)) return resolve();
        const observer = new MutationObserver(() => {
          if (!done(document.body.dataset.checkState)) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { attributes: true, attributeFilter: ['data-check-state'] });
      });
    // Since navigation began: the draft is the startup draft, so this is open to all findings shown.
    w.__awaitIdle = async () => {
      await whenState((state) => state === 'idle');
      return performance.now();
    };
    // From the next typed character until the check of the text it made is shown.
    w.__armRecheck = () => {
      w.__recheck = new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error('no re-check shown within 120 s of the keystroke')), 120_000);
        document.addEventListener(
          'beforeinput',
          () => {
            const typedAt = performance.now();
            void whenState((state) => state === 'running')
              .then(() => whenState((state) => state === 'idle'))
              .then(() => resolve(performance.now() - typedAt));
          },
          { capture: true, once: true },
        );
      });
    };
  });
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
