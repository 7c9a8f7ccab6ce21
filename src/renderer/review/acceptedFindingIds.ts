import type { Finding } from '../../core/finding';
import type { Review } from '../../core/review/review';

/**
 * The findings whose suggestion the reviewer accepted, for clean copy: a finding item marked
 * 'confirmed' (the error is real) that carries a suggestion, matched to the current finding of
 * the same rule on the same span (item ids are fixed when first seen; finding ids follow edits).
 */
export function acceptedFindingIds(review: Review | null, findings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  if (!review) return ids;
  const byPlace = new Map(findings.map((f) => [`${f.rule}\u0000${f.spans[0]?.start}`, f.id]));
  for (const item of review.items) {
    if (item.kind !== 'finding' || item.verdict !== 'confirmed' || !item.suggestion || item.orphaned) continue;
    const id = byPlace.get(`${item.rule}\u0000${item.anchor.offset}`);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}
