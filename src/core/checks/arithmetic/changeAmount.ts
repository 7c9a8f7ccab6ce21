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
/** The clause a rate stands in: what follows the last clause break before it. */
const RATE_CLAUSE = /[^，,；;：:]*$/;
/** A month, quarter or half-year opening a clause (4月交付量下降…, 一季度…): the period the clause speaks of. */
const LEADING_PERIOD = /^(?:今年|去年|当年)?(?:[0-9０-９]{1,2}月|[一二三四五六七八九十]{1,3}月|第?[一二三四1-4]季度|[上下]半年)/;
/** What may stand right before a period that is the end of a longer one (1至4月): the range's start or its link. */
const RANGE_BEFORE = /[至到\-—~～－0-9０-９一二三四五六七八九十]/;

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
  if (between.length > 0 || ofAnotherPeriod(ctx, after, at)) return undefined;
  const sign = FALL_LEAD.test(ctx.text.slice(Math.max(0, delta.start - 6), delta.start)) ? -1 : 1;
  return { after, delta, sign };
}

const startOf = (q: Quantity): number => q.start;

/**
 * Whether the rate at `at` opens its clause with a period the level's sentence does not state as its
 * own: 1至4月…136架，同比减少约100架，4月交付量下降超过80% speaks of April alone, not of the months the
 * figures add up.
 */
function ofAnotherPeriod(ctx: RelationContext, after: Quantity, at: number): boolean {
  const clause = RATE_CLAUSE.exec(ctx.text.slice(after.end, at))![0].trimStart();
  const period = LEADING_PERIOD.exec(clause)?.[0];
  if (!period) return false;
  const lead = ctx.text.slice(sentenceStart(ctx, after.start), after.start);
  for (let i = lead.indexOf(period); i >= 0; i = lead.indexOf(period, i + 1)) if (i === 0 || !RANGE_BEFORE.test(lead[i - 1]!)) return false;
  return true;
}
