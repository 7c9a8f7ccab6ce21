import type { Mention } from '../entities/mention';
import { isWithin, isWithinAny } from './gazetteerIndex';
import type { Place } from './place';

/** How the draft's own place mentions situate each other: which division each one denotes. */
export interface PlaceContext {
  /** Codes of the provinces, cities and counties the draft names unambiguously (or disambiguated by the others). */
  mentionedCodes: Set<string>;
  /** County-level divisions named, with how often. */
  countyCounts: Map<string, number>;
  /** The county or city written straight before a mention (会宁县|杨集镇). */
  parentBefore(m: Mention): Place | undefined;
  /** The division a place mention denotes in this draft, when the draft makes it certain. */
  denoted(m: Mention): Place | undefined;
}

const cache = new WeakMap<readonly Mention[], PlaceContext>();

/** The context of a draft's mentions; computed once per list, which the consistency and gazetteer checks share. */
export function placeContext(mentions: readonly Mention[]): PlaceContext {
  let context = cache.get(mentions);
  if (!context) cache.set(mentions, (context = buildPlaceContext(mentions)));
  return context;
}

function buildPlaceContext(mentions: readonly Mention[]): PlaceContext {
  const places = mentions.filter((m) => m.kind === 'place' && (m.places?.length ?? 0) > 0);
  const mentionedCodes = new Set<string>();
  const previous = new Map<Mention, Mention>();
  for (let i = 1; i < places.length; i++) {
    if (places[i - 1]!.end === places[i]!.start) previous.set(places[i]!, places[i - 1]!);
  }
  const denotedMap = new Map<Mention, Place>();
  // Two passes: unambiguous names first, then names that those disambiguate (天津市…和平区).
  for (let pass = 0; pass < 2; pass++) {
    for (const m of places) {
      if (denotedMap.has(m)) continue;
      const before = previous.get(m);
      const parent = before ? denotedMap.get(before) : undefined;
      const candidates = m.places!.filter((p) =>
        parent ? isWithin(p, parent.code) : m.places!.length === 1 || isWithinAny(p, mentionedCodes),
      );
      if (candidates.length !== 1) continue;
      const place = candidates[0]!;
      denotedMap.set(m, place);
      if (place.level !== 'town') mentionedCodes.add(place.code);
    }
  }
  const countyCounts = new Map<string, number>();
  for (const [, place] of denotedMap) {
    if (place.level === 'county') countyCounts.set(place.code, (countyCounts.get(place.code) ?? 0) + 1);
  }
  return {
    mentionedCodes,
    countyCounts,
    parentBefore: (m) => {
      const before = previous.get(m);
      const place = before ? denotedMap.get(before) : undefined;
      return place && (place.level === 'county' || place.level === 'city') ? place : undefined;
    },
    denoted: (m) => denotedMap.get(m),
  };
}
