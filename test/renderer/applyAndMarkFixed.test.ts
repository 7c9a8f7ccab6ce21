import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { createReview } from '../../src/core/review/createReview';
import { itemsByFinding } from '../../src/core/review/itemsByFinding';
import { itemSpan, type Review } from '../../src/core/review/review';
import { applyAndMarkFixed, fixTargets } from '../../src/renderer/review/applyAndMarkFixed';
import { headlessView } from './headlessView';
import { findingAt, LATER, NOW } from '../fixtures/review/reviewFixtures';

function suggesting(finding: Finding, replacement: string): Finding {
  return { ...finding, suggestion: { replacement } };
}

function itemOf(review: Review, finding: Finding) {
  return itemsByFinding(review, [finding]).get(finding.id)!;
}

describe('applyAndMarkFixed', () => {
  it('全部改正 applies every finding of the bundle, and marks fixed only those with a review item', () => {
    const text = '今年种植高粱4.2万亩,预计产量1.8万吨,订单排到了年底,农户满意。';
    const commas = [0, 1, 2].map((n) => suggesting(findingAt(text, 'punctuation.half-width', ',', 'warning', n), '，'));
    // The review has not caught up with the last comma yet.
    const review = createReview(text, commas.slice(0, 2), [], NOW);
    const view = headlessView(text, commas);
    const ids = commas.map((f) => f.id);
    const fixed = fixTargets(ids, itemsByFinding(review, commas));
    expect(fixed).toHaveLength(2);

    const change = applyAndMarkFixed(view, ids, fixed);
    expect(view.state.doc.toString()).toBe(text.replaceAll(',', '，'));
    const after = change!(review, '林编辑', LATER);
    for (const target of fixed) {
      const item = after.items.find((i) => i.id === target.itemId)!;
      expect(item.verdict).toBe('fixed');
      expect(item.orphaned).toBe(false);
      expect(itemSpan(item).text).toBe('，');
    }
    expect(after.items).toHaveLength(2);
  });

  it("anchors the findings merged into a card on the card's replacement, as fixed as the one applied", () => {
    const text = '记者从临河县农业农村局了解到,全县今年种植高粱。';
    const lead = suggesting(findingAt(text, 'gazetteer.renamed-town', '临河县'), '临河区');
    const merged = findingAt(text, 'consistency.place', '临河县', 'warning');
    const review = createReview(text, [lead, merged], [], NOW);
    const view = headlessView(text, [lead, merged]);

    const change = applyAndMarkFixed(view, [lead.id], fixTargets([lead.id, merged.id], itemsByFinding(review, [lead, merged])));
    expect(view.state.doc.toString()).toBe(text.replace('临河县', '临河区'));
    const after = change!(review, '林编辑', LATER);
    for (const finding of [lead, merged]) {
      const item = after.items.find((i) => i.id === itemOf(review, finding).id)!;
      expect(item.verdict).toBe('fixed');
      expect(item.orphaned).toBe(false);
      expect(item.fuzzy).toBe(false);
      expect(itemSpan(item)).toMatchObject({ start: 3, end: 6, text: '临河区' });
      expect(item.history).toHaveLength(1);
    }
  });

  it('changes nothing when no finding has anything to change', () => {
    const text = '全县今年种植高粱。';
    const finding = suggesting(findingAt(text, 'punctuation.half-width', '。', 'warning'), '。');
    const review = createReview(text, [finding], [], NOW);
    const view = headlessView(text, [finding]);
    expect(applyAndMarkFixed(view, [finding.id], fixTargets([finding.id], itemsByFinding(review, [finding])))).toBeUndefined();
    expect(view.state.doc.toString()).toBe(text);
  });
});
