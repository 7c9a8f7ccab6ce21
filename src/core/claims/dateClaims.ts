import type { RawClaim } from './claim';
import { allMatches } from '../text/allMatches';

const D = '[0-9０-９]';
const CN_YEAR = '[〇零一二三四五六七八九]{4}';
const WEEKDAY = '(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?';
const DATE_RE = new RegExp(
  [
    `(?:${D}{4}|${CN_YEAR})年(?:${D}{1,2}月(?:${D}{1,2}[日号])?)?`,
    `${D}{1,2}月${D}{1,2}[日号]`,
    `${D}{1,2}月(?![0-9０-９])`,
    `${D}{4}[-/.]${D}{1,2}[-/.]${D}{1,2}`,
    // A day of the current month as news writes it (韩正21日在太原, 当地时间13日中午): not 5日游, 3日内, 第5日 or 连续3日.
    `(?<![第续每数近前后这那几头末满达共])${D}{1,2}[日号](?=上午|下午|中午|晚|早|凌晨|夜|在|电|召开|举行|发布|宣布|表示|说|至|起|[，、])`,
  ]
    .map((p) => `(?<![0-9０-９])(?:${p})${WEEKDAY}`)
    .join('|'),
  'g',
);

/** Dates (2023年7月10日, 6月2日, 2022年, 2023-07-10, 21日 before 在 or 上午), with a weekday that follows them. */
export function dateClaims(text: string): RawClaim[] {
  return allMatches(DATE_RE, text).map((m) => ({ type: 'date', start: m.index, end: m.index + m[0].length }));
}
