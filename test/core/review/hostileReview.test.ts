import { describe, expect, it } from 'vitest';
import { reanchorReview, REVIEW_WORK_BUDGET } from '../../../src/core/review/reanchorReview';
import { ANCHOR_WORK_BUDGET, relocateAnchor } from '../../../src/core/review/relocateAnchor';
import { makeAnchor } from '../../../src/core/review/review';
import { parseSidecar, serializeSidecar } from '../../../src/core/review/sidecarFormat';
import { MAX_ANCHOR_CONTEXT, MAX_ANCHOR_TEXT, MAX_REVIEW_ITEMS } from '../../../src/core/review/sidecarLimits';
import { WorkBudget } from '../../../src/core/review/workBudget';
import { HOSTILE_DRAFT, hostileReview, hostileSidecar } from '../../fixtures/review/hostileSidecar';

describe('a hostile review file', () => {
  it('is about the size of the reported one and passes the schema', () => {
    const file = hostileSidecar();
    expect(file.length).toBeGreaterThan(50_000);
    expect(file.length).toBeLessThan(120_000);
    expect(parseSidecar(file).ok).toBe(true);
  });

  it('re-anchors within the review budget however many lost items it holds', () => {
    for (const items of [200, 2000]) {
      const budget = new WorkBudget(REVIEW_WORK_BUDGET);
      const review = reanchorReview(hostileReview(items), HOSTILE_DRAFT, budget);
      expect(budget.spent).toBeLessThanOrEqual(REVIEW_WORK_BUDGET);
      expect(review.items).toHaveLength(items);
      expect(review.items.every((i) => i.orphaned && i.verdict === 'verified')).toBe(true);
    }
  });

  it('spends the whole budget of an anchor without it and nothing past it', () => {
    const lost = hostileReview(1).items[0]!.anchor;
    const unbounded = new WorkBudget(Number.MAX_SAFE_INTEGER);
    expect(relocateAnchor(lost, HOSTILE_DRAFT, unbounded)).toBeUndefined();
    const budget = new WorkBudget(unbounded.spent / 4);
    expect(relocateAnchor(lost, HOSTILE_DRAFT, budget)).toBeUndefined();
    expect(budget.spent).toBeLessThanOrEqual(budget.limit);
    expect(unbounded.spent).toBeLessThan(ANCHOR_WORK_BUDGET * 4);
  });

  it('still finds an edited span when the budget allows it', () => {
    const text = '临河县北沟镇今年扩种高粱四万亩，合作社负责人说订单已排到年底。';
    const start = text.indexOf('四万亩');
    const anchor = makeAnchor(text, start, start + 3);
    const budget = new WorkBudget(ANCHOR_WORK_BUDGET);
    expect(relocateAnchor(anchor, text.replace('四万亩', '四万多亩'), budget)).toMatchObject({ match: 'fuzzy' });
    expect(relocateAnchor(anchor, text.replace('四万亩', '四万多亩'), new WorkBudget(0))).toBeUndefined();
  });
});

describe('sidecar limits', () => {
  const withItem = (change: (item: Record<string, unknown>) => void, count = 1): string => {
    const data = JSON.parse(serializeSidecar(hostileReview(count), 'a.txt'));
    for (const item of data.review.items) change(item);
    return JSON.stringify(data);
  };

  it('refuses anchors and context past their limits, naming the field', () => {
    const long = parseSidecar(withItem((i) => ((i.anchor as { text: string }).text = '长'.repeat(MAX_ANCHOR_TEXT + 1))));
    expect(long).toMatchObject({ ok: false, problem: 'overLimit' });
    expect(!long.ok && 'detail' in long && long.detail).toContain('anchor.text');
    const context = parseSidecar(withItem((i) => ((i.anchor as { before: string }).before = '前'.repeat(MAX_ANCHOR_CONTEXT + 1))));
    expect(context).toMatchObject({ ok: false, problem: 'overLimit' });
  });

  it('refuses more items than a review may hold', () => {
    const data = JSON.parse(serializeSidecar(hostileReview(1), 'a.txt'));
    data.review.items = Array.from({ length: MAX_REVIEW_ITEMS + 1 }, () => data.review.items[0]);
    expect(parseSidecar(JSON.stringify(data))).toMatchObject({ ok: false, problem: 'overLimit' });
  });
});
