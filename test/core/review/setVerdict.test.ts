import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { dismissRule, effectiveVerdict, restoreRule } from '../../../src/core/review/dismissRule';
import { ReviewError } from '../../../src/core/review/reviewError';
import { reviewProgress } from '../../../src/core/review/reviewProgress';
import { setNote, setVerdict } from '../../../src/core/review/setVerdict';
import { addRevision } from '../../../src/core/review/addRevision';
import { applySuggestion } from '../../../src/core/review/applySuggestion';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

function sample() {
  const findings = [findingAt(SHORT_DRAFT, 'punctuation.half-width', ','), findingAt(SHORT_DRAFT, 'repetition.character', '的的', 'warning')];
  return createReview(SHORT_DRAFT, findings, extractClaims(SHORT_DRAFT), NOW);
}

describe('setVerdict', () => {
  it('returns a new review, leaves the old one untouched, and appends history', () => {
    const review = sample();
    const id = review.items.find((i) => i.kind === 'finding')!.id;
    const before = JSON.stringify(review);
    const next = setVerdict(review, id, 'confirmed', { note: '已与作者确认', sources: [{ kind: 'phone', value: '作者本人' }] }, '李编辑', LATER);
    expect(JSON.stringify(review)).toBe(before);
    const item = next.items.find((i) => i.id === id)!;
    expect(item).toMatchObject({ verdict: 'confirmed', note: '已与作者确认', reviewer: '李编辑', time: LATER });
    expect(item.history).toEqual([
      expect.objectContaining({ who: '李编辑', time: LATER, from: 'open', to: 'confirmed', note: '已与作者确认', sources: [{ kind: 'phone', value: '作者本人' }] }),
    ]);
    const again = setNote(next, id, '改为电话核实', '王编辑', LATER);
    expect(again.items.find((i) => i.id === id)!.history.map((h) => [h.from, h.to, h.note])).toEqual([
      ['open', 'confirmed', '已与作者确认'],
      ['confirmed', 'confirmed', '改为电话核实'],
    ]);
    expect(new Set(again.items.find((i) => i.id === id)!.history.map((h) => h.id)).size).toBe(2);
  });

  it('records nothing when nothing changes', () => {
    const review = sample();
    const id = review.items[0]!.id;
    expect(setVerdict(review, id, 'open', {}, '李编辑', LATER)).toBe(review);
  });

  it('allows verified only on claims and dismissal only with a reason', () => {
    const review = sample();
    const finding = review.items.find((i) => i.kind === 'finding')!;
    const claim = review.items.find((i) => i.kind === 'claim')!;
    expect(() => setVerdict(review, finding.id, 'verified', {}, 'a', LATER)).toThrow(ReviewError);
    expect(() => setVerdict(review, finding.id, 'dismissed', { reason: '  ' }, 'a', LATER)).toThrow(/dismissNeedsReason/);
    expect(() => setVerdict(review, 'nope', 'fixed', {}, 'a', LATER)).toThrow(/noSuchItem/);
    const dismissed = setVerdict(review, finding.id, 'dismissed', { reason: '本报体例允许' }, 'a', LATER);
    expect(dismissed.items.find((i) => i.id === finding.id)).toMatchObject({ verdict: 'dismissed', reason: '本报体例允许' });
    const reopened = setVerdict(dismissed, finding.id, 'open', {}, 'a', LATER);
    expect(reopened.items.find((i) => i.id === finding.id)!.reason).toBeUndefined();
    expect(setVerdict(review, claim.id, 'verified', {}, 'a', LATER).items.find((i) => i.id === claim.id)!.verdict).toBe('verified');
  });

  it('allows verified on a difference from a source, the fact-checker having held the draft against it', () => {
    const review = createReview(SHORT_DRAFT, [findingAt(SHORT_DRAFT, 'source.number-differs', '4.2万亩')], [], NOW);
    const id = review.items[0]!.id;
    const cited = { kind: 'document' as const, value: '通报.pdf', label: '第2页：全县种植高粱4.2万亩。' };
    expect(setVerdict(review, id, 'verified', { sources: [cited] }, 'a', LATER).items[0]).toMatchObject({ verdict: 'verified', sources: [cited] });
  });
});

