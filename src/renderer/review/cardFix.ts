import type { Finding } from '../../core/finding';
import type { ReviewItem } from '../../core/review/review';
import type { FindingGroup } from '../components/findingGroups';
import { fixTargets, type FixTarget } from './applyAndMarkFixed';

/** Each finding of a card that merges several, with the card's findings (lead first). */
export function cardsByFinding(groups: readonly FindingGroup[]): Map<string, readonly Finding[]> {
  const cards = new Map<string, readonly Finding[]>();
  for (const g of groups) for (const e of g.entries) if (e.kind === 'card' && e.findings.length > 1) for (const f of e.findings) cards.set(f.id, e.findings);
  return cards;
}

/** What applying a card does: the finding whose suggestion it applies, and the review items it marks fixed. */
export interface CardFix {
  applied: string;
  fixed: FixTarget[];
}

/**
 * Applying any finding of a card applies the card's suggestion (the first of its findings with one,
 * as its button shows) and fixes the whole card: the lead's item and every merged finding's item,
 * whichever of them carries the suggestion. A finding on no merged card fixes its own item.
 */
export function cardFix(findingId: string, itemId: string, cards: ReadonlyMap<string, readonly Finding[]>, findingItems: ReadonlyMap<string, ReviewItem>): CardFix {
  const card = cards.get(findingId);
  if (!card) return { applied: findingId, fixed: [{ findingId, itemId }] };
  const applied = card.find((f) => f.suggestion !== undefined)?.id ?? findingId;
  const others = fixTargets(
    card.flatMap((f) => (f.id === findingId ? [] : [f.id])),
    findingItems,
  );
  return { applied, fixed: [{ findingId, itemId }, ...others] };
}
