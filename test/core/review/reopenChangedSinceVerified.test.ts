import { describe, expect, it } from 'vitest';
import { reconcileReview } from '../../../src/core/review/reconcileReview';
import { createReview } from '../../../src/core/review/createReview';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { SYSTEM_REVIEWER } from '../../../src/core/review/reopenChangedSinceVerified';

const OLD = '今年全县通过劳务协作实现转移就业3150人，其中脱贫人口2480人。\n县人社局局长周宏伟介绍，明年还将组织专场招聘。';
const NEW = OLD.replace('3150人', '3510人');

function verifiedReview() {
  const claims = extractClaims(OLD);
  let review = createReview(OLD, [], claims, '2024-05-01T08:00:00Z');
  const jobs = review.items.find((i) => i.anchor.text === '3150人')!;
  const other = review.items.find((i) => i.anchor.text === '2480人')!;
  review = setVerdict(review, jobs.id, 'verified', { sources: [{ kind: 'phone', value: '县人社局' }] }, '林编辑', '2024-05-01T09:00:00Z');
  review = setVerdict(review, other.id, 'verified', {}, '林编辑', '2024-05-01T09:00:00Z');
  return { review, jobsId: jobs.id, otherId: other.id };
}

describe('reopenChangedSinceVerified (through reconcileReview)', () => {
  it('reopens a verified claim whose text changed, with the old and new text, and records it', () => {
    const { review, jobsId } = verifiedReview();
    const after = reconcileReview(review, NEW, [], extractClaims(NEW), '2024-05-02T10:00:00Z');
    const jobs = after.items.find((i) => i.id === jobsId)!;
    expect(jobs.verdict).toBe('open');
    expect(jobs.changedSinceVerified).toEqual({ oldText: '3150人', newText: '3510人' });
    expect(jobs.history.at(-1)).toMatchObject({ who: SYSTEM_REVIEWER, from: 'verified', to: 'open' });
    expect(jobs.sources).toEqual([{ kind: 'phone', value: '县人社局' }]);
  });

  it('leaves verified claims whose text is unchanged alone, and a new verdict clears the flag', () => {
    const { review, jobsId, otherId } = verifiedReview();
    const after = reconcileReview(review, NEW, [], extractClaims(NEW), '2024-05-02T10:00:00Z');
    expect(after.items.find((i) => i.id === otherId)).toMatchObject({ verdict: 'verified' });
    const again = setVerdict(after, jobsId, 'verified', {}, '林编辑', '2024-05-02T11:00:00Z');
    expect(again.items.find((i) => i.id === jobsId)!.changedSinceVerified).toBeUndefined();
  });

  it('does not reopen an edit elsewhere in the draft', () => {
    const { review } = verifiedReview();
    const elsewhere = OLD.replace('专场招聘', '专场招聘会');
    const after = reconcileReview(review, elsewhere, [], extractClaims(elsewhere), '2024-05-02T10:00:00Z');
    expect(after.items.filter((i) => i.changedSinceVerified)).toEqual([]);
  });
});