describe('reviewProgress and dismissed rules', () => {
  it('counts reviewed items, open errors and claims needing a source', () => {
    let review = sample();
    const start = reviewProgress(review);
    expect(start.reviewed).toBe(0);
    expect(start.total).toBe(review.items.length);
    expect(start.openErrors).toBe(1);
    expect(start.blocking).toBe(true);
    const bySeverity = (severity: string) => review.items.filter((i) => i.kind !== 'claim' && i.severity === severity).length;
    expect(start.open).toEqual({ errors: 1, warnings: bySeverity('warning'), infos: bySeverity('info'), claims: review.items.filter((i) => i.kind === 'claim').length });
    const error = review.items.find((i) => i.severity === 'error')!;
    const claims = review.items.filter((i) => i.kind === 'claim');
    review = setVerdict(review, error.id, 'fixed', {}, 'a', LATER);
    review = setVerdict(review, claims[0]!.id, 'verified', {}, 'a', LATER);
    review = setVerdict(review, claims[1]!.id, 'needs-source', { note: '等待统计局回复' }, 'a', LATER);
    const p = reviewProgress(review);
    expect(p).toMatchObject({ reviewed: 3, openErrors: 0, claimsNeedingSource: 1, blocking: true });
    expect(p.open).toMatchObject({ errors: 0, claims: claims.length - 2 });
    expect(p.byVerdict).toMatchObject({ fixed: 1, verified: 1, 'needs-source': 1, open: review.items.length - 3 });
    review = setVerdict(review, claims[1]!.id, 'verified', { sources: [{ kind: 'url', value: 'https://example.org/stat' }] }, 'a', LATER);
    expect(reviewProgress(review).blocking).toBe(false);
  });

  it('treats open items of a dismissed rule as dismissed, until the rule is restored', () => {
    const review = sample();
    const error = review.items.find((i) => i.severity === 'error')!;
    expect(() => dismissRule(review, error.rule, '', 'a', LATER)).toThrow(ReviewError);
    const dismissed = dismissRule(review, error.rule, '本稿为转载，保留原标点', 'a', LATER);
    expect(effectiveVerdict(dismissed, error)).toBe('dismissed');
    expect(reviewProgress(dismissed)).toMatchObject({ openErrors: 0, reviewed: 1 });
    expect(reviewProgress(restoreRule(dismissed, error.rule, LATER)).openErrors).toBe(1);
  });

  it('keeps revisions as labelled snapshots with distinct ids', () => {
    const one = addRevision(sample(), '初稿', SHORT_DRAFT, '记者', NOW);
    const two = addRevision(one, '初稿', SHORT_DRAFT, '记者', NOW);
    expect(two.revisions.map((r) => r.label)).toEqual(['初稿', '初稿']);
    expect(new Set(two.revisions.map((r) => r.id)).size).toBe(2);
    expect(two.revisions[0]).toMatchObject({ author: '记者', time: NOW, text: SHORT_DRAFT });
  });
});

describe('applySuggestion', () => {
  it('edits the text, marks the finding fixed and keeps every item attached', () => {
    const comma = { ...findingAt(SHORT_DRAFT, 'punctuation.half-width', ','), suggestion: { replacement: '，' } };
    const review = createReview(SHORT_DRAFT, [comma], extractClaims(SHORT_DRAFT), NOW);
    const { text, review: next } = applySuggestion(review, comma.id, '编辑', LATER);
    expect(text).toBe(SHORT_DRAFT.replace(',', '，'));
    expect(next.text).toBe(text);
    const item = next.items.find((i) => i.id === comma.id)!;
    expect(item).toMatchObject({ verdict: 'fixed', reviewer: '编辑', orphaned: false, anchor: { text: '，', offset: SHORT_DRAFT.indexOf(',') } });
    for (const i of next.items) expect(text.slice(i.anchor.offset, i.anchor.offset + i.anchor.text.length)).toBe(i.anchor.text);
    expect(() => applySuggestion(next, next.items.find((i) => i.kind === 'claim')!.id, '编辑', LATER)).toThrow(/noSuggestion/);
  });
});
