import { findingId } from '../findingId';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { claimRule, type Claim, type RawClaim } from './claim';
import { dateClaims } from './dateClaims';
import { entityClaims } from './entityClaims';
import { numberClaims } from './numberClaims';
import { quoteClaims } from './quoteClaims';

const ID_CONTEXT = 8;

/**
 * Every checkable claim in draft order. A number inside a date is the date; a place inside an
 * organisation's name is part of that name; anything inside a quotation is still listed,
 * since a figure someone is quoted saying needs checking too. With the gazetteer, places the
 * extractor can only confirm against it (天津市, 和平区) are listed too.
 */
/**
 * The checklist is for news drafts (a few thousand characters). Past this length a text is a
 * compilation, not one draft: its tens of thousands of claims could not be reviewed one by one,
 * and listing them would stall the app, so it gets no checklist (the findings still cover it).
 */
export const MAX_CLAIMS_TEXT_LENGTH = 200_000;

export function extractClaims(text: string, gazetteer?: Gazetteer): Claim[] {
  if (text.length > MAX_CLAIMS_TEXT_LENGTH) return [];
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
  const seen = new Map<string, number>();
  return raw.map((c) => {
    const span = { start: c.start, end: c.end, text: text.slice(c.start, c.end) };
    const key = `${text.slice(Math.max(0, c.start - ID_CONTEXT), c.start)}\u0000${span.text}\u0000${text.slice(c.end, c.end + ID_CONTEXT)}`;
    return { id: findingId(claimRule(c.type), key, seen), type: c.type, span, label: c.label ?? span.text };
  });
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
