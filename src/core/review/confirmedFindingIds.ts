import type { Finding } from '../finding';
import { effectiveVerdict } from './dismissRule';
import { itemsByFinding } from './itemsByFinding';
import type { Review } from './review';

/**
 * The findings whose suggestion the reviewer accepted: matched to a finding item (itemsByFinding)
 * whose effective verdict is 'confirmed' (the error is real; a dismissed rule overrides it) and
 * that carries a suggestion. What the app's export and `jiaokan export` both apply.
 */
export function confirmedFindingIds(review: Review | null, findings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  if (!review) return ids;
  for (const [findingId, item] of itemsByFinding(review, findings)) {
    if (item.suggestion && !item.orphaned && effectiveVerdict(review, item) === 'confirmed') ids.add(findingId);
  }
  return ids;
}
