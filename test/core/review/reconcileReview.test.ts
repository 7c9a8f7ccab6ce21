import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/claims/claim';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { reanchorReview } from '../../../src/core/review/reanchorReview';
import { reconcileReview } from '../../../src/core/review/reconcileReview';
import { itemSpan } from '../../../src/core/review/review';
import { reviewProgress } from '../../../src/core/review/reviewProgress';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

describe('reconcileReview', () => {
  const comma = findingAt(SHORT_DRAFT, 'punctuation.half-width', ',');
  const doubled = findingAt(SHORT_DRAFT, 'repetition.character', '的的', 'warning');

  it('keeps verdicts through edits around the spans, with fresh offsets', () => {
    let review = createReview(SHORT_DRAFT, [comma, doubled], extractClaims(SHORT_DRAFT), NOW);
    const number = review.items.find((i) => i.anchor.text === '1.8万吨')!;
    review = setVerdict(review, number.id, 'verified', { sources: [{ kind: 'document', value: '县统计公报', label: '2024' }] }, '核查员', LATER);
    review = setVerdict(review, doubled.id, 'confirmed', {}, '核查员', LATER);
    const edited = `【编者按】本文据记者调查整理。\n${SHORT_DRAFT}`;
    const fresh = [findingAt(edited, 'punctuation.half-width', ','), findingAt(edited, 'repetition.character', '的的', 'warning')];
    const next = reconcileReview(review, edited, fresh, extractClaims(edited), LATER);
    const kept = next.items.find((i) => i.id === number.id)!;
    expect(kept).toMatchObject({ verdict: 'verified', orphaned: false, reported: true });
    expect(edited.slice(itemSpan(kept).start, itemSpan(kept).end)).toBe('1.8万吨');
    expect(next.items.find((i) => i.id === doubled.id)).toMatchObject({ verdict: 'confirmed', reported: true });
    expect(next.items.filter((i) => i.kind === 'finding')).toHaveLength(2);
    expect(next.items.length).toBe(review.items.length);
  });

  it('orphans a verdict whose text is gone, marks it no longer reported, and never drops it', () => {
    let review = createReview(SHORT_DRAFT, [comma, doubled], [], NOW);
    review = setVerdict(review, doubled.id, 'confirmed', { note: '删去一个“的”' }, '核查员', LATER);
    const edited = SHORT_DRAFT.replace('接诊的的人数', '接诊人数');
    const next = reconcileReview(review, edited, [findingAt(edited, 'punctuation.half-width', ',')], [], LATER);
    expect(next.items.find((i) => i.id === doubled.id)).toMatchObject({ verdict: 'confirmed', note: '删去一个“的”', orphaned: true, reported: false });
  });

  it('adds new findings as open items and keeps an unreported open error out of the gate', () => {
    const review = createReview(SHORT_DRAFT, [comma], [], NOW);
    expect(reviewProgress(review).openErrors).toBe(1);
    const edited = SHORT_DRAFT.replace(',', '，');
    const added = findingAt(edited, 'repetition.character', '的的', 'warning');
    const next = reconcileReview(review, edited, [added], [], LATER);
    expect(next.items.find((i) => i.id === comma.id)).toMatchObject({ verdict: 'open', reported: false });
    expect(next.items.find((i) => i.id === added.id)).toMatchObject({ verdict: 'open', reported: true });
    expect(reviewProgress(next)).toMatchObject({ openErrors: 0, noLongerReported: 1 });
  });

  it('gives a new item a fresh id when its id belongs to an older item', () => {
    const review = createReview(SHORT_DRAFT, [comma], [], NOW);
    const moved = { ...findingAt(SHORT_DRAFT, 'punctuation.half-width', '万吨'), id: comma.id };
    const next = reconcileReview(review, SHORT_DRAFT, [comma, moved], [], LATER);
    expect(next.items.map((i) => i.id).sort()).toEqual([comma.id, `${comma.id}~1`]);
  });

  it('orphans the deleted one of two identical spans rather than stacking it on its twin', () => {
    const text = '北沟镇今年扩种。中间隔开一些别的内容，再隔开一些。北沟镇明年继续。';
    const first = findingAt(text, 'consistency.place', '北沟镇', 'warning', 0);
    const second = findingAt(text, 'consistency.place', '北沟镇', 'warning', 1);
    const review = createReview(text, [first, second], [], NOW);
    const edited = text.replace('北沟镇今年扩种。', '今年扩种。');
    const next = reanchorReview(review, edited);
    expect(next.items.find((i) => i.id === first.id)!.orphaned).toBe(true);
    expect(next.items.find((i) => i.id === second.id)).toMatchObject({ orphaned: false, anchor: { offset: edited.indexOf('北沟镇') } });
  });

  it('brings an orphan back when its text returns (undo)', () => {
    const review = createReview(SHORT_DRAFT, [doubled], [], NOW);
    const orphaned = reanchorReview(review, SHORT_DRAFT.replace('的的', ''));
    expect(orphaned.items[0]!.orphaned).toBe(true);
    const back = reanchorReview(orphaned, SHORT_DRAFT);
    expect(back.items[0]).toMatchObject({ orphaned: false, anchor: { offset: SHORT_DRAFT.indexOf('的的') } });
  });

  it('loads a review from before claims were merged: the first occurrence becomes the claim, untouched repeats go, judged ones stay apart', () => {
    const text = '北沟镇种下3万亩苹果。北沟镇的果园。北沟镇还要扩大。';
    const at = (n: number) => text.split('北沟镇', n).join('北沟镇').length;
    const perOccurrence: Claim[] = [1, 2, 3].map((n) => ({
      id: `claim.place:old${n}`,
      type: 'place',
      span: { start: at(n), end: at(n) + 3, text: '北沟镇' },
      label: '北沟镇',
      occurrences: 1,
    }));
    let old = createReview(text, [], perOccurrence, NOW);
    old = setVerdict(old, 'claim.place:old1', 'verified', {}, '核查员', LATER);
    old = setVerdict(old, 'claim.place:old3', 'needs-source', {}, '核查员', LATER);
    const next = reconcileReview(old, text, [], extractClaims(text), LATER);
    const places = next.items.filter((i) => i.rule === 'claim.place');
    expect(places.map((i) => [i.id, i.verdict, i.reported, i.occurrences])).toEqual([
      ['claim.place:old1', 'verified', true, 3],
      ['claim.place:old3', 'needs-source', false, 1],
    ]);
  });
});

