import { join } from 'node:path';
import type { BenchRow, BenchSuite } from '../benchSuite';
import { typoCheck } from '../../src/core/checks/typo/typoCheck';
import { buildTypoLexicon, isTypoData, TYPO_DATA_FORMAT, type TypoLexicon } from '../../src/core/checks/typo/typoLexicon';
import { checkEveryParagraph } from '../checkEveryParagraph';
import { buildTypoData } from '../../scripts/buildTypoData';
import { readGeneratedJsonFile } from '../../src/node/readGeneratedJson';
import { storedTypoFastTables } from '../../src/node/storedTypoFastTables';
import { loadWindowSearch } from '../../src/node/loadWindowSearch';

const MB = 1024 * 1024;

/** `compiled`: with the window search compiled to WebAssembly, as the CLI has it (node/loadWindowSearch.ts). */
function load(path: string, compiled = false): TypoLexicon {
  const data = readGeneratedJsonFile(path);
  if (!isTypoData(data)) throw new Error(`${path} is not typo data of format ${TYPO_DATA_FORMAT}`);
  return buildTypoLexicon(data, undefined, () => storedTypoFastTables(data), compiled ? (facts) => loadWindowSearch(data, facts) : undefined);
}

/** Heap held by one loaded lexicon, after collecting garbage on both sides (bench runs with --expose-gc). */
function heapOf(path: string): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const lexicon = load(path);
  gc?.();
  const held = process.memoryUsage().heapUsed - before;
  return lexicon.source ? held : 0;
}

/** The typo family on 1 MB (budget 300 ms) and its data's load time and memory (budgets 100 ms, 60 MB). */
export const suite: BenchSuite = {
  name: 'typo',
  async run(ctx) {
    const path = buildTypoData({ root: join(__dirname, '..', '..') });
    const loadMs = ctx.median(() => load(path));
    const heapMb = Math.round((heapOf(path) / MB) * 10) / 10;
    const typoLexicon = load(path);
    const text = ctx.draft('1MB');
    const checkMs = ctx.median(() => checkEveryParagraph(typoCheck, text, { typoLexicon }));
    // CPU time of one more run: on a shared machine the wall-clock median also counts other processes.
    const cpu = process.cpuUsage();
    const findings = checkEveryParagraph(typoCheck, text, { typoLexicon });
    const cpuMs = Math.round(process.cpuUsage(cpu).user / 1000);
    const compiledLexicon = load(path, true);
    const compiledMs = ctx.median(() => checkEveryParagraph(typoCheck, text, { typoLexicon: compiledLexicon }));
    const rows: BenchRow[] = [
      { suite: 'typo', name: 'typo data load (read, parse, build sorted tables; the first long check reads the stored fast tables)', medianMs: loadMs, extra: { heapMb, budgetMs: 100, budgetHeapMb: 60 } },
      { suite: 'typo', name: 'typo family, every paragraph 1MB', medianMs: checkMs, extra: { chars: text.length, findings, cpuMs, budgetMs: 300 } },
      {
        suite: 'typo',
        name: 'typo family, every paragraph 1MB, window search compiled (the CLI\'s)',
        medianMs: compiledMs,
        extra: { ratioToTypeScript: Math.round((compiledMs / checkMs) * 100) / 100 },
      },
    ];
    return rows;
  },
};
