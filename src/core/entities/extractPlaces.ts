import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { Place } from '../gazetteer/place';
import { isHan } from '../text/cjk';
import { mentionForm, type Mention } from './mention';
import type { NameLengths } from './nameLengths';
import { placeNameLengths } from './regionPrefixes';
import type { ParagraphScope } from './paragraphScope';
import { scanNameBack } from './scanNameBack';
import { isOneWord, type WordBounds } from './wordBounds';
import { STOP_CHARS, STOP_WORDS } from './stopWords';
import { genericStartsWord } from './titleWords';
import { divisionGenericStartsWord } from './divisionGenericStartsWord';
import { DIVISION_GENERICS } from './divisionGenerics';
import { COUNTY_GENERICS, countySlips, countySlipShapes } from '../gazetteer/countySlips';
import { shortNamedEndingAt } from '../gazetteer/shortNamedEndingAt';
import { allMatches } from '../text/allMatches';
import { CodeSet } from '../text/codeSet';

/** Codes of the generics' final characters: most positions end in none and need no generic look-up. */
const GENERIC_LAST_CODES = DIVISION_GENERICS.map((g) => g.charCodeAt(g.length - 1));
/** The same, asked at every position of a draft, so a CodeSet. */
const GENERIC_LAST_CHARS = new CodeSet(GENERIC_LAST_CODES);
/** placeEnds' tables: one per name table (the gazetteer's), and the generics' alone for a check without one. */
const PLACE_ENDS = new WeakMap<NameLengths, Uint8Array>();
let genericEnds: Uint8Array | undefined;

/**
 * By code, 1 where a known name or a generic may end, 0 where knownAt and unknownAt would both
 * answer none at once: about two positions in three of news text. The scan reads it at every
 * position instead of making those two calls, which V8 does not inline (they are too long) and
 * which run uncompiled for the first part of a long draft (docs/architecture.md, "Cold code").
 */
function placeEnds(lengths: NameLengths | undefined): Uint8Array {
  let ends = lengths ? PLACE_ENDS.get(lengths) : genericEnds;
  if (ends) return ends;
  ends = lengths ? lengths.endingCodes() : new Uint8Array(0x10000);
  for (const code of GENERIC_LAST_CODES) ends[code] = 1;
  if (lengths) PLACE_ENDS.set(lengths, ends);
  else genericEnds = ends;
  return ends;
}

/** Generics trusted without the gazetteer when a clear boundary precedes a two-to-four-character name. */
const UNKNOWN_OK = new Set(['镇', '乡', '街道', '社区', '苏木', '村']);
const UNKNOWN_OK_WITHOUT_GAZETTEER = new Set([...UNKNOWN_OK, '县']);
/** Common nouns built on a generic: a name ending in one is prose, not a place (特色小镇, 示范村). */
const COMMON_NOUN_ENDINGS = [
  '小镇', '古镇', '名镇', '重镇', '强镇', '城镇', '乡镇', '村镇', '新村', '山村', '农村', '乡村', '渔村', '示范村', '行政村',
  '自然村', '贫困村', '重点村', '专业村', '中心村', '新社区', '老社区',
  // Words ending in 乡 that are not townships (95后返乡青年, 城乡居民).
  '返乡', '回乡', '家乡', '故乡', '老乡', '同乡', '城乡', '下乡', '他乡', '异乡', '思乡', '还乡',
  // Japan's prefectures as a class: 都|道府县 is no county.
  '都道府县',
];
const GENERIC_NOUNS = new Set(['城区', '矿区', '郊区', '市区', '街道', '农场', '林场', '盐场', '新区']);
/** Counting characters: before a generic they count places, they do not name one (麻岗、树仔两镇, 几个村). */
const COUNTING = new Set('两几数诸多个');
/** 县: a name ending in it may be a county's short form (isCountyShortForm). */
const COUNTY = '县'.charCodeAt(0);
/**
 * 市民, 县民, 区民 after a common word no division has (大量|市民, 启动|市民兵): the generic starts the
 * word for a place's people, not a misspelt city's name. A body that is no word is still read as a
 * slip (广周|市民 for 广州), and a known name keeps its generic (北京市|民政局 is 北京市).
 */
