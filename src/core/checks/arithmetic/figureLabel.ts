import type { Quantity } from '../../numbers/quantity';
import { isUnifiedHanCode } from '../../text/cjk';

/** A label is read back this far: longer runs are prose, not the name of one figure. */
const LONGEST_LABEL = 16;

/** The Han characters written right before `q` (资产总额 in 资产总额80.8万亿元), up to a label's length. */
export function hanBefore(text: string, q: Quantity): string {
  let at = q.start;
  while (at > 0 && q.start - at < LONGEST_LABEL && isUnifiedHanCode(text.charCodeAt(at - 1))) at--;
  return text.slice(at, q.start);
}

/** What a figure counts, written right after it: up to two Han characters (193件|规章, 80个|项目), '' when none. */
const COUNTED = /^[\u4e00-\u9fff]{0,2}/;

/** The one or two Han characters written right after `q` (项目 in 80个项目), '' when none stand there. */
export function countedAfter(text: string, q: Quantity): string {
  return COUNTED.exec(text.slice(q.end, q.end + 2))![0];
}

/** Labels that end alike in this many characters name the same thing (总额, 窝点, 资金). */
export const SHARED_LABEL = 2;

/** How many characters two labels share at their ends (负债总额 and 中央负债总额: 4). */
export function sharedEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
