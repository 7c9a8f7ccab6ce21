import { run as zhlint } from 'zhlint';
import type { BenchRow, BenchSuite, DraftSize } from '../benchSuite';
import { runChecks } from '../../src/core/checkEngine';
import { punctuationCheck } from '../../src/core/checks/punctuation/punctuationCheck';
import { checkEveryParagraph } from '../checkEveryParagraph';

const SIZES: DraftSize[] = ['100KB', '1MB'];
/** zhlint takes about a second per megabyte: fewer runs keep the suite short. */
const ZHLINT_RUNS = 3;

/** autocorrect-node's lint, when it is installed (see below). */
type AutocorrectLint = (text: string, filename: string) => unknown;

/**
 * autocorrect-node is not a dependency: its macOS and Windows binaries are missing from the registry
 * mirror CI installs from, so `npm ci` would fail with it in the lock file. The suite uses it when
 * `npm install --no-save autocorrect-node` has put it in node_modules.
 */
function loadAutocorrect(): AutocorrectLint | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional peer, present only when installed by hand
    return (require('autocorrect-node') as { lintFor: AutocorrectLint }).lintFor;
  } catch {
    process.stderr.write('punctuation suite: autocorrect-node rows skipped; run `npm install --no-save autocorrect-node` to add them\n');
    return undefined;
  }
}

/**
 * The punctuation family (GB/T 15834) against its peers on the same drafts: zhlint (JavaScript) and
 * autocorrect-node (Rust through a Node binding), both linting in-process as Jiaokan does.
 */
export const suite: BenchSuite = {
  name: 'punctuation',
  async run(ctx) {
    const rows: BenchRow[] = [];
    const autocorrectLint = loadAutocorrect();
    for (const size of SIZES) {
      const text = ctx.draft(size);
      const uncached = ctx.median(() => checkEveryParagraph(punctuationCheck, text));
      const engine = ctx.median(() => runChecks(text, { lang: 'zh', families: ['punctuation'] }));
      const peer = ctx.median(() => zhlint(text), ZHLINT_RUNS);
      const autocorrect = autocorrectLint ? ctx.median(() => autocorrectLint(text, 'draft.txt')) : undefined;
      const autocorrectRatio = (ours: number): Record<string, number> => (autocorrect === undefined ? {} : { autocorrectRatio: round(autocorrect / ours) });
      const findings = checkEveryParagraph(punctuationCheck, text);
      rows.push(
        { suite: 'punctuation', name: `jiaokan punctuation, every paragraph ${size}`, medianMs: uncached, extra: { chars: text.length, findings, zhlintRatio: round(peer / uncached), ...autocorrectRatio(uncached) } },
        { suite: 'punctuation', name: `jiaokan punctuation, engine ${size}`, medianMs: engine, extra: { chars: text.length, zhlintRatio: round(peer / engine), ...autocorrectRatio(engine) } },
        { suite: 'punctuation', name: `zhlint ${size}`, medianMs: peer, extra: { chars: text.length } },
      );
      if (autocorrect !== undefined) rows.push({ suite: 'punctuation', name: `autocorrect-node ${size}`, medianMs: autocorrect, extra: { chars: text.length } });
    }
    return rows;
  },
};

function round(ratio: number): number {
  return Math.round(ratio * 10) / 10;
}
