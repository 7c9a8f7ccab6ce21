import type { Quantity } from '../../numbers/quantity';

/** Verbs and nouns that state a rise or a fall, as the words right before a rate (增长20%, 降幅3%). */
export const RISE = '增长|增加|提高|上升|上涨|增幅|涨幅|增';
export const FALL = '下降|减少|降低|下滑|回落|降幅|减幅|降|减';
const CHANGE = new RegExp(`(${RISE}|${FALL})(?:了|为|达到|达|约|近)?$`);

/** The change word stated right before `q` (增长 in 同比增长4.4%), or undefined when none is. */
export function changeWordBefore(text: string, q: Quantity): string | undefined {
  return CHANGE.exec(text.slice(Math.max(0, q.start - 6), q.start))?.[1];
}
