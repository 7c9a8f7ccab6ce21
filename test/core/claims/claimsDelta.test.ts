import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/claims/claim';
import { applyClaimsDelta, claimsDelta } from '../../../src/core/claims/claimsDelta';
import { extractClaims } from '../../../src/core/claims/extractClaims';

const draft = readFileSync(new URL('../../fixtures/review/draft.txt', import.meta.url), 'utf8');
/** Long enough that a keystroke's change is a small part of the list: each copy's figures differ, so they are other claims. */
const longDraft = Array.from({ length: 12 }, (_, i) => draft.replace(/\d/g, (d) => String((Number(d) + i) % 10))).join('\n');

/** The claims of `before`, then of `after`, and the change between them as the worker tells it. */
function roundTrip(before: string, after: string) {
  const base = extractClaims(before);
  const next = extractClaims(after);
  const delta = claimsDelta(base, next, after.length - before.length);
  return { base, next, delta, applied: applyClaimsDelta(base, delta) };
}

function edit(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

describe('claimsDelta', () => {
  it('tells a keystroke in the middle of a long draft as the few claims around it, the rest kept or moved', () => {
    const at = longDraft.indexOf('万吨', longDraft.length / 2);
    const { next, delta, applied } = roundTrip(longDraft, edit(longDraft, at, 0, '约'));
    expect(applied).toEqual(next);
    expect(next.length).toBeGreaterThan(40);
    expect(delta.insert.length).toBeLessThanOrEqual(2);
    expect(delta.keep).toBeGreaterThan(0);
    expect(delta.shift).toBe(1);
    const moved = applied.slice(delta.keep + delta.insert.length);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('gives the new list for edits that add, remove and restate claims, anywhere in the draft', () => {
    const at = draft.indexOf('1.8万吨');
    const edits = [
      edit(draft, 0, 0, '2025年1月2日，'),
      edit(draft, at, '1.8万吨'.length, '2.6万吨'),
      edit(draft, at, 0, '3.3万吨和'),
      edit(draft, draft.indexOf('\n'), 0, '\n会宁县的北沟镇再次提到1.8万吨。'),
      draft.slice(0, draft.length / 2),
      `${draft}\n补记：12.5%。`,
      '',
    ];
    for (const after of edits) {
      const { next, applied } = roundTrip(draft, after);
      expect(applied).toEqual(next);
      const back = roundTrip(after, draft);
      expect(back.applied).toEqual(back.next);
    }
  });

  it('sends a claim again whose count, label or span changed, not only its text', () => {
    const base = extractClaims(draft);
    const recounted = base.map((c, i) => (i === 1 ? { ...c, occurrences: c.occurrences + 1 } : c));
    expect(claimsDelta(base, recounted, 0).insert).toEqual([recounted[1]]);
    const relabelled = base.map((c, i) => (i === 2 ? { ...c, label: `${c.label}。` } : c));
    expect(claimsDelta(base, relabelled, 0).insert).toEqual([relabelled[2]]);
    const moved = base.map((c, i) => (i === 3 ? { ...c, span: { ...c.span, start: c.span.start + 1, end: c.span.end + 1 } } : c));
    expect(applyClaimsDelta(base, claimsDelta(base, moved, 0))).toEqual(moved);
  });

  it('compares every field a claim has', () => {
    // A field added to Claim must be compared in claimsDelta too, or its changes would never reach the page.
    for (const claim of extractClaims(draft)) {
      expect(Object.keys(claim).sort()).toEqual(['id', 'label', 'occurrences', 'span', 'type']);
      expect(Object.keys(claim.span).sort()).toEqual(['end', 'start', 'text']);
    }
  });

  it('applies a chain of changes, stale ones included, to the same list the worker holds', () => {
    const texts = [draft, edit(draft, 10, 0, '据悉'), edit(draft, 10, 0, '据悉，'), draft.replace('1.8万吨', '一万八千吨'), draft];
    let sent: { text: string; claims: Claim[] } = { text: '', claims: [] };
    let page: Claim[] = [];
    for (const text of texts) {
      const claims = extractClaims(text);
      page = applyClaimsDelta(page, claimsDelta(sent.claims, claims, text.length - sent.text.length));
      sent = { text, claims };
      expect(page).toEqual(claims);
    }
  });

  it('refuses a change made from a longer list than it is applied to', () => {
    const base = extractClaims(draft);
    const delta = claimsDelta(base, base.slice(0, 2), 0);
    expect(() => applyClaimsDelta(base.slice(0, 3), delta)).toThrow(/does not fit/);
  });
});
