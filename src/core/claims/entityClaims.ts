import { extractEntities } from '../entities/extractEntities';
import type { EntityKind, Mention } from '../entities/mention';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { ClaimType, RawClaim } from './claim';

const CLAIM_OF: Partial<Record<EntityKind, ClaimType>> = { place: 'place', org: 'organization', person: 'person' };
/** A named zone's own name (会宁|工业集中区) is a word or two; a longer one is a clause read back too far. */
const MAX_ZONE_NAME = 4;

/**
 * People, organisations and places as the entity extractor finds them (the same mentions the
 * consistency and gazetteer checks read); a person is labelled with the title written before
 * the name (记者 李某), which the checker confirms along with the name. A checklist row costs
 * the checker a look, so only what names something is listed (see `names`).
 */
export function entityClaims(text: string, gazetteer: Gazetteer | undefined): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const m of extractEntities(text, gazetteer)) {
    const type = CLAIM_OF[m.kind];
    if (!type || !names(m)) continue;
    const claim: RawClaim = { type, start: m.start, end: m.end };
    if (m.title) claim.label = `${m.title} ${m.text}`;
    claims.push(claim);
  }
  return claims;
}

/**
 * Whether a mention names one thing: an organisation with a name of its own beyond its trade
 * and legal suffix (not 上市公司, 科技公司), a zone with a short name before its generic (not
 * 建现代农业循环产业园); places with an administrative generic and people as found.
 */
function names(m: Mention): boolean {
  if (m.kind === 'org') return m.form.text.length > 0;
  if (m.kind === 'place' && m.category === 'zone') return (m.places?.length ?? 0) > 0 || (m.form.text.length >= 2 && m.form.text.length <= MAX_ZONE_NAME);
  return true;
}
