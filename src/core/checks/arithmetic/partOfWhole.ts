import { formatNumber } from '../../numbers/formatQuantity';
import { isExact, type Quantity } from '../../numbers/quantity';
import { divide, intervalOf, scale } from './interval';
import { isMeasure, lastBefore, sentenceEnd, sentenceStart, within } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';

const QIZHONG = /其中/g;

/** The whole a 其中 before `part` refers to: the nearest amount of the same kind before 其中. */
export function wholeBeforeQizhong(ctx: RelationContext, part: Quantity): Quantity | undefined {
  const at = ctx.text.lastIndexOf('其中', part.start);
  if (at === -1 || at < sentenceStart(ctx, part.start)) return undefined;
  const whole = lastBefore(ctx, at, sentenceStart(ctx, at, 1), isMeasure);
  return whole?.kind === part.kind ? whole : undefined;
}

/**
 * 共转移就业N人，其中脱贫人口M人: each part after 其中 (same sentence, same kind) must not exceed
 * the whole. Consistent parts are listed with their share (86.7%) for the claims checklist.
 */
export function partOfWholeRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  QIZHONG.lastIndex = 0;
  for (let m = QIZHONG.exec(ctx.text); m; m = QIZHONG.exec(ctx.text)) {
    const whole = lastBefore(ctx, m.index, sentenceStart(ctx, m.index, 1), isMeasure);
    if (!whole) continue;
    const parts = within(ctx, m.index, sentenceEnd(ctx, m.index)).filter((q) => q.kind === whole.kind && isMeasure(q));
    for (const part of parts) {
      const share = scale(divide(intervalOf(part), intervalOf(whole)), 100);
      out.push({
        rule: 'arithmetic.part-exceeds-whole',
        verdict: share[0] > 100 ? 'wrong' : 'consistent',
        exact: isExact(part) && isExact(whole),
        spans: [spanOf(part), spanOf(whole)],
        formula: `${written(ctx, part)} ÷ ${written(ctx, whole)}`,
        recomputed: `${formatNumber((part.value / whole.value) * 100, 1)}%`,
        recomputedRange: [`${formatNumber(share[0], 1)}%`, `${formatNumber(share[1], 1)}%`],
        stated: written(ctx, part),
      });
    }
  }
  return out;
}
