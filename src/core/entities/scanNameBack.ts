import { isWithin, type GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { isHanCode } from '../text/cjk';
import { regionEndingAt } from './regionPrefixes';
import { PROSE_WORDS } from './stopWords';
import { BODIES_JOINED_BY_AND } from './departmentNames';
import type { WordBounds } from './wordBounds';

/** Where a name that ends in a generic (…有限公司, …产业园) starts: its region prefix, then its own part. */
export interface ScannedName {
  start: number;
  /** Start of the name's own part, after any region prefix. */
  coreStart: number;
}

/**
 * A count or a pointer before the suffix (多家|银行, 三所|学校, 这些|公司) says how many or which, it
 * names none: read as one word or as a quantity and a classifier the segmenter split.
 */
const COUNT_WORDS = new Set([...'一二两三四五六七八九十几多各每数这那哪该此某'].map((ch) => ch.charCodeAt(0)));
const CLASSIFIERS = new Set([...'家所个座名位批些'].map((ch) => ch.charCodeAt(0)));

/** Whether a classifier at `at` follows a count or pointer (多家, or 多|家 split by the segmenter). */
function countsAt(text: string, at: number): boolean {
  return CLASSIFIERS.has(text.charCodeAt(at)) && COUNT_WORDS.has(text.charCodeAt(at - 1));
}

/** A name's own part longer than this has no trustworthy start (the scan ran into ordinary prose). */
const MAX_CORE = 10;

/**
 * Reads backwards word by word from `suffixStart` over the name's own part until a region name
 * (天津, 会宁县), a stop word (的, 引进, 授予), a verb taking a body (要求, 送到), a clause opener
 * (因为, 如今), a count (多家, 三所)
 * or anything but Han/Latin letters; then takes the
 * chain of region names (天津市和平区). Undefined when nothing, or too much, stands before the suffix.
 */
export function scanNameBack(text: string, suffixStart: number, bounds: WordBounds, index: GazetteerIndex | undefined): ScannedName | undefined {
  // 国家发展和改革|委员会: the 和 of a listed body is read over, not taken for a conjunction.
  let pos = suffixStart - (BODIES_JOINED_BY_AND.find((body) => text.startsWith(body, suffixStart - body.length))?.length ?? 0);
  while (pos > 0 && regionEndingAt(text, pos, index) === 0) {
    // A word ending in anything but a Han or Latin letter is no name word: stop before asking the segmenter, which costs a call into ICU.
    if (!isNameCode(text.charCodeAt(pos - 1))) break;
    const wordStart = bounds.startOfWordEndingAt(pos);
    const word = text.slice(wordStart, pos);
    // 联合 is a stop word (联合|甘肃…公司), but not as the first two characters of 联合国 (联合国儿童基金会).
    const unitedNations = word === '联合' && text[pos] === '国' && text[pos + 1] !== '家';
    if ((PROSE_WORDS.has(word) && !unitedNations) || countsAt(text, wordStart) || (word.length === 2 && countsAt(word, 1)) || !isNameWord(word)) break;
    if (suffixStart - wordStart > MAX_CORE) return undefined;
    pos = wordStart;
  }
  let coreStart = pos;
  const regions: [number, number][] = [];
  let start = pos;
  // A county whose name is also a verb or a clause opener (会同, 比如) is read as the word: 会同|人民银行.
  for (let region = regionEndingAt(text, start, index); region > 0 && !PROSE_WORDS.has(text.slice(start - region, start)); region = regionEndingAt(text, start, index)) {
    regions.unshift([start - region, start]);
    start -= region;
  }
  // A region that does not lie within the one before it is part of the own name (云南楚雄|嘉禾菌业: 嘉禾县 is in Hunan).
  if (index && regions.length >= 2) {
    const [outer, inner] = [regions[regions.length - 2]!, regions[regions.length - 1]!];
    if (!liesWithin(index, text.slice(...inner), text.slice(...outer))) coreStart = inner[0];
  }
  return suffixStart - start >= 2 ? { start, coreStart } : undefined;
}

/** Whether some division written `inner` lies within some division written `outer` (full or short names). */
function liesWithin(index: GazetteerIndex, inner: string, outer: string): boolean {
  const outers = [...index.named(outer), ...index.shortNamed(outer)];
  return [...index.named(inner), ...index.shortNamed(inner)].some((p) => outers.some((o) => isWithin(p, o.code)));
}

/** Han characters (of the BMP, as isHan reads one) and Latin letters only, read by code. */
function isNameWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isNameCode(word.charCodeAt(i))) return false;
  return word.length > 0;
}

/** A Han character or a Latin letter, by code: what isNameWord accepts of one UTF-16 unit. */
function isNameCode(code: number): boolean {
  return isHanCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
