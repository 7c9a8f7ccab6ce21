import type { Finding } from '../finding';
import type { Review, ReviewItem } from './review';

/** What a finding or claim is matched on: its rule, first span and id. */
export interface MatchKey {
  id: string;
  rule: string;
  start: number;
  end: number;
}

/**
 * THE link from current findings to review items (reconcileReview, the panel, clean copy and
 * `jiaokan export` all use it): each key takes a stored item of the same rule — first one anchored
 * on the very same span, then one with the same id (same text and context). No item is taken twice;
 * an orphaned item is matched by id only (its span is gone, its text and context may come back). Returns, per key, the index of its item in `items`.
 */
export function matchItems(items: readonly ReviewItem[], keys: readonly MatchKey[]): (number | undefined)[] {
  const bySpan = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.orphaned) return;
    const key = spanKey(item.rule, item.anchor.offset, item.anchor.offset + item.anchor.text.length);
    const list = bySpan.get(key);
    if (list) list.push(index);
    else bySpan.set(key, [index]);
  });
  const byId = new Map(items.map((item, index) => [item.id, index]));
  const taken = new Set<number>();
  return keys.map((k) => {
    const index = (bySpan.get(spanKey(k.rule, k.start, k.end)) ?? []).find((i) => !taken.has(i)) ?? byId.get(k.id);
    if (index === undefined || taken.has(index) || items[index]!.rule !== k.rule) return undefined;
    taken.add(index);
    return index;
  });
}

/** The review item of each finding (by finding id), matched by matchItems. */
export function itemsByFinding(review: Review | null, findings: readonly Finding[]): Map<string, ReviewItem> {
  const found = new Map<string, ReviewItem>();
  if (!review) return found;
  // Only findings' items are matched: a claim's rule and id are never a finding's, and a long draft's
  // review holds thousands of claims (the window asks this twice per keystroke, on the UI thread).
  const items = review.items.filter((item) => item.kind === 'finding');
  const keys = findings.map((f) => ({ id: f.id, rule: f.rule, start: f.spans[0]?.start ?? -1, end: f.spans[0]?.end ?? -1 }));
  matchItems(items, keys).forEach((index, n) => {
    if (index !== undefined) found.set(findings[n]!.id, items[index]!);
  });
  return found;
}

function spanKey(rule: string, start: number, end: number): string {
  return `${rule}\u0000${start}\u0000${end}`;
}
