import { formatIn, statedDecimals } from '../../numbers/formatQuantity';
import { isExact, type Quantity } from '../../numbers/quantity';
import { intervalOf, overlaps, sumOf } from './interval';
import { spanOf, written, type Relation, type RelationContext } from './relation';

/**
 * Listed parts against their total. `exhaustive` parts (分别为, 合计) must add up to it within
 * rounding; the parts a 其中 lists may leave some out, so they must only not add up past it.
 */
export function sumOfParts(ctx: RelationContext, total: Quantity, parts: Quantity[], exhaustive: boolean): Relation {
  const sum = sumOf(parts);
  const value = parts.reduce((acc, q) => acc + q.value, 0);
  const fits = exhaustive ? overlaps(sum, intervalOf(total)) : sum[0] <= total.hi + 1e-9;
  return {
    rule: 'arithmetic.sum',
    verdict: fits ? 'consistent' : 'wrong',
    exact: isExact(total) && parts.every(isExact),
    spans: [spanOf(total), ...parts.map(spanOf)],
    formula: parts.map((q) => written(ctx, q)).join(' + '),
    recomputed: formatIn(value, total, statedDecimals(total)),
    recomputedRange: [formatIn(sum[0], total, statedDecimals(total)), formatIn(sum[1], total, statedDecimals(total))],
    stated: written(ctx, total),
  };
}
