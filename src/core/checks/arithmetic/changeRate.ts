import { formatNumber } from '../../numbers/formatQuantity';
import { isExact, type Quantity } from '../../numbers/quantity';
import { changeAmountNear, changeAmounts, type ChangeAmount } from './changeAmount';
import { changePair, type ChangePair } from './changePair';
import { changeWordBefore, FALL, RISE } from './changeVerb';
import { divide, intervalOf, overlaps, scale, subtract, type Interval } from './interval';
import { spanOf, written, type Relation, type RelationContext } from './relation';

const FALL_RE = new RegExp(`^(?:${FALL})$`);
/**
 * Between the later of the two values and the rate only the change verb may stand (…到1000万元，增长20%):
 * in 销售额从A增长到B，利润增长20% the rate belongs to another figure.
 */
const RATE_FOLLOWS = new RegExp(`^[，,]?(?:同比|环比|[比较](?:上年|去年)(?:同期)?)?(?:${RISE}|${FALL})(?:了|为|达到|达|约|近)?$`);
const DOUBLING_FOLLOWS = /^[，,]?(?:实现了?|已经?|增长了?|增加了?)?$/;
const DOUBLING = /翻(?:了)?(一|两|二|三)?番/g;

/**
 * 增长20%, 下降3个百分点, 增长2倍 checked against the two values they relate; 翻番 against
 * its doubling. A rate in % on two percentages that matches their difference is a
 * percentage-point slip. O(r · WINDOW · log n) for r rates and 翻番 in a paragraph of n quantities.
 */
export function changeRateRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  let amounts: Quantity[] | undefined;
  for (const rate of ctx.quantities) {
    if (rate.kind !== 'percent' && rate.kind !== 'pp' && rate.kind !== 'times') continue;
    if (rate.isRange) continue;
    const verb = changeWordBefore(ctx.text, rate);
    if (!verb) continue;
    const sign = FALL_RE.test(verb) ? -1 : 1;
    const pair = changePair(ctx, rate.start);
    if (pair && RATE_FOLLOWS.test(gapAfter(ctx, pair, rate.start))) {
      const relation = checkRate(ctx, rate, pair, sign);
      if (relation) out.push(relation);
      continue;
    }
    // 精减33%的员工: a rate before 的 is a share of the noun after it, not the change of a figure nearby.
    const ofNoun = ctx.text[rate.end] === '的';
    const amount = rate.kind === 'percent' && !ofNoun ? changeAmountNear(ctx, (amounts ??= changeAmounts(ctx)), rate.start) : undefined;
    if (amount && amount.sign === sign && (sign < 0 || amount.after.value > amount.delta.value)) out.push(checkRateOfAmount(ctx, rate, amount));
  }
  DOUBLING.lastIndex = 0;
  for (let m = DOUBLING.exec(ctx.text); m; m = DOUBLING.exec(ctx.text)) {
    const pair = changePair(ctx, m.index);
    if (pair && DOUBLING_FOLLOWS.test(gapAfter(ctx, pair, m.index))) out.push(checkDoubling(ctx, m, pair));
  }
  return out;
}

function gapAfter(ctx: RelationContext, { before, after }: ChangePair, at: number): string {
  return ctx.text.slice(Math.max(before.end, after.end), at);
}

