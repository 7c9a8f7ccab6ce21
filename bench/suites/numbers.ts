import type { BenchContext, BenchRow, BenchSuite, DraftSize } from '../benchSuite';
import { CheckEngine } from '../../src/core/checkEngine';
import type { Family } from '../../src/core/finding';

const FAMILIES: readonly Family[] = ['arithmetic', 'date', 'number'];
const SIZES: DraftSize[] = ['10KB', '100KB', '1MB'];

/** The arithmetic, date and number checks on a cold engine (no paragraph cache), target 1 MB < 1 s. */
export const suite: BenchSuite = {
  name: 'numbers',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    return SIZES.map((size) => {
      const text = ctx.draft(size);
      let findings = 0;
      const medianMs = ctx.median(() => {
        findings = new CheckEngine().check(text, { lang: 'zh', families: FAMILIES, fallbackDate: { year: 2023, month: 7, day: 10 } }).length;
      }, size === '1MB' ? 5 : 10);
      return { suite: 'numbers', name: `arithmetic+date+number ${size}`, medianMs, extra: { chars: text.length, findings } };
    });
  },
};
