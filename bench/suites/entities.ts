import { readGazetteerFile } from '../../src/node/loadGazetteer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchContext, BenchRow, BenchSuite, DraftSize } from '../benchSuite';
import { CheckEngine } from '../../src/core/checkEngine';
import type { Family } from '../../src/core/finding';
import type { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import { gazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { packageRoot } from '../../src/node/packageRoot';
import { seededRandom, syntheticDraft } from '../syntheticDraft';

const SIZES: DraftSize[] = ['10KB', '100KB', '1MB'];
const FAMILIES: Family[] = ['consistency', 'gazetteer'];
const NAME_FAMILIES: Family[] = ['consistency', 'gazetteer', 'repetition'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Wall and CPU milliseconds of one call (CPU time, since the machine may be shared). */
function timed(fn: () => unknown): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Index load (read, parse, index; heap growth); consistency + gazetteer on drafts never seen before
 * (target 1 MB < 1 s), and the re-check after a one-character edit with a warm engine.
 */
export const suite: BenchSuite = {
  name: 'entities',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const path = join(packageRoot(__dirname)!, 'resources', 'generated', 'gazetteer.bin');
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let gazetteer: Gazetteer | undefined;
    const loadMs = ctx.median(() => {
      gazetteer = readGazetteerFile(path);
      gazetteerIndex(gazetteer);
    });
    gc?.();
    const heapMB = ((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1);
    const rows: BenchRow[] = [
      { suite: 'entities', name: 'gazetteer index load', medianMs: loadMs, extra: { fileKB: Math.round(readFileSync(path).length / 1024), heapMB } },
    ];
    const options = { lang: 'zh' as const, gazetteer, families: FAMILIES };
    for (const size of SIZES) {
      // A different draft each run: extraction remembers the last draft's paragraphs, and a repeat would measure that memory.
      const drafts = Array.from({ length: size === '1MB' ? 4 : 8 }, (_, i) => syntheticDraft(size, 1000 + i));
      const runs = drafts.map((text) => timed(() => new CheckEngine().check(text, options)));
      const measured = runs.slice(1);
      rows.push({
        suite: 'entities',
        name: `consistency+gazetteer ${size}, new draft`,
        medianMs: percentile(measured.map((r) => r.wallMs), 50),
        extra: { chars: drafts[0]!.length, cpuMs: percentile(measured.map((r) => r.cpuMs), 50).toFixed(1), target: size === '1MB' ? '< 1000 ms' : '' },
      });
    }

    // Each family of issue 13 alone on 1 MB, segmentation and extraction included (target < 300 ms each).
    const draftsFor1MB = Array.from({ length: 4 }, (_, i) => syntheticDraft('1MB', 2000 + i));
    for (const family of NAME_FAMILIES) {
      const runs = draftsFor1MB.map((draft) => timed(() => new CheckEngine().check(draft, { lang: 'zh', gazetteer, families: [family] })));
      const measured = runs.slice(1);
      rows.push({
        suite: 'entities',
        name: `${family} 1MB, new draft`,
        medianMs: percentile(measured.map((r) => r.wallMs), 50),
        extra: { cpuMs: percentile(measured.map((r) => r.cpuMs), 50).toFixed(1), target: '< 300 ms' },
      });
    }

    let text = ctx.draft('100KB');
    const engine = new CheckEngine();
    engine.check(text, options);
    const random = seededRandom(7);
    const runs: { wallMs: number; cpuMs: number }[] = [];
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * text.length);
      text = `${text.slice(0, at)}的${text.slice(at)}`;
      const edited = text;
      runs.push(timed(() => engine.check(edited, options)));
    }
    const wall = runs.map((r) => r.wallMs);
    const cpu = runs.map((r) => r.cpuMs);
    rows.push({
      suite: 'entities',
      name: 'consistency+gazetteer re-check after a one-character edit, 100KB',
      medianMs: percentile(wall, 50),
      extra: { p95: percentile(wall, 95).toFixed(1), cpuP50: percentile(cpu, 50).toFixed(1), cpuP95: percentile(cpu, 95).toFixed(1) },
    });
    return rows;
  },
};
