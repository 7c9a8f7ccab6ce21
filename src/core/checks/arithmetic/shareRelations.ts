import type { Quantity } from '../../numbers/quantity';
import { formatIn } from '../../numbers/formatQuantity';
import { isExact } from '../../numbers/quantity';
import { divide, intervalOf, overlaps, scale } from './interval';
import { isChangeAmount, isLevel, isMeasure, lastBefore, sentenceStart, within } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';
import { wholeBeforeQizhong } from './partOfWhole';

/** 占比70.25%, 占…的86.7%, 比重为40%: the share marker must sit just before the percentage. */
const SHARE_MARKER = /(?:占比|比重|所占比例|占(?![地用有据领先])(?:[^，,。；;！？]{0,24}?))(?:的)?(?:为|达到|达|约为|仅为|是)?$/;
/** The part must end right before the marker (资金3927万元，占比…): anything more and it may be another figure's share. */
const PART_GAP = /^[，,]?\s*(?:约|仅|已|共)?$/;

/**
 * A share with its part (the amount just before the marker) and, where stated, its total
 * (a figure inside 占…的, or the whole before 其中). Without a total the implied one is reported.
 * O(p · WINDOW · log n) for p percentages: each reads 40 characters and WINDOW quantities back.
 */
export function shareRelations(ctx: RelationContext): Relation[] {
  const out: (Relation | null)[] = [];
  for (const p of ctx.quantities) {
    if (p.kind !== 'percent' || p.isRange) continue;
    const from = Math.max(sentenceStart(ctx, p.start), p.start - 40);
    const before = ctx.text.slice(from, p.start);
    // Most percentages are rates: a plain search for 占/比 spares them the backtracking marker pattern.
    const marker = before.includes('占') || before.includes('比') ? SHARE_MARKER.exec(before) : null;
    if (!marker) continue;
    const markerAt = from + marker.index;
    if (/[增降减提升涨长]|同比|环比/.test(marker[0])) continue;
    // 分别为13.4%、8.5%: each share has its own part, listed in the same order; not bound here.
    if (/分别|%/.test(marker[0])) continue;
    const part = lastBefore(ctx, markerAt, sentenceStart(ctx, p.start), isMeasure);
    if (!part || !PART_GAP.test(ctx.text.slice(part.end, markerAt))) continue;
    const inside = within(ctx, markerAt, p.start).filter((q) => q.kind === part.kind && isMeasure(q));
    const stated = inside.at(-1);
    if (stated) {
      out.push(checkShare(ctx, p, part, stated));
      continue;
    }
    const whole = wholeBeforeQizhong(ctx, part);
    if (whole) out.push(bestOf(candidateWholes(ctx, whole, part).map((w) => checkShare(ctx, p, part, w))));
    // 比年初增加987亿元，占…59.1%: a share of an amount of change may be of the change or of the level.
    else if (!isChangeAmount(ctx, part)) out.push(impliedTotal(ctx, p, part));
  }
  return out.filter((r): r is Relation => r !== null);
}

/**
 * A share after 其中 may be of the whole before 其中 or of a larger part listed between them
 * (共有108人，其中教师88人，高级职称31人，占比35%: 31 of the 88): any of them may be meant.
 */
function candidateWholes(ctx: RelationContext, whole: Quantity, part: Quantity): Quantity[] {
  return [whole, ...within(ctx, whole.end, part.start).filter((q) => q !== part && q.kind === part.kind && isLevel(ctx, q) && q.value > part.value)];
}

/** The consistent reading if there is one; otherwise the one against the whole before 其中. */
function bestOf(readings: Relation[]): Relation {
  return readings.find((r) => r.verdict === 'consistent') ?? readings[0]!;
}

export function checkShare(ctx: RelationContext, p: Quantity, part: Quantity, whole: Quantity): Relation {
  const ratio = scale(divide(intervalOf(part), intervalOf(whole)), 100);
  return {
    rule: 'arithmetic.share',
    verdict: overlaps(ratio, intervalOf(p)) ? 'consistent' : 'wrong',
    exact: isExact(p) && isExact(part) && isExact(whole),
    spans: [spanOf(p), spanOf(part), spanOf(whole)],
    formula: `${written(ctx, part)} ÷ ${written(ctx, whole)}`,
    recomputed: formatIn((part.value / whole.value) * 100, p, 1),
    recomputedRange: [formatIn(ratio[0], p, 2), formatIn(ratio[1], p, 2)],
    stated: written(ctx, p),
  };
}

/** The total a share implies, with the interval the share's own rounding allows. */
function impliedTotal(ctx: RelationContext, p: Quantity, part: Quantity): Relation | null {
  if (!isExact(p) || !isExact(part) || p.value <= 0) return null;
  const total = part.value / (p.value / 100);
  return {
    rule: 'arithmetic.implied-total',
    verdict: 'implied',
    exact: true,
    spans: [spanOf(p), spanOf(part)],
    formula: `${written(ctx, part)} ÷ ${written(ctx, p)}`,
    recomputed: formatIn(total, part, 1),
    recomputedRange: [formatIn(part.value / (p.hi / 100), part, 1), formatIn(part.value / (p.lo / 100), part, 1)],
    stated: '',
  };
}
