import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/core/checkEngine';
import { createReview } from '../../src/core/review/createReview';
import { itemsByFinding } from '../../src/core/review/itemsByFinding';
import { setVerdict } from '../../src/core/review/setVerdict';
import { deskCounts } from '../../src/renderer/review/deskCounts';

const TEXT = '镇里的的合作社今年收购玉米1200吨,比去年多出三成,农户满意。';

describe('deskCounts', () => {
  const findings = runChecks(TEXT, { lang: 'zh', families: ['punctuation', 'repetition'] });
  const review = createReview(TEXT, findings, [], '2024-05-01T08:00:00Z');

  it('counts every current finding as open before any verdict, and open ones with no review', () => {
    const counts = deskCounts(findings, review, itemsByFinding(review, findings));
    expect(counts.total).toBe(findings.length);
    expect(counts.open.warning + counts.open.error + counts.open.info).toBe(findings.length);
    expect(deskCounts(findings, null, itemsByFinding(null, findings)).open).toEqual(counts.open);
    expect(counts.applied).toBe(0);
  });

  it('a fixed finding leaves the open count and counts as applied; a dismissed one only leaves the open count', () => {
    const [first, second] = review.items;
    const ruled = setVerdict(setVerdict(review, first!.id, 'fixed', {}, '林', '2024-05-01T09:00:00Z'), second!.id, 'dismissed', { reason: '照录' }, '林', '2024-05-01T09:00:00Z');
    const counts = deskCounts(findings, ruled, itemsByFinding(ruled, findings));
    expect(counts.open.warning + counts.open.error + counts.open.info).toBe(findings.length - 2);
    expect(counts.applied).toBe(1);
    expect(counts.total).toBe(findings.length);
  });

  it('a finding with no review item yet counts as open, whatever verdict its text had before', () => {
    const [first] = review.items;
    const ruled = setVerdict(review, first!.id, 'fixed', {}, '林', '2024-05-01T09:00:00Z');
    const counts = deskCounts(findings, ruled, new Map());
    expect(counts.open.warning + counts.open.error + counts.open.info).toBe(findings.length);
    expect(counts.applied).toBe(1);
  });
});
