import { formatNumber } from '../../numbers/formatQuantity';
import { isExact, type Quantity } from '../../numbers/quantity';
import { divide, intervalOf, overlaps } from './interval';
import { isMeasure, lastBefore, sentenceStart, withinBefore } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';

/** A是B的X倍, A相当于B的X倍: B sits between the verb and 的, A before the verb. */
const MULTIPLE_OF = /(?:是|为|相当于|达到)[^，,。；;]{0,20}的$/;

/**
 * A是B的X倍. A is the nearest figure of B's kind before the verb, unless another figure of that kind
 * earlier in the sentence makes the multiple hold: a sentence may compare its subject with several
 * years (产量6.6亿吨，比1978年的3亿吨增产116%，是1949年1.1亿吨的近6倍: 6.6 ÷ 1.1, not 3 ÷ 1.1).
 * O(x · WINDOW · log n) for x multiples: B comes from lastBefore, A's candidates from withinBefore.
 */
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
    const candidates = withinBefore(ctx, from, verbAt).filter((q) => q.kind === b.kind && isMeasure(q));
    if (candidates.length === 0 || b.value <= 0) continue;
    const holds = (a: Quantity) => overlaps(divide(intervalOf(a), intervalOf(b)), intervalOf(x));
    const a = [...candidates].reverse().find(holds) ?? candidates[candidates.length - 1]!;
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
