import { reanchorReview } from '../../src/core/review/reanchorReview';
import { whitespaceEdits } from '../../src/core/cleanCopy/whitespaceEdits';
import { urlRanges } from '../../src/core/text/urlRanges';
import { htmlToText } from '../../src/node/htmlToText';
import { HOSTILE_DRAFT, hostileReview } from '../../test/fixtures/review/hostileSidecar';
import type { BenchRow, BenchSuite } from '../benchSuite';

const RUN = 100_000;

/** Untrusted input at its worst: each row was seconds or minutes before the limits (issue 21). */
export const suite: BenchSuite = {
  name: 'hostile',
  async run(ctx) {
    const rows: BenchRow[] = [];
    const row = (name: string, fn: () => unknown, extra: Record<string, string | number>) =>
      rows.push({ suite: 'hostile', name, medianMs: ctx.median(fn, 3), extra });
    row('re-anchor a 60 KB review of lost long anchors', () => reanchorReview(hostileReview(), HOSTILE_DRAFT), { before: '42 s (jiaokan status)' });
    row('urlRanges: 100,000 letters after @', () => urlRanges(`@${'a'.repeat(RUN)}`), { before: '10 s' });
    row('whitespaceEdits: 100,000 spaces then a letter', () => whitespaceEdits(`${' '.repeat(RUN)}x${' '.repeat(RUN)}`), { before: '≈18 s' });
    row('htmlToText: 100,000 unclosed <div>s (refused)', () => {
      try {
        htmlToText(`<body>${'<div>字'.repeat(RUN)}`);
      } catch {
        // Refused at the depth limit, which is the point.
      }
    }, { before: '> 30 s' });
    return rows;
  },
};
