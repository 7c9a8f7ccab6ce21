import { lintFor as autocorrectLint } from 'autocorrect-node';
import { run as zhlint } from 'zhlint';
import type { BenchRow, BenchSuite, DraftSize } from '../benchSuite';
import { runChecks } from '../../src/core/checkEngine';
import { punctuationCheck } from '../../src/core/checks/punctuation/punctuationCheck';
import { checkEveryParagraph } from '../checkEveryParagraph';

const SIZES: DraftSize[] = ['100KB', '1MB'];
/** zhlint takes about a second per megabyte: fewer runs keep the suite short. */
const ZHLINT_RUNS = 3;

/**
 * The punctuation family (GB/T 15834) against its peers on the same drafts: zhlint (JavaScript) and
 * autocorrect-node (Rust through a Node binding), both linting in-process as Jiaokan does.
 */
export const suite: BenchSuite = {
  name: 'punctuation',
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const size of SIZES) {
      const text = ctx.draft(size);
      const uncached = ctx.median(() => checkEveryParagraph(punctuationCheck, text));
      const engine = ctx.median(() => runChecks(text, { lang: 'zh', families: ['punctuation'] }));
      const peer = ctx.median(() => zhlint(text), ZHLINT_RUNS);
      const autocorrect = ctx.median(() => autocorrectLint(text, 'draft.txt'));
      const findings = checkEveryParagraph(punctuationCheck, text);
      rows.push(
        { suite: 'punctuation', name: `jiaokan punctuation, every paragraph ${size}`, medianMs: uncached, extra: { chars: text.length, findings, zhlintRatio: round(peer / uncached), autocorrectRatio: round(autocorrect / uncached) } },
        { suite: 'punctuation', name: `jiaokan punctuation, engine ${size}`, medianMs: engine, extra: { chars: text.length, zhlintRatio: round(peer / engine), autocorrectRatio: round(autocorrect / engine) } },
        { suite: 'punctuation', name: `zhlint ${size}`, medianMs: peer, extra: { chars: text.length } },
        { suite: 'punctuation', name: `autocorrect-node ${size}`, medianMs: autocorrect, extra: { chars: text.length } },
      );
    }
    return rows;
  },
};

function round(ratio: number): number {
  return Math.round(ratio * 10) / 10;
}
