import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { createReview } from '../../src/core/review/createReview';
import { itemsByFinding } from '../../src/core/review/itemsByFinding';
import { itemSpan } from '../../src/core/review/review';
import { groupByFamily } from '../../src/renderer/components/findingGroups';
import { applyAndMarkFixed } from '../../src/renderer/review/applyAndMarkFixed';
import { cardFix, cardsByFinding } from '../../src/renderer/review/cardFix';
import { headlessView } from './headlessView';
import { findingAt, LATER, NOW } from '../fixtures/review/reviewFixtures';

// The lead (an error without a suggestion) and a merged finding that carries the card's suggestion.
const text = '据介绍,白水镇今年新建冷库两座,白水乡的农户也加入了合作社。';
const lead = findingAt(text, 'gazetteer.unknown-town', '白水镇');
const merged: Finding = { ...findingAt(text, 'consistency.place', '白水镇', 'warning'), suggestion: { replacement: '白水乡' } };
const findings = [lead, merged];

describe('cardFix', () => {
  it('puts both findings on one card, led by the error', () => {
    const cards = cardsByFinding(groupByFamily(findings));
    expect(cards.get(lead.id)?.map((f) => f.id)).toEqual([lead.id, merged.id]);
    expect(cards.get(merged.id)).toBe(cards.get(lead.id));
  });

  it('applies the suggestion a merged finding carries and fixes the lead with it, from either finding', () => {
    const review = createReview(text, findings, [], NOW);
    const items = itemsByFinding(review, findings);
    const cards = cardsByFinding(groupByFamily(findings));
    for (const from of findings) {
      const fix = cardFix(from.id, items.get(from.id)!.id, cards, items);
      expect(fix.applied).toBe(merged.id);
      expect(fix.fixed.map((t) => t.itemId).sort()).toEqual(findings.map((f) => items.get(f.id)!.id).sort());
    }
  });

  it('marks every item of the card fixed, anchored on the replacement', () => {
    const review = createReview(text, findings, [], NOW);
    const items = itemsByFinding(review, findings);
    const view = headlessView(text, findings);
    const fix = cardFix(lead.id, items.get(lead.id)!.id, cardsByFinding(groupByFamily(findings)), items);
    const change = applyAndMarkFixed(view, [fix.applied], fix.fixed);
    expect(view.state.doc.toString()).toBe(text.replace('白水镇', '白水乡'));
    const after = change!(review, '林编辑', LATER);
    for (const finding of findings) {
      const item = after.items.find((i) => i.id === items.get(finding.id)!.id)!;
      expect(item.verdict).toBe('fixed');
      expect(itemSpan(item)).toMatchObject({ start: 4, end: 7, text: '白水乡' });
    }
  });

  it('fixes only its own item for a finding on no merged card', () => {
    const alone = findingAt(text, 'punctuation.half-width', ',', 'warning');
    const review = createReview(text, [alone], [], NOW);
    const items = itemsByFinding(review, [alone]);
    const fix = cardFix(alone.id, items.get(alone.id)!.id, cardsByFinding(groupByFamily([alone])), items);
    expect(fix).toEqual({ applied: alone.id, fixed: [{ findingId: alone.id, itemId: items.get(alone.id)!.id }] });
  });
});