function checkRate(ctx: RelationContext, rate: Quantity, { before, after }: ChangePair, sign: number): Relation | null {
  if (before.value <= 0) return null;
  const relative = scale(subtract(divide(intervalOf(after), intervalOf(before)), [1, 1]), 100);
  const difference = subtract(intervalOf(after), intervalOf(before));
  const stated: Interval = sign > 0 ? [rate.lo, rate.hi] : [-rate.hi, -rate.lo];
  const exact = isExact(rate) && isExact(before) && isExact(after);
  const base = {
    exact,
    spans: [spanOf(rate), spanOf(before), spanOf(after)],
    stated: written(ctx, rate),
  };
  const relativeValue = (after.value / before.value - 1) * 100;
  if (rate.kind === 'pp') {
    if (before.kind !== 'percent') return null;
    return {
      ...base,
      rule: 'arithmetic.change-rate',
      verdict: overlaps(difference, stated) ? 'consistent' : 'wrong',
      formula: `${written(ctx, after)} − ${written(ctx, before)}`,
      recomputed: `${formatNumber(Math.abs(after.value - before.value), 2)}个百分点`,
      recomputedRange: [formatNumber(difference[0], 2), formatNumber(difference[1], 2)],
    };
  }
  if (rate.kind === 'times') {
    const ratio = divide(intervalOf(after), intervalOf(before));
    const ok = overlaps(ratio, [rate.lo, rate.hi]) || overlaps([ratio[0] - 1, ratio[1] - 1], [rate.lo, rate.hi]);
    return {
      ...base,
      rule: 'arithmetic.multiple',
      verdict: ok && sign > 0 ? 'consistent' : 'wrong',
      formula: `${written(ctx, after)} ÷ ${written(ctx, before)}`,
      recomputed: `${formatNumber(after.value / before.value, 2)}倍`,
      recomputedRange: [formatNumber(ratio[0], 2), formatNumber(ratio[1], 2)],
    };
  }
  const ok = overlaps(relative, stated);
  const asPoints = before.kind === 'percent' && !ok && overlaps(difference, stated);
  return {
    ...base,
    rule: asPoints ? 'arithmetic.percentage-point' : 'arithmetic.change-rate',
    verdict: ok ? 'consistent' : 'wrong',
    formula: `(${written(ctx, after)} − ${written(ctx, before)}) ÷ ${written(ctx, before)}`,
    recomputed: `${formatNumber(Math.abs(relativeValue), 1)}%`,
    recomputedRange: [`${formatNumber(relative[0], 2)}%`, `${formatNumber(relative[1], 2)}%`],
  };
}

/**
 * 721亿元，比上年增加94亿元，增幅15%: the rate is the amount over the earlier value it implies,
 * 94 ÷ (721 − 94), or 94 ÷ (721 + 94) after a fall. The bounds take each figure's rounding.
 */
function checkRateOfAmount(ctx: RelationContext, rate: Quantity, { after, delta, sign }: ChangeAmount): Relation {
  const earlier = (level: number, change: number): number => level - sign * change;
  // Either way the rate rises with the amount and falls with the level: d ÷ (a − d) and d ÷ (a + d).
  const relative: Interval = [(100 * delta.lo) / earlier(after.hi, delta.lo), (100 * delta.hi) / earlier(after.lo, delta.hi)];
  const bounded: Interval = relative[1] < 0 || relative[0] > relative[1] ? [relative[0], Infinity] : relative;
  const value = (100 * delta.value) / earlier(after.value, delta.value);
  return {
    rule: 'arithmetic.change-rate',
    verdict: overlaps(bounded, [rate.lo, rate.hi]) ? 'consistent' : 'wrong',
    exact: isExact(rate) && isExact(after) && isExact(delta),
    spans: [spanOf(rate), spanOf(delta), spanOf(after)],
    formula: `${written(ctx, delta)} ÷ (${written(ctx, after)} ${sign > 0 ? '−' : '+'} ${written(ctx, delta)})`,
    recomputed: `${formatNumber(value, 1)}%`,
    recomputedRange: [`${formatNumber(bounded[0], 2)}%`, `${formatNumber(bounded[1], 2)}%`],
    stated: written(ctx, rate),
  };
}

const TIMES: Record<string, number> = { 一: 2, 两: 4, 二: 4, 三: 8 };

/**
 * 翻一番 is twice, 翻两番 four times. The phrase is used loosely ("a little over"), so only a
 * shortfall is flagged, and only as a warning.
 */
function checkDoubling(ctx: RelationContext, m: RegExpExecArray, { before, after }: ChangePair): Relation {
  const factor = TIMES[m[1] ?? '一']!;
  const ratio = divide(intervalOf(after), intervalOf(before));
  return {
    rule: 'arithmetic.multiple',
    verdict: ratio[1] >= factor * 0.95 ? 'consistent' : 'wrong',
    exact: false,
    spans: [{ start: m.index, end: m.index + m[0].length }, spanOf(before), spanOf(after)],
    formula: `${written(ctx, after)} ÷ ${written(ctx, before)}`,
    recomputed: `${formatNumber(after.value / before.value, 2)}倍`,
    recomputedRange: [formatNumber(ratio[0], 2), formatNumber(ratio[1], 2)],
    stated: m[0],
  };
}
