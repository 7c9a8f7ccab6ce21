import { findingId } from '../findingId';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { blankOutRanges } from '../text/blankOutRanges';
import { claimRule, type Claim, type RawClaim } from './claim';
import { dateClaims } from './dateClaims';
import { entityClaims } from './entityClaims';
import { numberClaims } from './numberClaims';
import { quoteClaims } from './quoteClaims';
import { MAX_CHECKLIST_CLAIMS } from './checklistLimit';

/**
 * Every checkable claim (up to MAX_CHECKLIST_CLAIMS), once, in the order of its first occurrence. A number inside a date is
 * the date; a place inside an organisation's name is part of that name; anything inside a
 * quotation is still listed, since a figure someone is quoted saying needs checking too. With
 * the gazetteer, places the extractor can only confirm against it (天津市, 和平区) are listed too.
 * The same type and text stated again is the same claim (its occurrences are counted). Nothing
 * inside `exclude` (page chrome) is read. Each extractor is one linear pass, so the length of
 * the text sets no limit.
 */
export function extractClaims(draft: string, gazetteer?: Gazetteer, exclude: readonly { start: number; end: number }[] = []): Claim[] {
  const text = blankOutRanges(draft, exclude);
  const dates = dateClaims(text);
  const entities = entityClaims(text, gazetteer);
  const orgs = entities.filter((c) => c.type === 'organization');
  const raw: RawClaim[] = [
    ...dates,
    ...outside(numberClaims(text), dates, (d, n) => d.start < n.end && n.start < d.end),
    ...outside(entities, orgs, (o, c) => c.type === 'place' && o.start <= c.start && c.end <= o.end),
    ...quoteClaims(text),
  ];
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const byKey = new Map<string, Claim>();
  const seen = new Map<string, number>();
  for (const c of raw) {
    const spanText = text.slice(c.start, c.end);
    const key = `${c.type}\u0000${spanText}`;
    const known = byKey.get(key);
    if (known) known.occurrences++;
    else if (byKey.size < MAX_CHECKLIST_CLAIMS) {
      const span = { start: c.start, end: c.end, text: spanText };
      byKey.set(key, { id: findingId(claimRule(c.type), spanText, seen), type: c.type, span, label: c.label ?? spanText, occurrences: 1 });
    }
  }
  return [...byKey.values()];
}

/**
 * The claims that no blocker hides. Both lists are in text order and blockers do not overlap
 * one another (each extractor's matches are disjoint), so one forward sweep suffices.
 */
function outside(claims: RawClaim[], blockers: RawClaim[], hides: (blocker: RawClaim, claim: RawClaim) => boolean): RawClaim[] {
  let j = 0;
  return claims.filter((c) => {
    while (j < blockers.length && blockers[j]!.end <= c.start) j++;
    for (let k = j; k < blockers.length && blockers[k]!.start < c.end; k++) if (hides(blockers[k]!, c)) return false;
    return true;
  });
}
