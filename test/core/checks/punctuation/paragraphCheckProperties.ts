import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParagraphCheck } from '../../../../src/core/checks/check';
import { runChecks } from '../../../../src/core/checkEngine';
import { runParagraph } from './markedCase';

/** Characters the checks react to, mixed with Han, Latin, digits, blanks and lone or paired surrogates. */
const PIECES = [
  ...'的了是在就我们发展中文,.;:?!()"\'“”‘’（）《》【】〔〕「」『』…。，、；：？！ a1Z9%@/-\t\u3000',
  '\ud800', '\udfff', '😀', '𠀀', '...', '……', 'https://x.cn/a,b', 'a@b.cn', '就业就业', '的的',
];
const mixedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

/** Properties every paragraph check keeps on any input; each family's test file calls this. */
export function describeParagraphCheckProperties(check: ParagraphCheck): void {
  describe(`${check.id} check on arbitrary text`, () => {
    it('never throws and keeps every span inside the paragraph', () => {
      fc.assert(
        fc.property(anyText, fc.constantFrom('zh' as const, 'en' as const), (text, lang) => {
          for (const finding of runParagraph(check, text, lang)) {
            expect(finding.rule.startsWith(`${check.id}.`)).toBe(true);
            for (const span of finding.spans) {
              expect(span.start).toBeGreaterThanOrEqual(0);
              expect(span.end).toBeLessThanOrEqual(text.length);
              expect(span.start).toBeLessThan(span.end);
            }
          }
        }),
        { numRuns: 2000 },
      );
    });

    it('reports through the engine spans whose text is the slice, across paragraphs', () => {
      fc.assert(
        fc.property(fc.array(anyText, { maxLength: 5 }), (paragraphs) => {
          const text = paragraphs.join('\n');
          for (const finding of runChecks(text, { lang: 'zh', families: [check.id] })) {
            for (const span of finding.spans) expect(span.text).toBe(text.slice(span.start, span.end));
          }
        }),
        { numRuns: 500 },
      );
    });
  });
}
