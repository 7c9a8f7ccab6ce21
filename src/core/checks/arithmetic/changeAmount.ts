import type { Quantity } from '../../numbers/quantity';
import { isChangeAmount, isLevel, isMeasure, lastBefore, sentenceEnd, sentenceStart, within, withinBefore } from './neighbours';
import type { RelationContext } from './relation';

/** A level and the amount it changed by (721亿元，比上年增加94亿元): the earlier value is derived. */
export interface ChangeAmount {
  after: Quantity;
  delta: Quantity;
  /** 1 when the amount was added (增加), -1 when taken away (减少). */
  sign: 1 | -1;
}

const FALL_LEAD = /(?:减少|下降|降低|回落|下滑|缩小|少)(?:了|约|近|超过|逾)?$/;

/**
 * The change amount stated in the sentence of the rate at `at` (before or after it, WINDOW
 * quantities each way) and the level it belongs to: the nearest level of its kind before it, with
 * no other measure between the level and the later of the amount and the rate.
 */
export function changeAmountNear(ctx: RelationContext, at: number): ChangeAmount | undefined {
  const from = sentenceStart(ctx, at);
  const around = [...withinBefore(ctx, from, at), ...within(ctx, at, sentenceEnd(ctx, at))];
  const delta = around.find((q) => isMeasure(q) && isChangeAmount(ctx, q));
  if (!delta) return undefined;
  const after = lastBefore(ctx, delta.start, from, (q) => q.kind === delta.kind && isLevel(ctx, q));
  if (!after) return undefined;
  const last = Math.max(delta.end, at);
  const between = around.filter((q) => q.start > after.end && q.end <= last && q !== delta && isMeasure(q));
  if (between.length > 0) return undefined;
  const sign = FALL_LEAD.test(ctx.text.slice(Math.max(0, delta.start - 6), delta.start)) ? -1 : 1;
  return { after, delta, sign };
}
