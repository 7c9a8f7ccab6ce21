import { parseChineseNumeral } from './chineseNumeral';
import { normalizeDigits } from './normalizeDigits';
import type { Approx, NumeralForm, Quantity } from './quantity';
import { isMeasureKind, matchUnit, unitInfo } from './units';
import { codeAt, isAsciiAlnumCode, isAsciiDigitCode, isAsciiLetterCode } from '../text/chineseContext';
import { CodeSet } from '../text/codeSet';
import { firstWrittenAt } from '../text/firstWrittenAt';

const CN_DIGIT = '〇零一二两三四五六七八九';
const CN_NUMERAL = `[${CN_DIGIT}十百千万亿]+(?:点[〇零一二三四五六七八九]+[万亿]?)?`;
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?`;
const NUMERAL = `百分之(?:${ARABIC}|${CN_NUMERAL})|${ARABIC}|${CN_NUMERAL}`;
const NUMERAL_RE = new RegExp(NUMERAL, 'g');
/** The same, anchored: a range's second number must start right after the link. */
const NUMERAL_AT = new RegExp(NUMERAL, 'y');
/** The characters that make a run of numeral characters a number (not 百, 千, 万 or 亿 alone). */
const CN_DIGIT_CODES = new Set([...`${CN_DIGIT}十`].map((ch) => ch.charCodeAt(0)));

const SCALES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 100 };
/**
 * Words before a figure that make it a bound or an estimate, not a value. A negated comparison comes
 * before the comparison it holds (不超过 bounds from above, 超过 from below), since the first written
 * just before the figure is taken. Comparisons (大于50公斤, 小于8个太阳质量) set thresholds: two
 * under one label are two classes, not one figure stated twice.
 */
const PREFIXES: [string, Approx][] = [
  ['大约', 'about'], ['约', 'about'], ['将近', 'under'], ['接近', 'under'], ['近', 'under'],
  ['不到', 'under'], ['不足', 'under'], ['不超过', 'under'], ['超过', 'over'], ['超', 'over'], ['逾', 'over'],
  ['不少于', 'over'], ['至少', 'over'], ['不低于', 'over'], ['低于', 'under'], ['不高于', 'under'], ['高于', 'over'],
  ['不大于', 'under'], ['大于', 'over'], ['不小于', 'over'], ['小于', 'under'], ['多于', 'over'], ['少于', 'under'],
];
const SUFFIXES: [string, Approx][] = [['左右', 'about'], ['上下', 'about'], ['以上', 'over'], ['以下', 'under'], ['之多', 'over']];
/**
 * The last characters of the prefixes and the first of the suffixes and scale words: every numeral
 * of a draft asks what is written beside it, and most have none of these there, which one array
 * read answers before any word is compared.
 */
const PREFIX_LASTS = new CodeSet(PREFIXES.map(([prefix]) => prefix.charCodeAt(prefix.length - 1)));
const SUFFIX_FIRSTS = new CodeSet(SUFFIXES.map(([suffix]) => suffix.charCodeAt(0)));
/** 百分之一点多 (1.x %), 百分之十几 (11–19 %): a percentage in words that names no exact figure. */
export const ROUGH_TAIL = /^(?:点[多几]|几)/;
/** What may follow a Chinese numeral other than a unit: 多/余, 成, a range link. */
const CHINESE_TAIL = new Set([...'多余成—–-~～至到'].map((ch) => ch.charCodeAt(0)));
/** Range links of one character, by code; a dash may be doubled (3——5). */
const RANGE_LINK_CODES = new Set([...'—–-~～至到'].map((ch) => ch.charCodeAt(0)));
/**
 * Characters the numeral and tail readers compare by code: V8 compiles a comparison of codes to far
 * less than one of one-character strings, and the readers are compiled on every long check
 * (docs/speed-log.md, where a 1 MB check's CPU goes by kind of work).
 */
const EM_DASH = 0x2014;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const DI = 0x7b2c; // 第
const DUO = 0x591a; // 多
const YU = 0x4f59; // 余
const CHENG = 0x6210; // 成
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
const SCALE_WORDS = ['万亿', '亿', '万', '千', '百'];
const SCALE_FIRSTS = new CodeSet(SCALE_WORDS.map((word) => word.charCodeAt(0)));

interface Reading {
  start: number;
  end: number;
  value: number;
  lastPlace: number;
  form: NumeralForm;
  hasSeparator: boolean;
  chinesePercent: boolean;
  integerDigits: number;
}

/**
 * Every quantity in `text` (one paragraph), in order. Chinese numerals are read only when a unit
 * follows (两万人, 三千九百二十七万元) so 一些, 统一, 万一, 第一, 十分 and 千万(不要) stay words.
 * O(n): one regex pass, each numeral's tail read in a few characters.
 */
export function readQuantities(raw: string): Quantity[] {
  const text = normalizeDigits(raw);
  const out: Quantity[] = [];
  NUMERAL_RE.lastIndex = 0;
  for (let m = NUMERAL_RE.exec(text); m; m = NUMERAL_RE.exec(text)) {
    const first = readNumeral(text, m.index, m[0]);
    const q = first ? readTail(text, first) : null;
    if (q) {
      out.push(q);
      NUMERAL_RE.lastIndex = q.end;
    }
  }
  return out;
}

function readNumeral(text: string, at: number, token: string): Reading | null {
  const before = codeAt(text, at - 1);
  if (isAsciiAlnumCode(before) || before === DOT || before === DI) return null;
  const chinesePercent = token.startsWith('百分之');
  const body = chinesePercent ? token.slice(3) : token;
  const bodyAt = at + (chinesePercent ? 3 : 0);
  const end = at + token.length;
  if (isAsciiDigitCode(body.charCodeAt(0))) {
    const after = codeAt(text, end);
    if (isAsciiLetterCode(after)) return null;
    if (before === HYPHEN || (after === HYPHEN && isAsciiDigitCode(codeAt(text, end + 1)) && body.charCodeAt(0) === ZERO)) return null;
    const hasSeparator = body.includes(',');
    const plain = hasSeparator ? body.replace(/,/g, '') : body;
    const dot = plain.indexOf('.');
    const decimals = dot === -1 ? 0 : plain.length - dot - 1;
    return {
      start: at,
      end: at + token.length,
      value: Number(plain),
      lastPlace: 10 ** -decimals,
      form: chinesePercent ? 'mixed' : 'arabic',
      hasSeparator,
      chinesePercent,
      integerDigits: (dot === -1 ? plain : plain.slice(0, dot)).length,
    };
  }
  if (!hasChineseDigit(body)) return null;
  // Most Chinese-numeral candidates are ordinary words (一些, 统一): dropped before any parsing.
  if (!chinesePercent && !matchUnit(text, end) && !CHINESE_TAIL.has(codeAt(text, end))) return null;
  const year = text.startsWith('年', bodyAt + body.length);
  const parsed = parseChineseNumeral(body, { digitByDigit: year });
  if (!parsed) return null;
  return {
    start: at,
    end: at + token.length,
    value: parsed.value,
    lastPlace: parsed.lastPlace,
    form: 'chinese',
    hasSeparator: false,
    chinesePercent,
    integerDigits: String(Math.floor(parsed.value)).length,
  };
}

/** Scale, 多/余, unit, suffix, a range's second number and a prefix around a numeral. */
function readTail(text: string, n: Reading): Quantity | null {
  let pos = n.end;
  let scale = 1;
  let more = false;
  let scaleText = n.form === 'chinese' ? scaleEndingNumeral(text, n.start, n.end) : '';
  const displayScale = scaleText ? SCALES[scaleText]! : 1;
  let unit = n.chinesePercent ? '%' : matchUnit(text, pos);
  if (!unit && !n.chinesePercent) {
    if (isMoreCode(codeAt(text, pos))) { more = true; pos++; }
    const s = scaleAt(text, pos);
    if (s && (n.form !== 'chinese' || more)) { scale = SCALES[s]!; scaleText = s; pos += s.length; }
    if (!more && isMoreCode(codeAt(text, pos))) { more = true; pos++; }
    unit = matchUnit(text, pos);
  }
  const link = rangeLinkLength(text, pos);
  if (link > 0 && !more) {
    const second = rangeSecond(text, pos + link, n);
    if (second) return second;
  }
  if (!unit && codeAt(text, pos) === CHENG && n.form === 'chinese' && n.value >= 2 && n.value <= 9) unit = '成';
  if (!unit) {
    if (n.form === 'chinese' && !n.chinesePercent) return null;
  } else if (!n.chinesePercent) pos += unit.length;
  const info = unit === '成' ? { kind: 'percent', factor: 10 } : unit ? unitInfo(unit) : undefined;
  const kind = info?.kind ?? 'bare';
  const factor = (info?.factor ?? 1) * scale;
  let approx: Approx | null = more ? 'more' : null;
  let start = n.start;
  const prefix = prefixEndingAt(text, n.start);
  if (prefix && !approx) { approx = prefix[1]; start -= prefix[0].length; }
  const suffix = suffixAt(text, pos);
  if (suffix && !approx) { approx = suffix[1]; pos += suffix[0].length; }
  if (!approx && codeAt(text, pos) === DUO && unit && kind !== 'time') { approx = 'more'; pos++; }
  const vague = n.chinesePercent && n.form === 'chinese' && !approx ? ROUGH_TAIL.exec(text.slice(pos, pos + 2))?.[0] : undefined;
  if (vague) { approx = 'more'; pos += vague.length; }
  const value = n.value * factor;
  const lastPlace = kind === 'percent' && unit !== '成' ? Math.min(n.lastPlace, 1) : n.lastPlace;
  const rounding = (lastPlace * factor) / 2;
  // 126人, 721元: a whole count in the base unit is exact, not rounded to the nearest one.
  const wholeCount = factor === 1 && Number.isInteger(n.value) && isMeasureKind(kind);
  const range = bounds(value, wholeCount ? 0 : rounding, approx, n.value, factor);
  return {
    start,
    end: pos,
    numStart: n.start,
    numEnd: n.end,
    value,
    lo: range[0],
    hi: range[1],
    rounding,
    kind,
    unitText: `${scaleText}${unit ?? ''}`,
    displayFactor: factor * displayScale,
    approx,
    isRange: false,
    form: n.form === 'arabic' && scaleText ? 'arabic' : n.form,
    hasSeparator: n.hasSeparator,
    chinesePercent: n.chinesePercent,
    integerDigits: n.integerDigits,
  };
}

/** The first scale word written at `at`. */
function scaleAt(text: string, at: number): string | undefined {
  return SCALE_FIRSTS.has(text.charCodeAt(at)) ? firstWrittenAt(SCALE_WORDS, text, at) : undefined;
}

/** The first prefix written just before `end` (before the numeral). */
function prefixEndingAt(text: string, end: number): [string, Approx] | undefined {
  if (!PREFIX_LASTS.has(text.charCodeAt(end - 1))) return undefined;
  for (const affix of PREFIXES) if (text.startsWith(affix[0], end - affix[0].length)) return affix;
  return undefined;
}

/** The first suffix written at `at` (after the unit). */
function suffixAt(text: string, at: number): [string, Approx] | undefined {
  if (!SUFFIX_FIRSTS.has(text.charCodeAt(at))) return undefined;
  for (const affix of SUFFIXES) if (text.startsWith(affix[0], at)) return affix;
  return undefined;
}

/** Length of the range link at `at` (—, ——, –, -, ~, ～, 至, 到), 0 when none. */
function rangeLinkLength(text: string, at: number): number {
  const code = codeAt(text, at);
  if (!RANGE_LINK_CODES.has(code)) return 0;
  return code === EM_DASH && codeAt(text, at + 1) === EM_DASH ? 2 : 1;
}

/** 万亿, 亿 or 万 closing a Chinese numeral (三千九百二十七万), '' when none. */
function scaleEndingNumeral(text: string, start: number, end: number): string {
  const last = codeAt(text, end - 1);
  if (last === YI) return end - 2 >= start && codeAt(text, end - 2) === WAN ? '万亿' : '亿';
  return last === WAN ? '万' : '';
}

function hasChineseDigit(body: string): boolean {
  for (let i = 0; i < body.length; i++) if (CN_DIGIT_CODES.has(body.charCodeAt(i))) return true;
  return false;
}

/** 多 or 余 after a figure: more than it. */
function isMoreCode(code: number): boolean {
  return code === DUO || code === YU;
}

/** 3—5万元, 3至5人: the second number carries the unit for both. */
function rangeSecond(text: string, at: number, low: Reading): Quantity | null {
  NUMERAL_AT.lastIndex = at;
  const m = NUMERAL_AT.exec(text);
  if (!m) return null;
  const second = readNumeral(text, at, m[0]);
  if (!second || second.form !== low.form || second.chinesePercent) return null;
  const high = readTail(text, second);
  if (!high || high.isRange || high.kind === 'bare' || high.kind === 'time') return null;
  const lowValue = low.value * high.displayFactor;
  if (lowValue > high.value) return null;
  return { ...high, start: low.start, numStart: low.start, value: (lowValue + high.value) / 2, lo: lowValue - high.rounding, isRange: true, approx: null };
}

function bounds(value: number, rounding: number, approx: Approx | null, written: number, factor: number): [number, number] {
  switch (approx) {
    case 'about':
      return [value * 0.9 - rounding, value * 1.1 + rounding];
    case 'under':
      return [value * 0.8 - rounding, value + rounding];
    case 'over':
      return [value - rounding, Infinity];
    case 'more':
      return [value, value + leadingPlace(written) * factor];
    default:
      return [value - rounding, value + rounding];
  }
}

/** The place of the last non-zero digit: 3000 → 1000, 35 → 1, 3.5 → 0.1 (3000多 means below 4000). */
function leadingPlace(v: number): number {
  let place = 1;
  if (v === 0) return 1;
  while (v % (place * 10) === 0) place *= 10;
  while (Math.abs(v / place - Math.round(v / place)) > 1e-9) place /= 10;
  return place;
}
