import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checkEngine';
import { createReview } from '../../../src/core/review/createReview';
import { markAllFixed } from '../../../src/core/review/applySuggestion';
import { itemSpan } from '../../../src/core/review/review';

const TEXT = '初冬时节,走进粮食收储点,烘干机轰鸣,农户排队交粮。';

describe('markAllFixed (全部改正)', () => {
  const findings = runChecks(TEXT, { lang: 'zh', families: ['punctuation'] });
  const review = createReview(TEXT, findings, [], '2024-05-01T08:00:00Z');
  const commas = review.items.filter((i) => i.rule === 'punctuation.half-width');

  it('marks every item fixed in one change, each anchored on its replacement', () => {
    expect(commas).toHaveLength(3);
    const fixedText = TEXT.replaceAll(',', '，');
    const fixes = commas.map((item) => ({ itemId: item.id, start: item.anchor.offset, end: item.anchor.offset + 1 }));
    const after = markAllFixed(review, fixes, fixedText, '林编辑', '2024-05-01T09:00:00Z');
    for (const item of after.items.filter((i) => i.rule === 'punctuation.half-width')) {
      expect(item.verdict).toBe('fixed');
      expect(item.orphaned).toBe(false);
      expect(itemSpan(item).text).toBe('，');
      expect(item.history).toHaveLength(1);
    }
    expect(after.text).toBe(fixedText);
  });
});
