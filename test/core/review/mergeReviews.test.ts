import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { dismissRule } from '../../../src/core/review/dismissRule';
import { mergeReviews, resolveConflict } from '../../../src/core/review/mergeReviews';
import { reconcileReview } from '../../../src/core/review/reconcileReview';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

const T1 = '2026-03-01T11:00:00.000Z';
const T2 = '2026-03-01T12:00:00.000Z';

function base() {
  return createReview(SHORT_DRAFT, [findingAt(SHORT_DRAFT, 'punctuation.half-width', ',')], extractClaims(SHORT_DRAFT), NOW);
}

describe('mergeReviews', () => {
  it('keeps the sources attached on either side, mine first for the same path', () => {
    const b = base();
    const source = (name: string, sha: string) => ({ path: `/稿件/${name}`, name, size: 10, sha256: sha.repeat(64) });
    const mine = { ...b, attachedSources: [source('通报.txt', 'a')] };
    const theirs = { ...b, attachedSources: [source('通报.txt', 'b'), source('讲话.docx', 'c')] };
    expect(mergeReviews(b, mine, theirs).merged.attachedSources).toEqual([source('通报.txt', 'a'), source('讲话.docx', 'c')]);
    expect(mergeReviews(b, b, b).merged.attachedSources).toBeUndefined();
  });

  it('takes the page chrome choice from the side that changed it', () => {
    const b = base();
    const included = { ...b, chromeIncluded: true };
    expect(mergeReviews(b, included, b).merged.chromeIncluded).toBe(true);
    expect(mergeReviews(b, b, included).merged.chromeIncluded).toBe(true);
    expect(mergeReviews(included, { ...b, chromeIncluded: false }, included).merged.chromeIncluded).toBeUndefined();
    expect(mergeReviews(b, b, b).merged.chromeIncluded).toBeUndefined();
  });

  it('keeps non-conflicting changes from both sides and unions histories', () => {
    const b = base();
    const [a, c] = b.items.filter((i) => i.kind === 'claim');
    const mine = setVerdict(b, a!.id, 'verified', { sources: [{ kind: 'url', value: 'https://example.org/a' }] }, '甲', T1);
    const theirs = dismissRule(setVerdict(b, c!.id, 'needs-source', { note: '待补' }, '乙', T2), 'repetition.character', '体例', '乙', T2);
    const { merged, conflicts } = mergeReviews(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.items.find((i) => i.id === a!.id)).toMatchObject({ verdict: 'verified', reviewer: '甲' });
    expect(merged.items.find((i) => i.id === c!.id)).toMatchObject({ verdict: 'needs-source', note: '待补', reviewer: '乙' });
    expect(merged.dismissedRules.map((d) => d.rule)).toEqual(['repetition.character']);
  });

  it('takes an identical change once and unions sources added on both sides', () => {
    const b = base();
    const id = b.items[0]!.id;
    const mine = setVerdict(b, id, 'confirmed', { sources: [{ kind: 'phone', value: '作者' }] }, '甲', T1);
    const theirs = setVerdict(b, id, 'confirmed', { sources: [{ kind: 'url', value: 'https://example.org' }] }, '乙', T2);
    const { merged, conflicts } = mergeReviews(b, mine, theirs);
    expect(conflicts).toEqual([]);
    const item = merged.items.find((i) => i.id === id)!;
    expect(item.sources.map((s) => s.value).sort()).toEqual(['https://example.org', '作者']);
    expect(item.history.map((h) => h.who)).toEqual(['甲', '乙']);
    expect(item).toMatchObject({ reviewer: '乙', time: T2 });
  });

  it('returns a true conflict for the user to choose, losing neither side', () => {
    const b = base();
    const id = b.items.find((i) => i.kind === 'finding')!.id;
    const mine = setVerdict(b, id, 'confirmed', { note: '确有半角逗号' }, '甲', T1);
    const theirs = setVerdict(b, id, 'dismissed', { reason: '英文引文内', note: '保留' }, '乙', T2);
    const { merged, conflicts } = mergeReviews(b, mine, theirs);
    expect(conflicts.map((c) => c.field).sort()).toEqual(['note', 'verdict']);
    expect(merged.items.find((i) => i.id === id)!.history.map((h) => h.to)).toEqual(['confirmed', 'dismissed']);
    let resolved = merged;
    for (const c of conflicts) resolved = resolveConflict(resolved, c, 'theirs');
    expect(resolved.items.find((i) => i.id === id)).toMatchObject({ verdict: 'dismissed', reason: '英文引文内', note: '保留', reviewer: '乙' });
    const kept = conflicts.reduce((r, c) => resolveConflict(r, c, 'mine'), merged);
    expect(kept.items.find((i) => i.id === id)).toMatchObject({ verdict: 'confirmed', note: '确有半角逗号' });
    expect(kept.items.find((i) => i.id === id)!.reason).toBeUndefined();
  });

  it('keeps items only one side has, re-anchored to my text', () => {
    const b = base();
    const edited = `导语一句。\n${SHORT_DRAFT}`;
    const mine = reconcileReview(b, edited, [findingAt(edited, 'punctuation.half-width', ',')], extractClaims(edited), T1);
    const extra = findingAt(SHORT_DRAFT, 'repetition.character', '的的', 'warning');
    const theirs = setVerdict(reconcileReview(b, SHORT_DRAFT, [findingAt(SHORT_DRAFT, 'punctuation.half-width', ','), extra], extractClaims(SHORT_DRAFT), T2), extra.id, 'confirmed', {}, '乙', T2);
    const { merged, conflicts } = mergeReviews(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.text).toBe(edited);
    const carried = merged.items.find((i) => i.id === extra.id)!;
    expect(carried).toMatchObject({ verdict: 'confirmed', anchor: { offset: edited.indexOf('的的') } });
  });

  it('treats a missing base as untouched items and a restored rule as restored', () => {
    const b = dismissRule(base(), 'punctuation.half-width', '转载稿', '甲', NOW);
    const mine = { ...b, dismissedRules: [] };
    const { merged } = mergeReviews(b, mine, b);
    expect(merged.dismissedRules).toEqual([]);
    const fresh = base();
    const id = fresh.items[0]!.id;
    const theirs = setVerdict(fresh, id, 'fixed', {}, '乙', T2);
    expect(mergeReviews(undefined, fresh, theirs).merged.items.find((i) => i.id === id)!.verdict).toBe('fixed');
  });

  it('records merges in time order whatever the side', () => {
    const b = base();
    const id = b.items[0]!.id;
    const theirs = setVerdict(b, id, 'fixed', {}, '乙', LATER);
    const mine = setVerdict(theirs, id, 'fixed', { note: '已改' }, '甲', T2);
    const { merged, conflicts } = mergeReviews(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.items.find((i) => i.id === id)!.history.map((h) => h.time)).toEqual([LATER, T2]);
  });
});
