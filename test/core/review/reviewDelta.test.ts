import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { reconcileReview } from '../../../src/core/review/reconcileReview';
import type { Review } from '../../../src/core/review/review';
import { applyReviewDelta, reviewDelta } from '../../../src/core/review/reviewDelta';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

const SECOND_LINE = SHORT_DRAFT.indexOf('\n') + 1;

/** The draft's review as the window shares it: reconciled, with a verdict, a note and a source on items of both kinds. */
function shared(): Review {
  const findings = [findingAt(SHORT_DRAFT, 'punctuation.half-width', ','), findingAt(SHORT_DRAFT, 'repetition.character', '的的', 'warning')];
  let review = createReview(SHORT_DRAFT, findings, extractClaims(SHORT_DRAFT), NOW);
  const number = review.items.find((i) => i.anchor.text === '1.8万吨')!;
  review = setVerdict(review, number.id, 'verified', { sources: [{ kind: 'document', value: '县统计公报', label: '2024' }] }, '核查员', LATER);
  review = setVerdict(review, findings[1]!.id, 'confirmed', { note: '删去一个“的”' }, '核查员', LATER);
  return reconcileReview(review, SHORT_DRAFT, findings, extractClaims(SHORT_DRAFT), LATER);
}

/** The review reconciled with `text` checked again, as the check worker makes it after an edit. */
function reconciledWith(review: Review, text: string): Review {
  const findings = [findingAt(text, 'punctuation.half-width', ','), findingAt(text, 'repetition.character', '的的', 'warning')];
  return reconcileReview(review, text, findings, extractClaims(text), LATER);
}

describe('reviewDelta', () => {
  it('tells a review reconciled after typing as the shared one, its unmoved items kept as they were', () => {
    const base = shared();
    const edited = `${SHORT_DRAFT.slice(0, SECOND_LINE)}据介绍，${SHORT_DRAFT.slice(SECOND_LINE)}`;
    const next = reconciledWith(base, edited);
    const delta = reviewDelta(base, next);
    const rebuilt = applyReviewDelta(base, delta);
    expect(rebuilt).toEqual(next);
    // Items before the edit are the base's own objects; those after it moved and travel as offsets.
    const before = rebuilt.items.filter((i) => i.anchor.offset + i.anchor.text.length + 20 < SECOND_LINE);
    expect(before.length).toBeGreaterThan(0);
    for (const item of before) expect(base.items).toContain(item);
    const moved = next.items.filter((i) => base.items.some((b) => b.id === i.id && b.anchor.offset !== i.anchor.offset && b.anchor.before === i.anchor.before && b.anchor.after === i.anchor.after));
    expect(moved.length).toBeGreaterThan(1);
    for (const item of moved) expect(delta.added.map((a) => a.id)).not.toContain(item.id);
    expect(delta.fields).toMatchObject({ text: edited });
  });

  it('carries new, changed and orphaned items whole, and keeps verdicts, notes and sources', () => {
    const base = shared();
    const edited = SHORT_DRAFT.replace('接诊的的人数', '接诊人数').replace('1203人次', '1230人次');
    const findings = [findingAt(edited, 'punctuation.half-width', ',')];
    const next = reconcileReview(base, edited, findings, extractClaims(edited), LATER);
    const rebuilt = applyReviewDelta(base, reviewDelta(base, next));
    expect(rebuilt).toEqual(next);
    expect(rebuilt.items.find((i) => i.note === '删去一个“的”')).toMatchObject({ verdict: 'confirmed', orphaned: true });
    expect(rebuilt.items.find((i) => i.anchor.text === '1.8万吨')).toMatchObject({ verdict: 'verified', sources: [{ value: '县统计公报' }] });
    expect(rebuilt.items.some((i) => i.anchor.text === '1230人次')).toBe(true);
  });

  it("tells the review's own fields that change, appear or go", () => {
    const base: Review = { ...shared(), chromeIncluded: true };
    const rest: Review = { ...base };
    delete rest.chromeIncluded;
    const next: Review = { ...rest, updatedAt: '2026-03-02T08:00:00.000Z', dismissedRules: [{ rule: 'punctuation.half-width', reason: '体例允许', who: '编辑', time: LATER }] };
    const delta = reviewDelta(base, next);
    expect(Object.keys(delta.fields).sort()).toEqual(['dismissedRules', 'updatedAt']);
    expect(delta.removed).toEqual(['chromeIncluded']);
    expect(delta.added).toEqual([]);
    expect(applyReviewDelta(base, delta)).toEqual(next);
  });

  it('tells flags flipped on an unmoved item as bits, gone flags included', () => {
    const base = shared();
    const [first, second, ...rest] = base.items;
    const withoutFuzzy = { ...second! };
    delete withoutFuzzy.fuzzy;
    const next: Review = { ...base, items: [{ ...first!, reported: false, fuzzy: true }, withoutFuzzy, ...rest] };
    const delta = reviewDelta(base, next);
    expect(delta.added).toEqual([]);
    const rebuilt = applyReviewDelta(base, delta);
    expect(rebuilt).toEqual(next);
    expect('fuzzy' in rebuilt.items[1]!).toBe(false);
    expect(rebuilt.items[2]).toBe(base.items[2]);
  });

  it('refuses a change made from another base', () => {
    const base = shared();
    const next = reconciledWith(base, `前言。${SHORT_DRAFT}`);
    const delta = reviewDelta(base, next);
    expect(() => applyReviewDelta({ ...base, items: base.items.slice(0, 1) }, delta)).toThrow();
    expect(() => applyReviewDelta(base, { ...delta, added: [...delta.added, next.items[0]!] })).toThrow();
  });
});