const RESIDENTS = /^[市县区]民/;
/** Named zones, read back like organisations (会宁工业集中区, 马铃薯加工产业园). */
const ZONE_RE = /工业集中区|工业园区|产业园区|产业园|开发区|高新区|示范区|物流园|园区/g;

/**
 * Places: official names from the gazetteer wherever they stand (会宁县), and unknown towns,
 * townships, streets and villages by their generic where a clear boundary — a known place, a stop
 * word, punctuation — starts a two-to-four-character name (会宁县|杨集镇, 走进|张家湾村).
 */
export function extractPlaces(scope: ParagraphScope): Mention[] {
  const { text, index } = scope;
  const lengths = index ? placeNameLengths(index) : undefined;
  const accepted: { start: number; end: number; generic: string; known: boolean }[] = [];
  const ends = new Set<number>();
  const boundaryAt = (j: number): boolean => j === 0 || !isHan(text[j - 1]) || ends.has(j) || stopWordEndsAt(text, j);
  const slipShaped = index ? countySlipShapes(index) : undefined;
  const mayEnd = placeEnds(lengths);

  for (let i = 0; i < text.length; i++) {
    if (mayEnd[text.charCodeAt(i)] === 0) continue;
    const end = i + 1;
    const candidate = knownAt(text, end, index, lengths, boundaryAt) ?? unknownAt(text, end, index, boundaryAt, slipShaped, scope.bounds, ends);
    if (!candidate) continue;
    while (accepted.length > 0 && accepted[accepted.length - 1]!.end > candidate.start && accepted[accepted.length - 1]!.start >= candidate.start) {
      ends.delete(accepted.pop()!.end);
    }
    const last = accepted[accepted.length - 1];
    if (last && last.end > candidate.start) continue;
    accepted.push(candidate);
    ends.add(candidate.end);
  }
  const zones = extractZones(scope);
  // A zone's generic may itself be listed as a division (工业集中区); the zone is the name written.
  const zoneEnds = new Set(zones.map((z) => z.end - scope.offset));
  // One list from one literal, pushed to: V8 then learns its element kind once. A spread or a push onto
  // map()'s result (which starts out as a list of small integers when empty) deoptimized this function
  // at each new pairing of empty and filled lists, and TurboFan compiled it five times per run.
  const mentions: Mention[] = [];
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k]!;
    if (!zoneEnds.has(c.end)) mentions.push(placeMention(scope, c.start, c.end, c.generic));
  }
  for (let k = 0; k < zones.length; k++) mentions.push(zones[k]!);
  return mentions;
}

function knownAt(
  text: string,
  end: number,
  index: GazetteerIndex | undefined,
  lengths: NameLengths | undefined,
  boundaryAt: (j: number) => boolean,
): { start: number; end: number; generic: string; known: boolean } | undefined {
  if (!index || !lengths) return undefined;
  // Indexed loops here and below: asked at every position, these run before V8 optimizes them, and
  // there for-of allocates an iterator and a result per step (docs/architecture.md, "Cold code").
  const candidates = lengths.endingAt(text, end);
  for (let k = 0; k < candidates.length; k++) {
    const len = candidates[k]!;
    if (len > end) continue;
    if (!index.hasNameAt(text, end - len, end) && !(text.charCodeAt(end - 1) === COUNTY && isCountyShortForm(index, text.slice(end - len, end)))) continue;
    const name = text.slice(end - len, end);
    // Two-character names (沛县, 张镇) are too easily part of a longer word; trust them only after a boundary.
    if (len === 2 && (GENERIC_NOUNS.has(name) || !boundaryAt(end - len))) continue;
    const generic = genericOf(name);
    if (genericStartsWord(text, end - generic.length)) continue;
    return { start: end - len, end, generic, known: true };
  }
  return undefined;
}

/** A county written as its short name and 县 (白沙县 for 白沙黎族自治县): the county itself. */
function isCountyShortForm(index: GazetteerIndex, name: string): boolean {
  return countiesByShortForm(index, name).length > 0;
}

function countiesByShortForm(index: GazetteerIndex, name: string): Place[] {
  if (!name.endsWith('县') || name.length < 3) return [];
  return index.shortNamed(name.slice(0, -1)).filter((p) => p.level === 'county' && p.name !== name);
}

