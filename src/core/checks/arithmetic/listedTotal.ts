import { formatIn, statedDecimals } from '../../numbers/formatQuantity';
import { isExact, type Quantity } from '../../numbers/quantity';
import { add, intervalOf, overlaps, type Interval } from './interval';
import { isMeasure, sentenceEnd, sentenceStart, within } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';

/** 共投入600万元，分别为…: a total stated first, its parts after 分别. */
const TOTAL_FIRST = /(?:合计|共计|总计|累计|总共|一共|共有|共(?![同建享产识赢商治济担青]))/g;
/** …、…，合计300万元: parts first. 累计 is left out: a running total includes earlier periods. */
const TOTAL_AFTER_PARTS = /^(?:合计|共计|总计|总共|一共)/;
/** What may stand between two listed parts: a label, a 、 or a 和, but no new clause of its own. */
const PART_GAP = /^[^。；;！？!?]{0,16}$/;

export function listedTotalRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  TOTAL_FIRST.lastIndex = 0;
  for (let m = TOTAL_FIRST.exec(ctx.text); m; m = TOTAL_FIRST.exec(ctx.text)) {
    const after = m.index + m[0].length;
    const total = within(ctx, after, Math.min(after + 10, sentenceEnd(ctx, after)))
      .find((q) => isMeasure(q) && !/[，,。；]/.test(ctx.text.slice(after, q.start)));
    if (!total) continue;
    const relation = TOTAL_AFTER_PARTS.test(m[0]) ? partsBefore(ctx, m.index, total) : null;
    const listed = relation ?? partsAfterFenbie(ctx, total);
    if (listed) out.push(listed);
  }
  return out;
}

function partsBefore(ctx: RelationContext, markerAt: number, total: Quantity): Relation | null {
  const parts: Quantity[] = [];
  let boundary = markerAt;
  const from = sentenceStart(ctx, markerAt);
  for (const q of within(ctx, from, markerAt).reverse()) {
    if (q.kind !== total.kind || !isMeasure(q) || !PART_GAP.test(ctx.text.slice(q.end, boundary))) break;
    if (/其中/.test(ctx.text.slice(q.end, boundary))) break;
    parts.unshift(q);
    boundary = q.start;
  }
  return parts.length >= 2 ? sumRelation(ctx, total, parts) : null;
}

function partsAfterFenbie(ctx: RelationContext, total: Quantity): Relation | null {
  const end = sentenceEnd(ctx, total.end);
  const stop = sentenceEnd(ctx, end);
  const at = ctx.text.indexOf('分别', total.end);
  if (at === -1 || at >= stop) return null;
  const parts = within(ctx, at, sentenceEnd(ctx, at)).filter((q) => q.kind === total.kind && isMeasure(q));
  return parts.length >= 2 ? sumRelation(ctx, total, parts) : null;
}

function sumRelation(ctx: RelationContext, total: Quantity, parts: Quantity[]): Relation {
  const sum = parts.reduce<Interval>((acc, q) => add(acc, intervalOf(q)), [0, 0]);
  const value = parts.reduce((acc, q) => acc + q.value, 0);
  return {
    rule: 'arithmetic.sum',
    verdict: overlaps(sum, intervalOf(total)) ? 'consistent' : 'wrong',
    exact: isExact(total) && parts.every(isExact),
    spans: [spanOf(total), ...parts.map(spanOf)],
    formula: parts.map((q) => written(ctx, q)).join(' + '),
    recomputed: formatIn(value, total, statedDecimals(total)),
    recomputedRange: [formatIn(sum[0], total, statedDecimals(total)), formatIn(sum[1], total, statedDecimals(total))],
    stated: written(ctx, total),
  };
}
