import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, BenchRow, BenchSuite, DraftSize } from '../benchSuite';
import { CheckEngine } from '../../src/core/checkEngine';
import type { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import { gazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { packageRoot } from '../../src/node/loadGazetteer';

const SIZES: DraftSize[] = ['10KB', '100KB', '1MB'];

/** Index load (read, parse, index; heap growth), then consistency + gazetteer after load, target 1 MB < 1 s. */
export const suite: BenchSuite = {
  name: 'entities',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const path = join(packageRoot(__dirname)!, 'resources', 'generated', 'gazetteer.json');
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let gazetteer: Gazetteer | undefined;
    const loadMs = ctx.median(() => {
      gazetteer = JSON.parse(readFileSync(path, 'utf8')) as Gazetteer;
      gazetteerIndex(gazetteer);
    });
    gc?.();
    const heapMB = ((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1);
    const rows: BenchRow[] = [
      { suite: 'entities', name: 'gazetteer index load', medianMs: loadMs, extra: { fileKB: Math.round(readFileSync(path).length / 1024), heapMB } },
    ];
    for (const size of SIZES) {
      const text = ctx.draft(size);
      let findings = 0;
      let run = 0;
      const medianMs = ctx.median(() => {
        // A fresh text each run: extraction keeps its last result, and a repeat would measure the cache.
        findings = new CheckEngine().check(`${text}\n${run++}`, { lang: 'zh', gazetteer, families: ['consistency', 'gazetteer'] }).length;
      }, size === '1MB' ? 3 : 7);
      rows.push({ suite: 'entities', name: `consistency+gazetteer ${size}`, medianMs, extra: { chars: text.length, findings } });
    }
    return rows;
  },
};
