/**
 * `npm run bench`: builds synthetic drafts, runs every suite in bench/suites/, prints a table of
 * medians (and ratios against peers where a suite measures them) and writes bench/results/latest.json.
 * `npm run bench -- --json` prints the same as one JSON object. A benchmark, not a timed test.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchContext, BenchRow, BenchSuite, DraftSize } from './benchSuite';
import { syntheticDraft } from './syntheticDraft';

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--suite='))?.slice('--suite='.length);

const drafts = new Map<DraftSize, string>();
const context: BenchContext = {
  draft(size) {
    if (!drafts.has(size)) drafts.set(size, syntheticDraft(size));
    return drafts.get(size)!;
  },
  median(fn, runs = 5) {
    fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    return median(times);
  },
  async medianAsync(fn, runs = 5) {
    await fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
    return median(times);
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function loadSuites(): Promise<BenchSuite[]> {
  const dir = join(__dirname, 'suites');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    const mod = (await import(join(dir, file))) as { suite?: BenchSuite };
    if (mod.suite && (!only || mod.suite.name === only)) suites.push(mod.suite);
  }
  return suites;
}

function log(text: string): void {
  if (!json) process.stdout.write(text);
}

async function main(): Promise<void> {
  const started = performance.now();
  const rows: BenchRow[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  for (const suite of await loadSuites()) {
    log(`… ${suite.name}\n`);
    rows.push(...(await suite.run(context)));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  clearInterval(sampler);
  const result = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    totalSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    peakRssMB: Math.round(peakRss / 1e6),
    rows,
  };
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  log('\n| suite | measurement | median ms | details |\n| --- | --- | ---: | --- |\n');
  for (const row of rows) {
    const extra = Object.entries(row.extra ?? {}).map(([k, v]) => `${k}: ${v}`).join(', ');
    log(`| ${row.suite} | ${row.name} | ${row.medianMs.toFixed(1)} | ${extra} |\n`);
  }
  log(`\npeak RSS ${result.peakRssMB} MB, ${result.totalSeconds} s in all; JSON in bench/results/latest.json\n`);
}

void main();