function unknownAt(
  text: string,
  end: number,
  index: GazetteerIndex | undefined,
  boundaryAt: (j: number) => boolean,
  slipShaped: ((text: string, start: number, end: number) => boolean) | undefined,
  bounds: () => WordBounds,
  placeEnds: ReadonlySet<number>,
): { start: number; end: number; generic: string; known: boolean } | undefined {
  if (!GENERIC_LAST_CHARS.has(text.charCodeAt(end - 1))) return undefined;
  const generic = genericEndingAt(text, end);
  if (!generic) return undefined;
  if (index && slipShaped && COUNTY_GENERICS.has(generic)) return countySlipAt(text, end, generic, index, boundaryAt, slipShaped, bounds, placeEnds);
  if (!(index ? UNKNOWN_OK : UNKNOWN_OK_WITHOUT_GAZETTEER).has(generic)) return undefined;
  const bodyEnd = end - generic.length;
  // A generic written twice is a name and the next word (五一乡|乡长, 龙凤村|村民, 丽岗镇|镇安村), never one name.
  const before = text[bodyEnd - 1] ?? '';
  // …乡副乡长: the generic of the name before, then a deputy's title, is no name of its own.
  const deputy = (before === '副' || before === '正') && text[bodyEnd - 2] === generic;
  if (COUNTING.has(before) || before === generic || deputy || genericStartsWord(text, bodyEnd)) return undefined;
  if (!isHan(text[bodyEnd - 1]) || STOP_CHARS.has(text[bodyEnd - 1]!)) return undefined;
  for (let len = 2; len <= 4 && len <= bodyEnd; len++) {
    const start = bodyEnd - len;
    // Each longer body adds one character before the last: only that one is new.
    if (!isHan(text[start]) || STOP_CHARS.has(text[start]!)) return undefined;
    if (!boundaryAt(start)) continue;
    if (endsInCommonNoun(text, start, end)) return undefined;
    return { start, end, generic, known: false };
  }
  return undefined;
}

/**
 * Common nouns that end in a county's generic: two generics (市区 the city proper, 省区 provinces and
 * regions, 市县 cities and counties) and kinds of area (景区 a scenic area, 园区, 山区, 辖区).
 */
const NOUNS_ON_A_GENERIC = new Set([
  '市区', '省区', '市县', '县市', '县区', '区县', '省市', '旗县', '盟市',
  '景区', '园区', '山区', '城区', '辖区', '社区', '小区', '校区', '片区', '街区', '厂区', '矿区', '库区', '林区', '牧区', '灾区', '湖区', '展区', '赛区',
]);

/**
 * A city or county name no division has that a sound-alike slip of one explains (徐吻县 for 徐闻县);
 * the gazetteer check judges it. A clear boundary must precede it, as for unknown towns, a
 * province or city written short (贵州|习谁县) or a word of two or more characters (督促|南庵市),
 * but not just any character (伊|普尔市, a foreign name read in pieces); it must not be a
 * one-character county after its province (陕西|凤县, 河南|滑县), its generic must not start a
 * common word (市场, 区域), and its body must not be a common word unless a province or city stands
 * before it (到定向县任教 is "the county assigned").
 */
