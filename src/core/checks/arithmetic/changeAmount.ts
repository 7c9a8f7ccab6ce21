import { lowerBound } from '../../numbers/lowerBound';
import type { Quantity } from '../../numbers/quantity';
import { CHAR_WINDOW, isChangeAmount, isLevel, isMeasure, lastBefore, sentenceEnd, sentenceStart, within } from './neighbours';
import type { RelationContext } from './relation';

/** A level and the amount it changed by (721亿元，比上年增加94亿元): the earlier value is derived. */
export interface ChangeAmount {
  after: Quantity;
  delta: Quantity;
  /** 1 when the amount was added (增加), -1 when taken away (减少). */
  sign: 1 | -1;
}

const FALL_LEAD = /(?:减少|下降|降低|回落|下滑|缩小|少)(?:了|约|近|超过|逾)?$/;

/** The paragraph's amounts of change, in order, to be searched per rate. O(n). */
export function changeAmounts(ctx: RelationContext): Quantity[] {
  return ctx.quantities.filter((q) => isChangeAmount(ctx, q));
}

/**
 * The first amount of change in the sentence of the rate at `at` (within CHAR_WINDOW characters
 * either side) and the level it belongs to: the nearest level of its kind before it and before the
 * rate, with no other measure between the level and the later of the amount and the rate. O(log n + WINDOW).
 */
export function changeAmountNear(ctx: RelationContext, amounts: readonly Quantity[], at: number): ChangeAmount | undefined {
  const from = Math.max(sentenceStart(ctx, at), at - CHAR_WINDOW);
  const to = Math.min(sentenceEnd(ctx, at), at + CHAR_WINDOW);
  const delta = amounts[lowerBound(amounts, from, startOf)];
  if (!delta || delta.end > to) return undefined;
  const after = lastBefore(ctx, delta.start, sentenceStart(ctx, at), (q) => q.kind === delta.kind && isLevel(ctx, q));
  // A rate before both figures belongs to something before it (资金2126亿元，增幅4.07% | 人数…增加…).
  if (!after || after.start > at) return undefined;
  const between = within(ctx, after.end, Math.max(delta.end, at)).filter((q) => q !== delta && isMeasure(q));
  if (between.length > 0) return undefined;
  const sign = FALL_LEAD.test(ctx.text.slice(Math.max(0, delta.start - 6), delta.start)) ? -1 : 1;
  return { after, delta, sign };
}

const startOf = (q: Quantity): number => q.start;
