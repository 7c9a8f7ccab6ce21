import type { FindingEvidence } from '../../findingEvidence';
import { extractEntities } from '../../entities/extractEntities';
import { groupBy } from '../../entities/groupBy';
import type { Mention } from '../../entities/mention';
import { upperBound } from '../../text/upperBound';
import { gazetteerIndex, isWithin, isWithinAny, placePath, type GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import type { Place } from '../../gazetteer/place';
import { placeContext, type PlaceContext } from '../../gazetteer/placeContext';
import { townMatch } from '../../gazetteer/townMatch';
import { COUNTY_GENERICS, countySlips } from '../../gazetteer/countySlips';
import { shortNamedEndingAt } from '../../gazetteer/shortNamedEndingAt';
import { DIVISIONS_BEYOND_CODES } from '../../gazetteer/divisionsBeyondCodes';
import { t } from '../../i18n/messages';
import type { CheckContext, DocumentCheck, RawFinding } from '../check';

const TOWN_GENERICS = new Set(['镇', '乡', '街道', '苏木']);

/** A city or county name no division has, one sound-alike character off one (徐吻县 → 徐闻县). */
interface WrongCounty {
  name: string;
  /** The province or city written straight before it, the slip being looked for within it. */
  within: Place | undefined;
  place: Place;
  spans: { start: number; end: number }[];
}

interface WrongTown {
  name: string;
  county: Place;
  town: Place;
  kind: 'renamed' | 'misspelt';
  spans: { start: number; end: number }[];
}

/**
 * A town named in the context of a county — written straight after it, or in the same sentence or
 * paragraph as it (the nearest county counts) — that is not one of its towns but is one of them
 * renamed (乡 → 镇: `info`, the data may be newer than the draft) or misspelt (`error`).
 * Silent without the gazetteer. O(n log n) in the mentions: each town binary-searches its sentence's and paragraph's counties.
 */
export const gazetteerCheck: DocumentCheck = {
  id: 'gazetteer',
  scope: 'document',
  runDocument(ctx: CheckContext): RawFinding[] {
    if (!ctx.gazetteer) return [];
    const index = gazetteerIndex(ctx.gazetteer);
    const mentions = extractEntities(ctx.text, ctx.gazetteer);
    const places = placeContext(mentions);
    const paragraphOf = paragraphIndexer(ctx.text);
    const counties = mentions.filter((m) => m.kind === 'place' && places.denoted(m)?.level === 'county');
    const bySentence = groupBy(counties, (m) => m.sentence);
    const byParagraph = groupBy(counties, (m) => paragraphOf(m.start));
    const wrong = new Map<string, WrongTown>();
    const towns = mentions.filter((m) => m.kind === 'place' && TOWN_GENERICS.has(m.category) && !places.denoted(m));
    for (const m of towns) {
      const county = scopeCounty(m, places, bySentence.get(m.sentence), byParagraph.get(paragraphOf(m.start)));
      if (!county || m.places?.some((p) => isWithin(p, county.code))) continue;
      const match = townMatch(index, county, m.text);
      if (!match || wrong.has(m.text)) continue;
      wrong.set(m.text, { name: m.text, county, ...match, spans: [] });
    }
    // Every occurrence of a wrong name is the same slip, scoped or not.
    for (const m of towns) wrong.get(m.text)?.spans.push({ start: m.start, end: m.end });
    const writtenTowns = new Set(mentions.map((m) => places.denoted(m)?.code).filter((c) => c !== undefined));
    return [
      ...[...wrong.values()]
        // The draft also writes the official name: the consistency check shows both forms with this evidence, once.
        .filter((w) => !(w.kind === 'misspelt' && writtenTowns.has(w.town.code)))
        .map((w) => finding(w, ctx.lang, placePath(index, w.town).map((p) => p.name), index.source)),
      ...wrongCounties(ctx.text, mentions, places, index)
        .filter((w) => !writtenTowns.has(w.place.code))
        .map((w) => countyFinding(w, ctx.lang, placePath(index, w.place).map((p) => p.name), index.source)),
    ];
  },
};

/**
 * Cities and counties no division is called (the extraction reads them only where a slip of the
 * ear or the eye from a real one explains them) that exactly one division explains: among those of the
 * province or city written straight before the name, else nationwide, where a name of Taiwan, Hong
 * Kong or Macau (which the codes stop short of) is taken as written.
 */
function wrongCounties(text: string, mentions: readonly Mention[], places: PlaceContext, index: GazetteerIndex): WrongCounty[] {
  const unknown = mentions.filter((m) => m.kind === 'place' && COUNTY_GENERICS.has(m.category) && (m.places?.length ?? 0) === 0);
  if (unknown.length === 0) return [];
  const knownEndingAt = new Map<number, Place>();
  for (const m of mentions) {
    const place = places.denoted(m);
    if (place) knownEndingAt.set(m.end, place);
  }
  const wrong = new Map<string, WrongCounty>();
  for (const m of unknown) {
    const known = knownEndingAt.get(m.start);
    const before = known ? [known] : shortNamedEndingAt(index, text, m.start);
    // No county lies within a county or town: after one, the name is an older or informal area (浏阳市|北盛区).
    if (before.length > 0 && before.every((p) => p.level === 'county' || p.level === 'town')) continue;
    const within = before.length === 1 ? before[0] : undefined;
    // 桃园县 on its own is Taiwan's; written under 常德市 it is still a slip for 桃源县.
    if (!within && DIVISIONS_BEYOND_CODES.has(m.text)) continue;
    const slips = countySlips(index, m.text).filter((p) => !within || isWithin(p, within.code));
    if (slips.length === 1 && !wrong.has(m.text)) wrong.set(m.text, { name: m.text, within, place: slips[0]!, spans: [] });
  }
  for (const m of unknown) wrong.get(m.text)?.spans.push({ start: m.start, end: m.end });
  return [...wrong.values()];
}

function countyFinding(w: WrongCounty, lang: CheckContext['lang'], path: string[], source: string): RawFinding {
  const params = { name: w.name, suggestion: w.place.name, path: path.join(''), code: w.place.code, source };
  const evidence: FindingEvidence = { of: 'gazetteer', county: w.within?.name ?? '', countyCode: w.within?.code ?? '', suggested: w.place.name, code: w.place.code, path, source };
  return misspelt('gazetteer.unknown-county', t(lang, 'gazetteer.unknownCounty', params), w.spans, evidence);
}

function finding(w: WrongTown, lang: CheckContext['lang'], path: string[], source: string): RawFinding {
  const params = { county: w.county.name, name: w.name, suggestion: w.town.name, path: path.join(''), code: w.town.code, source };
  const evidence: FindingEvidence = { of: 'gazetteer', county: w.county.name, countyCode: w.county.code, suggested: w.town.name, code: w.town.code, path, source };
  if (w.kind === 'renamed') {
    return { rule: 'gazetteer.renamed-town', severity: 'info', message: t(lang, 'gazetteer.renamedTown', params), spans: w.spans, evidence };
  }
  return misspelt('gazetteer.unknown-town', t(lang, 'gazetteer.unknownTown', params), w.spans, evidence);
}

/** A name the data has no division of, with the official name it was probably meant to be as the fix. */
function misspelt(rule: string, message: string, spans: RawFinding['spans'], evidence: FindingEvidence & { suggested: string }): RawFinding {
  return { rule, severity: 'error', message, spans, suggestion: { replacement: evidence.suggested }, evidence };
}

/**
 * The county a town is read in: the county or city written straight before it (会宁县|杨集镇), else
 * the nearest county of its sentence, else of its paragraph — never one from elsewhere in the draft.
 */
function scopeCounty(m: Mention, places: PlaceContext, sentence: Mention[] | undefined, paragraph: Mention[] | undefined): Place | undefined {
  const parent = places.parentBefore(m);
  if (parent) return parent;
  // Not tied to a county by position: a real town anywhere the draft names is no error.
  if (m.places?.some((p) => isWithinAny(p, places.mentionedCodes))) return undefined;
  const nearest = nearestTo(m, sentence) ?? nearestTo(m, paragraph);
  return nearest ? places.denoted(nearest) : undefined;
}

/** The mention nearest before `m`, else the nearest after it: a binary search, the candidates being in text order. */
function nearestTo(m: Mention, candidates: Mention[] | undefined): Mention | undefined {
  if (!candidates) return undefined;
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid]!.end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  return candidates[lo - 1] ?? candidates.slice(lo).find((c) => c.start >= m.end);
}

/** Paragraph number of an offset (paragraphs are lines), by binary search over the line starts. */
function paragraphIndexer(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => upperBound(starts, offset) - 1;
}
