import { extractEntities } from '../../entities/extractEntities';
import type { Mention } from '../../entities/mention';
import { gazetteerIndex, isWithin, isWithinAny, placePath, type GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import type { Place } from '../../gazetteer/place';
import { placeContext, type PlaceContext } from '../../gazetteer/placeContext';
import { resemblingTown } from '../../gazetteer/resemblingTown';
import { t } from '../../i18n/messages';
import type { CheckContext, DocumentCheck, RawFinding } from '../check';

const TOWN_GENERICS = new Set(['镇', '乡', '街道', '苏木']);

/**
 * A town named in the context of a county — written straight after it, in the same sentence,
 * or in a draft mainly about it — that is not one of its towns but closely resembles one.
 * Silent without the gazetteer, and silent when no town of the county resembles the name.
 */
export const gazetteerCheck: DocumentCheck = {
  id: 'gazetteer',
  scope: 'document',
  runDocument(ctx: CheckContext): RawFinding[] {
    if (!ctx.gazetteer) return [];
    const index = gazetteerIndex(ctx.gazetteer);
    const mentions = extractEntities(ctx.text, ctx.gazetteer);
    const places = placeContext(mentions);
    const mainCounty = mostMentioned(places, index);
    const countiesBySentence = new Map<number, Set<Place>>();
    for (const m of mentions) {
      const place = m.kind === 'place' ? places.denoted(m) : undefined;
      if (place?.level !== 'county') continue;
      const set = countiesBySentence.get(m.sentence) ?? new Set<Place>();
      countiesBySentence.set(m.sentence, set.add(place));
    }
    const byWrongName = new Map<string, { county: Place; town: Place; spans: { start: number; end: number }[]; name: string }>();
    for (const m of mentions) {
      if (m.kind !== 'place' || !TOWN_GENERICS.has(m.category) || places.denoted(m)) continue;
      const match = misplacedTown(m, [...(countiesBySentence.get(m.sentence) ?? [])], places, index, mainCounty);
      if (!match) continue;
      const key = `${m.text}\u0000${match.town.code}`;
      const entry = byWrongName.get(key) ?? { ...match, spans: [], name: m.text };
      entry.spans.push({ start: m.start, end: m.end });
      byWrongName.set(key, entry);
    }
    return [...byWrongName.values()].map(({ county, town, spans, name }) => {
      const path = placePath(index, town).map((p) => p.name);
      return {
        rule: 'gazetteer.unknown-town',
        severity: 'error',
        message: t(ctx.lang, 'gazetteer.unknownTown', { county: county.name, name, suggestion: town.name, path: path.join(''), code: town.code }),
        spans,
        suggestion: { replacement: town.name },
        evidence: { county: county.name, countyCode: county.code, suggested: town.name, code: town.code, path, source: index.source },
      };
    });
  },
};

function misplacedTown(
  m: Mention,
  sameSentence: Place[],
  places: PlaceContext,
  index: GazetteerIndex,
  mainCounty: Place | undefined,
): { county: Place; town: Place } | undefined {
  const parent = places.parentBefore(m);
  if (parent) {
    if (m.places?.some((p) => isWithin(p, parent.code))) return undefined;
    return resemblingIn(index, [parent], m.text);
  }
  // Not tied to a county by position: a real town anywhere the draft names is no error.
  if (m.places?.some((p) => isWithinAny(p, places.mentionedCodes))) return undefined;
  return resemblingIn(index, sameSentence, m.text) ?? (mainCounty ? resemblingIn(index, [mainCounty], m.text) : undefined);
}

/** The one county among `counties` with a town resembling `name`; undefined if none or several do. */
function resemblingIn(index: GazetteerIndex, counties: Place[], name: string): { county: Place; town: Place } | undefined {
  const found = counties.flatMap((county) => {
    const town = resemblingTown(index, county, name);
    return town ? [{ county, town }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The county the draft names most often, if one leads. */
function mostMentioned(places: PlaceContext, index: GazetteerIndex): Place | undefined {
  const ranked = [...places.countyCounts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return index.place(first[0]);
}
