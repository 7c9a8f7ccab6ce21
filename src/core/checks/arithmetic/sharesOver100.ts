import { formatNumber } from '../../numbers/formatQuantity';
import { isExact, type Quantity } from '../../numbers/quantity';
import { add, intervalOf, type Interval } from './interval';
import { sentenceEnd } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';

/** 分别占…40%、35%和30%; 占比分别为…: one whole, several shares listed together. */
const LISTED_SHARES = /(?:分别占|占比分别|比重分别|分别占比)/g;
/** What may separate the listed shares: 、 和 及 or a short label, but no new sentence. */
const SHARE_GAP = /^[^。；;！？!?]{0,12}$/;

/** 其中A占40%，B占35%: bare 占 shares after 其中 are shares of the whole before it. */
const QIZHONG = /其中/g;
const BARE_SHARE = /占(?:比)?(?:为|达)?$/;

/** Shares of one whole listed together must not sum past 100% (beyond their rounding). */
export function sharesOver100Relations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  LISTED_SHARES.lastIndex = 0;
  for (let m = LISTED_SHARES.exec(ctx.text); m; m = LISTED_SHARES.exec(ctx.text)) {
    const end = sentenceEnd(ctx, m.index);
    const shares: Quantity[] = [];
    let boundary = m.index + m[0].length;
    for (const q of ctx.quantities) {
      if (q.start < boundary || q.start >= end) continue;
      if (q.kind !== 'percent' || q.isRange || !SHARE_GAP.test(ctx.text.slice(boundary, q.start))) break;
      shares.push(q);
      boundary = q.end;
    }
    if (shares.length >= 2) out.push(sumOfShares(ctx, shares));
  }
  QIZHONG.lastIndex = 0;
  for (let m = QIZHONG.exec(ctx.text); m; m = QIZHONG.exec(ctx.text)) {
    const end = sentenceEnd(ctx, m.index);
    const shares = ctx.quantities.filter(
      (q) => q.start > m!.index && q.end <= end && q.kind === 'percent' && !q.isRange && BARE_SHARE.test(ctx.text.slice(Math.max(0, q.start - 4), q.start)),
    );
    if (shares.length >= 2) out.push(sumOfShares(ctx, shares));
  }
  return out;
}

function sumOfShares(ctx: RelationContext, shares: Quantity[]): Relation {
    const sum = shares.reduce<Interval>((acc, q) => add(acc, intervalOf(q)), [0, 0]);
    const value = shares.reduce((acc, q) => acc + q.value, 0);
    return {
      rule: 'arithmetic.shares-over-100',
      verdict: sum[0] > 100 + 1e-9 ? 'wrong' : 'consistent',
      exact: shares.every(isExact),
      spans: shares.map(spanOf),
      formula: shares.map((q) => written(ctx, q)).join(' + '),
      recomputed: `${formatNumber(value, 2)}%`,
      recomputedRange: [`${formatNumber(sum[0], 2)}%`, `${formatNumber(sum[1], 2)}%`],
      stated: '100%',
    };
}
