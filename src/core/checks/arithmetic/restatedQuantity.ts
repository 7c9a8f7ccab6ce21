import { isExact, type Quantity } from '../../numbers/quantity';
import { formatIn } from '../../numbers/formatQuantity';
import { intervalOf, overlaps } from './interval';
import { isMeasure } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';

/** The words naming a figure: the Han run before it, less a linking verb (转移就业 in 转移就业2637人). */
const LABEL = /([\u4e00-\u9fff]{4,16}?)(?:达到|达|为|是|有|约|共|计|了)?$/;
/** Clauses that compare periods or places legitimately state one label with two values. */
const COMPARING = /[年月日比较从由到至占]|同期|增长|增加|增幅|下降|减少|降低|累计|其中|分别/;
const CLAUSE = /[^，,。；;！？!?]*$/;

/**
 * The same figure stated twice in one paragraph with values that cannot both hold
 * (转移就业2637人 … 转移就业2673人). Only clauses without a date or comparison, so
 * "2022年销售额…2023年销售额" is left alone.
 */
export function restatedRelations(ctx: RelationContext): Relation[] {
  const seen: { label: string; q: Quantity }[] = [];
  const out: Relation[] = [];
  for (const q of ctx.quantities) {
    if (!isMeasure(q)) continue;
    const clause = CLAUSE.exec(ctx.text.slice(Math.max(0, q.start - 24), q.start))![0];
    if (COMPARING.test(clause)) continue;
    const label = LABEL.exec(clause)?.[1];
    if (!label) continue;
    // One label must end the other: 新增就业 restates 全县新增就业, but 农村居民人均收入 does not restate 城镇居民人均收入.
    const first = seen.find((s) => s.q.kind === q.kind && (s.label.endsWith(label) || label.endsWith(s.label)))?.q;
    seen.push({ label, q });
    if (!first || overlaps(intervalOf(first), intervalOf(q))) continue;
    out.push({
      rule: 'arithmetic.restated',
      verdict: 'wrong',
      exact: isExact(first) && isExact(q),
      spans: [spanOf(q), spanOf(first)],
      formula: `${label}: ${written(ctx, first)} / ${written(ctx, q)}`,
      recomputed: formatIn(first.value, first, 0),
      recomputedRange: [formatIn(first.lo, first, 0), formatIn(first.hi, first, 0)],
      stated: written(ctx, q),
    });
  }
  return out;
}
