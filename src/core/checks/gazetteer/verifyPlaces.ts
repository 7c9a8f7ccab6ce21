import { extractEntities } from '../../entities/extractEntities';
import type { Gazetteer } from '../../gazetteer/gazetteer';
import { gazetteerIndex, placePath } from '../../gazetteer/gazetteerIndex';
import type { PlaceLevel } from '../../gazetteer/place';
import { placeContext } from '../../gazetteer/placeContext';

/** A place mention the gazetteer confirms, for the editor's hover. */
export interface VerifiedPlace {
  start: number;
  end: number;
  text: string;
  level: PlaceLevel;
  code: string;
  /** Names from the province down to the place itself: 甘肃省, 白银市, 会宁县. */
  path: string[];
  /** Data source and date, to show beside the path. */
  source: string;
}

/**
 * The place names in `text` that denote one official division in this draft's context.
 * Not findings (a verified place needs no attention); the renderer shows them on hover.
 */
export function verifyPlaces(text: string, gazetteer: Gazetteer): VerifiedPlace[] {
  const index = gazetteerIndex(gazetteer);
  const mentions = extractEntities(text, gazetteer);
  const places = placeContext(mentions);
  return mentions.flatMap((m) => {
    const place = places.denoted(m);
    if (!place) return [];
    const path = placePath(index, place).map((p) => p.name);
    return [{ start: m.start, end: m.end, text: m.text, level: place.level, code: place.code, path, source: index.source }];
  });
}
