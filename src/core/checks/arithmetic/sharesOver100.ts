import { formatNumber } from '../../numbers/formatQuantity';
import { isExact, type Quantity } from '../../numbers/quantity';
import { overlaps, sumOf } from './interval';
import { CHAR_WINDOW, sentenceStart, WINDOW } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';
import { shareLists } from './shareList';

/** A share in running text: A占38%，B占27%. */
const BARE_SHARE = /占(?:比)?(?:了|为|达)?$/;
/** 其他占19%: the rest is named, so the shares are a partition and must come to 100%. */
const REST = /(?:其他|其它|其余|剩余|剩下)[^，,。；;！？!?、]{0,8}$/;
/** 三类企业, 四个区域: the subjects are declared categories of one whole. */
const CATEGORIES = /[两二三四五六七八九十\d０-９]+(?:个)?(?:类|种|大类|类别|区域|地区|档次|等级|年龄段|层次|部分)/;

/**
 * Shares of one whole must not add up past 100% (beyond their rounding), nor fall short of it when
 * 其他 names the rest. Shares of different wholes (建议、提案分别占总数的88.5%和87%; 废水、氨氮分别占
 * 全国43%、37%) look the same, so a list is judged only when the text says it is one partition: a
 * 其他 share, or subjects declared as N类/N种/N个区域. O(n) over the paragraph's quantities.
 */
export function sharesOver100Relations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  for (const list of shareLists(ctx)) {
    const relation = judgePartition(ctx, list.shares, list.markerAt);
    if (relation) out.push(relation);
  }
  for (const run of bareShareRuns(ctx)) {
    const relation = run.length >= 2 ? judgePartition(ctx, run, run[0]!.start) : null;
    if (relation) out.push(relation);
  }
  return out;
}

/** Consecutive bare 占 shares of one sentence, with no other percentage between them. */
function bareShareRuns(ctx: RelationContext): Quantity[][] {
  const runs: Quantity[][] = [];
  let run: Quantity[] = [];
  let runSentence = -1;
  for (const q of ctx.quantities) {
    if (q.kind !== 'percent') continue;
    const bare = !q.isRange && BARE_SHARE.test(ctx.text.slice(Math.max(0, q.start - 4), q.start));
    const sentence = sentenceStart(ctx, q.start);
    if (!bare || sentence !== runSentence || run.length >= WINDOW) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (bare) {
      run.push(q);
      runSentence = sentence;
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function judgePartition(ctx: RelationContext, shares: Quantity[], listAt: number): Relation | null {
  const exhaustive = shares.some((q) => REST.test(ctx.text.slice(Math.max(0, q.start - 12), q.start)));
  const declared = CATEGORIES.test(ctx.text.slice(Math.max(sentenceStart(ctx, listAt), listAt - CHAR_WINDOW), listAt));
  if (!exhaustive && !declared) return null;
  const sum = sumOf(shares);
  const value = shares.reduce((acc, q) => acc + q.value, 0);
  const fits = exhaustive ? overlaps(sum, [100, 100]) : sum[0] <= 100 + 1e-9;
  return {
    rule: sum[1] < 100 - 1e-9 ? 'arithmetic.shares-under-100' : 'arithmetic.shares-over-100',
    verdict: fits ? 'consistent' : 'wrong',
    exact: shares.every(isExact),
    spans: shares.map(spanOf),
    formula: shares.map((q) => written(ctx, q)).join(' + '),
    recomputed: `${formatNumber(value, 2)}%`,
    recomputedRange: [`${formatNumber(sum[0], 2)}%`, `${formatNumber(sum[1], 2)}%`],
    stated: '100%',
  };
}
