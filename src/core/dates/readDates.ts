import { parseChineseNumeral } from '../numbers/chineseNumeral';
import { normalizeDigits } from '../numbers/normalizeDigits';
import type { DateMention } from './dateMention';

const CN = '[〇零一二三四五六七八九十]';
const NUM = `(?:\\d{1,4}|${CN}{1,4})`;
const DATE_RE = new RegExp(
  `(今年|去年|明年)?(?:(${NUM})年)?(${NUM})月(?:(${NUM})[日号])?` +
    `|(?<![\\d/.-])(\\d{4})([/.-])(\\d{1,2})\\6(\\d{1,2})(?![\\d/.-]*\\d)` +
    `|(上月|本月|下月)(${NUM})[日号]`,
  'g',
);
const WEEKDAY_RE = /^\s*[（(]?\s*(?:星期|礼拜|周)([日天一二三四五六])\s*[）)]?/;
const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const RELATIVE = { 今年: 'this', 去年: 'last', 明年: 'next' } as const;
const RELATIVE_MONTH = { 上月: -1, 本月: 0, 下月: 1 } as const;
/** 24月龄 (an age in months, as paediatrics writes it): a 月 followed by this is no month of the year. */
const AGE_IN_MONTHS = '龄';
/** 农历八月十五, 正月十五月圆之夜: lunar dates are not Gregorian months and days. */
const LUNAR_BEFORE = /(?:农历|阴历|夏历|正月|腊月|冬月)$/;

/**
 * Dates in `raw`: 2020年6月2日, 二〇二三年七月, 今年8月, 6月2日, 2023/07/10, 上月28日 — with a weekday
 * if one follows. A month relative to the dateline (上月) is left for the caller to resolve.
 * O(n): one regex pass.
 */
export function readDates(raw: string): DateMention[] {
  const text = normalizeDigits(raw);
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const before = text[m.index - 1];
    if (before !== undefined && /[\d第]/.test(before)) continue;
    if (LUNAR_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (m[3] !== undefined && m[4] === undefined && text[m.index + m[0].length] === AGE_IN_MONTHS) continue;
    const mention = m[9] ? relativeMonthDate(m) : m[5] ? numericDate(m) : chineseStyleDate(m);
    if (!mention) continue;
    const wd = WEEKDAY_RE.exec(text.slice(mention.end, mention.end + 8));
    if (wd && mention.day !== undefined) {
      mention.weekday = { value: WEEKDAYS[wd[1]!]!, start: mention.end, end: mention.end + wd[0].length };
    }
    out.push(mention);
  }
  return out;
}

function numericDate(m: RegExpExecArray): DateMention {
  return {
    start: m.index,
    end: m.index + m[0].length,
    year: Number(m[5]),
    month: Number(m[7]),
    day: Number(m[8]),
    relativeYear: null,
  };
}

function chineseStyleDate(m: RegExpExecArray): DateMention | null {
  const month = numberOf(m[3]!);
  if (month === undefined) return null;
  const year = m[2] === undefined ? undefined : numberOf(m[2], true);
  const day = m[4] === undefined ? undefined : numberOf(m[4]);
  if (m[2] !== undefined && year === undefined) return null;
  if (m[4] !== undefined && day === undefined) return null;
  // A bare 3月 counts only as a month name; 12个月 never matches (个 breaks it).
  return {
    start: m.index,
    end: m.index + m[0].length,
    year,
    month,
    day,
    relativeYear: m[1] ? RELATIVE[m[1] as keyof typeof RELATIVE] : null,
  };
}

function relativeMonthDate(m: RegExpExecArray): DateMention | null {
  const day = numberOf(m[10]!);
  if (day === undefined) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    day,
    relativeYear: null,
    relativeMonth: RELATIVE_MONTH[m[9] as keyof typeof RELATIVE_MONTH],
  };
}

function numberOf(text: string, digitByDigit = false): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseNumeral(text, { digitByDigit })?.value;
}
