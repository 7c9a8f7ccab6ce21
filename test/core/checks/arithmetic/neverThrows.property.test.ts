import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckContext, RawFinding } from '../../../../src/core/checks/check';
import { arithmeticCheck } from '../../../../src/core/checks/arithmetic/arithmeticCheck';
import { dateCheck } from '../../../../src/core/checks/date/dateCheck';
import { numberCheck } from '../../../../src/core/checks/number/numberCheck';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';

/** Text built from what these checks look for, so the arbitrary input reaches their code paths. */
const pieces = fc.constantFrom(
  '3,927', '70.25', '%', '万元', '亿', '人', '其中', '占比', '占', '的', '分别为', '合计', '共', '、', '，', '。', '\n',
  '增长', '下降', '比上年', '从', '到', '是', '倍', '翻番', '约', '超', '多', '余', '左右', '—', '至', '年', '月', '日',
  '（星期三）', '今年', '已完成', '百分之', '三千九百', '两万', '〇', '２', '个百分点', '成',
);
const draft = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((a) => a.join('')));

describe('arithmetic, date and number checks on arbitrary text', () => {
  // The checks are called directly: the engine drops out-of-range spans, which would hide a bug.
  it('never throw and keep spans in bounds', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom<'zh' | 'en'>('zh', 'en'), (text, lang) => {
        const ctx: CheckContext = { text, paragraphs: splitParagraphs(text), lang, fallbackDate: { year: 2023, month: 7, day: 10 } };
        for (const p of ctx.paragraphs) expectInBounds(arithmeticCheck.runParagraph(p.text, ctx), p.text.length);
        expectInBounds(dateCheck.runDocument(ctx), text.length);
        expectInBounds(numberCheck.runDocument(ctx), text.length);
      }),
      { numRuns: 400 },
    );
  });
});

function expectInBounds(findings: RawFinding[], length: number): void {
  for (const f of findings) {
    expect(f.spans.length).toBeGreaterThan(0);
    for (const s of f.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.start).toBeLessThan(s.end);
      expect(s.end).toBeLessThanOrEqual(length);
    }
  }
}
