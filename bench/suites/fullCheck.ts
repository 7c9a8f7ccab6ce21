import { performance } from 'node:perf_hooks';
import { CheckEngine } from '../../src/core/checkEngine';
import { FAMILIES } from '../../src/core/finding';
import { extractClaims } from '../../src/core/claims/extractClaims';
import { pageChrome } from '../../src/core/chrome/pageChrome';
import { loadGazetteer } from '../../src/node/loadGazetteer';
import type { BenchRow, BenchSuite, DraftSize } from '../benchSuite';
import { seededRandom, syntheticDraft } from '../syntheticDraft';

const SIZES: DraftSize[] = ['10KB', '100KB', '1MB'];

/**
 * Median time of a fresh engine on drafts it has never seen: a new seed per run, because the
 * entity extraction caches by paragraph text and the same draft twice would be served from memory.
 */
function freshMedian(size: DraftSize, runs: number, check: (text: string) => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const text = syntheticDraft(size, 100 + run);
    const start = performance.now();
    check(text);
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** All families together, as the app and the CLI run them; per-family shares; re-check after an edit. */
export const suite: BenchSuite = {
  name: 'full-check',
  async run(ctx) {
    const gazetteer = await loadGazetteer();
    const options = { lang: 'zh' as const, gazetteer, fallbackDate: { year: 2024, month: 11, day: 1 } };
    const rows: BenchRow[] = [];
    for (const size of SIZES) {
      const text = ctx.draft(size);
      const ms = freshMedian(size, size === '1MB' ? 3 : 5, (t) => new CheckEngine().check(t, options));
      const findings = new CheckEngine().check(text, options).length;
      rows.push({
        suite: 'full-check',
        name: `all families, ${size} (${text.length} chars)`,
        medianMs: ms,
        extra: { 'MB/s': (Buffer.byteLength(text) / 1e6 / (ms / 1000)).toFixed(2), findings, target: size === '1MB' ? '< 1000 ms' : '' },
      });
    }
    for (const family of FAMILIES) {
      const ms = freshMedian('1MB', 3, (t) => new CheckEngine().check(t, { ...options, families: [family] }));
      rows.push({ suite: 'full-check', name: `family ${family}, 1MB`, medianMs: ms });
    }

    // The claims checklist as the worker builds it beside each check: page chrome, then claims (no length cap).
    for (const size of ['100KB', '1MB'] as const) {
      const text = ctx.draft(size);
      let claims = 0;
      const ms = freshMedian(size, 3, (t) => (claims = extractClaims(t, gazetteer, pageChrome(t)).length));
      rows.push({
        suite: 'full-check',
        name: `claims checklist, ${size} (${text.length} chars)`,
        medianMs: ms,
        extra: { claims, 'MB/s': (Buffer.byteLength(text) / 1e6 / (ms / 1000)).toFixed(2), target: size === '1MB' ? '< 1000 ms' : '' },
      });
    }

    // Re-check latency: one warm engine, one character typed at a random place, as the worker sees it.
    let text = ctx.draft('100KB');
    const engine = new CheckEngine();
    engine.check(text, options);
    const random = seededRandom(7);
    const latencies: number[] = [];
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * text.length);
      text = `${text.slice(0, at)}的${text.slice(at)}`;
      const start = performance.now();
      engine.check(text, options);
      latencies.push(performance.now() - start);
    }
    rows.push({
      suite: 'full-check',
      name: 're-check after a one-character edit, 100KB',
      medianMs: percentile(latencies, 50),
      extra: { p95: percentile(latencies, 95).toFixed(1), target: 'p95 < 16 ms' },
    });

    const big = ctx.draft('10MB');
    globalThis.gc?.();
    const before = process.memoryUsage();
    const start = performance.now();
    new CheckEngine().check(big, options);
    const ms = performance.now() - start;
    const after = process.memoryUsage();
    rows.push({
      suite: 'full-check',
      name: `all families, 10MB (${big.length} chars)`,
      medianMs: ms,
      extra: { runs: 1, 'heap growth MB': Math.round((after.heapUsed - before.heapUsed) / 1e6), 'rss MB': Math.round(after.rss / 1e6), target: '< 1 GB' },
    });
    return rows;
  },
};
