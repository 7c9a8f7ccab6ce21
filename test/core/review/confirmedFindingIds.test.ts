import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checkEngine';
import { createReview } from '../../../src/core/review/createReview';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { confirmedFindingIds } from '../../../src/core/review/confirmedFindingIds';

const TEXT = '镇里的的合作社今年收购玉米1200吨,比去年多出三成。';

describe('confirmedFindingIds', () => {
  const findings = runChecks(TEXT, { lang: 'zh', families: ['punctuation', 'repetition'] });
  const review = createReview(TEXT, findings, [], '2024-05-01T08:00:00Z');
  const doubled = review.items.find((i) => i.rule.startsWith('repetition.'))!;
  const comma = review.items.find((i) => i.rule.startsWith('punctuation.'))!;

  it('accepts exactly the confirmed findings that carry a suggestion', () => {
    const confirmed = setVerdict(review, doubled.id, 'confirmed', {}, '林编辑', '2024-05-01T09:00:00Z');
    const dismissed = setVerdict(confirmed, comma.id, 'dismissed', { reason: '引文照录' }, '林编辑', '2024-05-01T09:00:00Z');
    const ids = confirmedFindingIds(dismissed, findings);
    expect([...ids]).toEqual([findings.find((f) => f.rule.startsWith('repetition.'))!.id]);
  });

  it('accepts nothing without a review or with only open items', () => {
    expect(confirmedFindingIds(null, findings).size).toBe(0);
    expect(confirmedFindingIds(review, findings).size).toBe(0);
  });
});
