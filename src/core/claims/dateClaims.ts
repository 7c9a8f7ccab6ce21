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
  ]
    .map((p) => `(?<![0-9０-９])(?:${p})${WEEKDAY}`)
    .join('|'),
  'g',
);

/** Dates (2023年7月10日, 6月2日, 2022年, 2023-07-10), with a weekday that follows them. */
export function dateClaims(text: string): RawClaim[] {
  return allMatches(DATE_RE, text).map((m) => ({ type: 'date', start: m.index, end: m.index + m[0].length }));
}
