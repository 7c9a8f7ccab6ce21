import { formatNumber } from '../../numbers/formatQuantity';
import { isExact } from '../../numbers/quantity';
import { divide, intervalOf, overlaps } from './interval';
import { isMeasure, lastBefore, sentenceStart } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';

/** A是B的X倍, A相当于B的X倍: B sits between the verb and 的, A before the verb. */
const MULTIPLE_OF = /(?:是|为|相当于|达到)[^，,。；;]{0,20}的$/;

/** A是B的X倍. O(x · WINDOW · log n) for x multiples: both operands come from lastBefore. */
export function multipleRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  for (const x of ctx.quantities) {
    if (x.kind !== 'times' || x.isRange) continue;
    const from = sentenceStart(ctx, x.start);
    const lead = MULTIPLE_OF.exec(ctx.text.slice(Math.max(from, x.start - 24), x.start));
    if (!lead) continue;
    const verbAt = x.start - lead[0].length;
    const b = lastBefore(ctx, x.start, verbAt, isMeasure);
    if (!b) continue;
    const a = lastBefore(ctx, verbAt, from, (q) => q.kind === b.kind && isMeasure(q));
    if (!a || b.value <= 0) continue;
    const ratio = divide(intervalOf(a), intervalOf(b));
    out.push({
      rule: 'arithmetic.multiple',
      verdict: overlaps(ratio, intervalOf(x)) ? 'consistent' : 'wrong',
      exact: isExact(a) && isExact(b) && isExact(x),
      spans: [spanOf(x), spanOf(a), spanOf(b)],
      formula: `${written(ctx, a)} ÷ ${written(ctx, b)}`,
      recomputed: `${formatNumber(a.value / b.value, 2)}倍`,
      recomputedRange: [formatNumber(ratio[0], 2), formatNumber(ratio[1], 2)],
      stated: written(ctx, x),
    });
  }
  return out;
}
