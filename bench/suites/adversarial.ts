import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ADVERSARIAL_SHAPES } from '../adversarialShapes';
import type { BenchRow, BenchSuite } from '../benchSuite';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'jiaokan.cjs');
const SIZES = [
  { label: '100KB', bytes: 100_000 },
  { label: '1MB', bytes: 1_000_000 },
] as const;
/** A shape that once hung is reported as such rather than holding the bench for minutes. */
const TIMEOUT_MS = 120_000;
/** Runs the CLI as `bin/jiaokan.cjs` would, and on exit writes the process's peak RSS (KB) to a file. */
const WITH_PEAK_RSS = `const fs = require('node:fs');
process.on('exit', () => fs.writeFileSync(process.env.JIAOKAN_BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS)));
process.argv.splice(1, 0, ${JSON.stringify(CLI)});
require(${JSON.stringify(CLI)});`;

interface CliRun {
  ms: number;
  exit: number | string;
  findings: number | string;
  peakMB: number | string;
  stdoutKB: number;
}

/**
 * Whole-process `jiaokan check FILE --format json` on one machine-made paragraph of each shape
 * (issue 20), one run each: start-up, reading, every family and the JSON output, with the child's
 * peak memory. Needs `npm run build` first. The target: ≤ 3 s, ≤ 500 MB, exit 0 or 1, a few
 * hundred findings at most.
 */
export const suite: BenchSuite = {
  name: 'adversarial',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-adversarial-'));
    const rows: BenchRow[] = [];
    try {
      for (const shape of ADVERSARIAL_SHAPES) {
        for (const size of SIZES) {
          const file = join(dir, 'draft.txt');
          const paragraph = shape.paragraph(size.bytes);
          writeFileSync(file, paragraph);
          const run = runCli(file, join(dir, 'maxrss'));
          rows.push({
            suite: 'adversarial',
            name: `${shape.name}, ${size.label}`,
            medianMs: run.ms,
            extra: { runs: 1, chars: paragraph.length, exit: run.exit, findings: run.findings, 'peak MB': run.peakMB, 'stdout KB': run.stdoutKB },
          });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

function runCli(file: string, maxRssFile: string): CliRun {
  rmSync(maxRssFile, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-e', WITH_PEAK_RSS, '--', 'check', file, '--format', 'json'], {
    env: { ...process.env, JIAOKAN_BENCH_MAXRSS_FILE: maxRssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: TIMEOUT_MS,
  });
  const ms = performance.now() - start;
  const timedOut = child.error !== undefined || child.signal !== null;
  return {
    ms,
    exit: timedOut ? `killed (${child.signal ?? child.error?.message})` : child.status ?? '?',
    findings: child.status === 0 || child.status === 1 ? countFindings(child.stdout) : '-',
    peakMB: timedOut ? '-' : readPeakMB(maxRssFile),
    stdoutKB: Math.round(Buffer.byteLength(child.stdout ?? '') / 1000),
  };
}

function countFindings(stdout: string): number {
  const reports = JSON.parse(stdout) as { findings: unknown[] }[];
  return reports.reduce((n, r) => n + r.findings.length, 0);
}

function readPeakMB(file: string): number | string {
  try {
    return Math.round(Number(readFileSync(file, 'utf8')) / 1000);
  } catch {
    return '-';
  }
}