function countySlipAt(
  text: string,
  end: number,
  generic: string,
  index: GazetteerIndex,
  boundaryAt: (j: number) => boolean,
  slipShaped: (text: string, start: number, end: number) => boolean,
  bounds: () => WordBounds,
  placeEnds: ReadonlySet<number>,
): { start: number; end: number; generic: string; known: boolean } | undefined {
  const bodyEnd = end - generic.length;
  // Each longer body adds one character before the last: every character read must be Han.
  if (!isHan(text[bodyEnd - 1])) return undefined;
  for (let len = 2; len <= 3 && len <= bodyEnd; len++) {
    const start = bodyEnd - len;
    if (!isHan(text[start])) return undefined;
    if (!slipShaped(text, start, end)) continue;
    // The slips first: remembered per name, they rule out most candidates before the segmenter is asked.
    if (countySlips(index, text.slice(start, end)).length === 0) continue;
    const afterRegion = placeEnds.has(start) || shortNamedEndingAt(index, text, start).length > 0;
    if (!(boundaryAt(start) || afterRegion || afterWord(bounds(), start))) continue;
    if (divisionGenericStartsWord(text, bodyEnd) || endsInCommonNoun(text, 0, end)) return undefined;
    // 离|市区, 七|省区, 新|景区: the generic ends a common noun, not a county's name, unless a province or city stands before.
    if (!afterRegion && NOUNS_ON_A_GENERIC.has(text.slice(bodyEnd - 1, end))) return undefined;
    if (RESIDENTS.test(text.slice(bodyEnd, bodyEnd + 2)) && isOneWord(bounds(), start, bodyEnd)) return undefined;
    // 到定向|县: a common word and the generic, with no province or city before, is "the county so described".
    if (!afterRegion && isOneWord(bounds(), start, bodyEnd)) return undefined;
    // 新县|县委: the body is a real county, so the generic after it starts the next word.
    if (text[bodyEnd - 1] === generic && index.hasName(text.slice(start, bodyEnd))) return undefined;
    // A one-character county after its province written short is that county (陕西|凤县), not 西凤县.
    if (index.hasName(text.slice(bodyEnd - 1, end)) && shortNamedEndingAt(index, text, bodyEnd - 1).length > 0) return undefined;
    return { start, end, generic, known: false };
  }
  return undefined;
}

/** Whether a dictionary word of two or more characters ends at `at` (督促|, 起诉|): what follows starts a word of its own. */
function afterWord(bounds: WordBounds, at: number): boolean {
  return at >= 2 && bounds.isBoundary(at) && bounds.startOfWordEndingAt(at) <= at - 2;
}

function genericEndingAt(text: string, end: number): string | undefined {
  for (let k = 0; k < DIVISION_GENERICS.length; k++) {
    const g = DIVISION_GENERICS[k]!;
    if (text.startsWith(g, end - g.length)) return g;
  }
  return undefined;
}

/** Whether text[start, end) ends in a common noun built on a generic (特色小镇); read in place, no name string made. */
function endsInCommonNoun(text: string, start: number, end: number): boolean {
  for (let k = 0; k < COMMON_NOUN_ENDINGS.length; k++) {
    const w = COMMON_NOUN_ENDINGS[k]!;
    if (end - w.length >= start && text.startsWith(w, end - w.length)) return true;
  }
  return false;
}

function stopWordEndsAt(text: string, j: number): boolean {
  return STOP_WORDS.has(text.slice(j - 1, j)) || (j >= 2 && STOP_WORDS.has(text.slice(j - 2, j)));
}

function genericOf(name: string): string {
  return DIVISION_GENERICS.find((g) => name.endsWith(g) && name.length > g.length) ?? name.slice(-1);
}

function placeMention(scope: ParagraphScope, start: number, end: number, generic: string): Mention {
  const text = scope.text.slice(start, end);
  const abs = scope.offset + start;
  return {
    kind: 'place',
    start: abs,
    end: abs + text.length,
    text,
    form: mentionForm(abs, abs + text.length, text),
    category: generic,
    sentence: scope.sentenceAt(start),
    places: scope.index ? namedPlaces(scope.index, text) : [],
  };
}

function namedPlaces(index: GazetteerIndex, name: string): Place[] {
  const named = index.named(name);
  return named.length > 0 ? named : countiesByShortForm(index, name);
}

function extractZones(scope: ParagraphScope): Mention[] {
  const mentions: Mention[] = [];
  const matches = allMatches(ZONE_RE, scope.text);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const bounds = scope.bounds();
    if (!bounds.isBoundary(m.index)) continue;
    const name = scanNameBack(scope.text, m.index, bounds, scope.index);
    if (!name) continue;
    const end = m.index + m[0].length;
    mentions.push({
      kind: 'place',
      start: scope.offset + name.start,
      end: scope.offset + end,
      text: scope.text.slice(name.start, end),
      form: mentionForm(scope.offset + name.coreStart, scope.offset + m.index, scope.text.slice(name.coreStart, m.index)),
      category: 'zone',
      sentence: scope.sentenceAt(m.index),
    });
  }
  return mentions;
}
