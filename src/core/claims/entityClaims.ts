import { extractEntities } from '../entities/extractEntities';
import type { EntityKind } from '../entities/mention';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { ClaimType, RawClaim } from './claim';

const CLAIM_OF: Partial<Record<EntityKind, ClaimType>> = { place: 'place', org: 'organization', person: 'person' };

/**
 * People, organisations and places as the entity extractor finds them (the same mentions the
 * consistency and gazetteer checks read); a person is labelled with the title written before
 * the name (记者 李某), which the checker confirms along with the name.
 */
export function entityClaims(text: string, gazetteer: Gazetteer | undefined): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const m of extractEntities(text, gazetteer)) {
    const type = CLAIM_OF[m.kind];
    if (!type) continue;
    const claim: RawClaim = { type, start: m.start, end: m.end };
    if (m.title) claim.label = `${m.title} ${m.text}`;
    claims.push(claim);
  }
  return claims;
}
