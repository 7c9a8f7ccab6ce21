import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { punctuationEdits } from '../../src/core/cleanCopy/punctuationEdits';
import { whitespaceEdits } from '../../src/core/cleanCopy/whitespaceEdits';
import { extractLatinNames } from '../../src/core/entities/extractLatinNames';
import type { ParagraphScope } from '../../src/core/entities/paragraphScope';
import { urlRanges } from '../../src/core/text/urlRanges';
import { renderMarkdown } from '../../src/node/export/renderMarkdown';

/**
 * The scans over user text, fed a head, a long run of one character class and a tail (the
 * shapes that made backtracking patterns quadratic: `@` then letters, `http://x/` then dots,
 * a full-width letter then dots, spaces then a letter). Work is counted as characters read
 * (String.prototype.charCodeAt calls, how every scan reads): a run four times longer must cost
 * at most about four times the work, never sixteen.
 */
const SCANS: Record<string, (text: string) => unknown> = {
  urlRanges,
  extractLatinNames: (text) => extractLatinNames({ text, offset: 0, sentenceAt: () => 0 } as unknown as ParagraphScope),
  whitespaceEdits,
  punctuationEdits,
  renderMarkdown: (text) => renderMarkdown([{ kind: 'paragraph', text }]),
};
const RUNS = ['a', 'A', '1', ' ', '\t', '\u3000', '\u00a0', '.', '@', ':', ',', ';', '-', '/', "'", '"', '(', '中', 'Ａ', '１', '，', '。', '“', 'a.', 'A ', '. '];
const HEADS = ['', 'http://x/', 'www.', '@', 'Ａ', 'A', 'a', '中'];
const TAILS = ['', 'a', '中', '，', 'x@y.com', ')'];

const original = String.prototype.charCodeAt;
let reads = 0;
afterEach(() => {
  String.prototype.charCodeAt = original;
});

function workOf(scan: (text: string) => unknown, text: string): number {
  reads = 0;
  String.prototype.charCodeAt = function (this: string, index: number) {
    reads++;
    return original.call(this, index);
  };
  try {
    scan(text);
  } finally {
    String.prototype.charCodeAt = original;
  }
  return reads;
}

describe('scans of user text are linear', () => {
  for (const [name, scan] of Object.entries(SCANS)) {
    it(`${name}: four times the run costs at most about four times the work`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...HEADS), fc.constantFrom(...RUNS), fc.constantFrom(...TAILS), (head, run, tail) => {
          const text = (n: number) => head + run.repeat(n) + tail;
          const small = workOf(scan, text(1000));
          const large = workOf(scan, text(4000));
          expect(large).toBeLessThanOrEqual(4.5 * small + 64);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('counts the work of a quadratic scan as quadratic (the measure can fail)', () => {
    const quadratic = (text: string) => {
      for (let i = 0; i < text.length; i++) for (let j = i; j < text.length && text.charCodeAt(j) === 0x20; j++);
    };
    expect(workOf(quadratic, ' '.repeat(4000))).toBeGreaterThan(10 * workOf(quadratic, ' '.repeat(1000)));
  });
});
