import type { Quantity } from '../../numbers/quantity';
import { CHAR_WINDOW, isLevel, sentenceEnd, sentenceStart, within, withinBefore } from './neighbours';
import type { Relation, RelationContext } from './relation';
import { sumOfParts } from './sumOfParts';

/** 共投入600万元，分别为…: a total stated first, its parts after 分别. */
const TOTAL_FIRST = /(?:合计|共计|总计|累计|总共|一共|共有|共(?![同建享产识赢商治济担青]))/g;
/** …、…，合计300万元: parts first. 累计 is left out: a running total includes earlier periods. */
const TOTAL_AFTER_PARTS = /^(?:合计|共计|总计|总共|一共)/;
/** What may stand between two listed parts: a label, a 、 or a 和, but no new clause of its own. */
const PART_GAP = /^[^。；;！？!?]{0,16}$/;

/** Totals against their listed parts. O(t · WINDOW · log n): each of t totals looks WINDOW quantities and CHAR_WINDOW characters away. */
export function listedTotalRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  TOTAL_FIRST.lastIndex = 0;
  for (let m = TOTAL_FIRST.exec(ctx.text); m; m = TOTAL_FIRST.exec(ctx.text)) {
    const after = m.index + m[0].length;
    // 累计查询量分别为A和B: 分别 makes the figures after it a list, none of them a total.
    const total = within(ctx, after, Math.min(after + 10, sentenceEnd(ctx, after)), 1)
      .find((q) => isLevel(ctx, q) && !/[，,。；]|分别/.test(ctx.text.slice(after, q.start)));
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
  for (const q of withinBefore(ctx, from, markerAt).reverse()) {
    if (q.kind !== total.kind || !isLevel(ctx, q) || !PART_GAP.test(ctx.text.slice(q.end, boundary))) break;
    if (/其中/.test(ctx.text.slice(q.end, boundary))) break;
    parts.unshift(q);
    boundary = q.start;
  }
  if (parts.length < 2 || countsAloud(ctx, parts)) return null;
  const all = sumOfParts(ctx, total, parts, true);
  if (all.verdict === 'consistent') return all;
  // Reading back may start the list too early (1.2万名取得资格，11189人已落户，随迁子女8631人，共计落户19820人):
  // the nearest parts that add up to the total are the list.
  for (let first = 1; first <= parts.length - 2; first++) {
    const nearest = sumOfParts(ctx, total, parts.slice(first), true);
    if (nearest.verdict === 'consistent') return nearest;
  }
  return all;
}

/** Only punctuation and spaces between two figures: no label names what either counts. */
const BARE_GAP = /^[\s，,、]*$/;

/**
 * 一只，两只，三只，一共四只: figures one more each time with nothing but commas between them are
 * counted out loud, up to the total, not parts that add up to it.
 */
function countsAloud(ctx: RelationContext, parts: readonly Quantity[]): boolean {
  return parts.every((q, i) => i === 0 || (q.value === parts[i - 1]!.value + 1 && BARE_GAP.test(ctx.text.slice(parts[i - 1]!.end, q.start))));
}

/** 分别 opening the sentence after the total's (共投入600万元。分别用于…) still lists its parts. */
const OPENS_NEXT = /^[\s“”"‘’（(]*分别/;

function partsAfterFenbie(ctx: RelationContext, total: Quantity): Relation | null {
  const own = sentenceEnd(ctx, total.end);
  const stop = Math.min(own, total.end + CHAR_WINDOW);
  let at = ctx.text.slice(total.end, stop).indexOf('分别');
  // 分别 further into the next sentence belongs to its own figures (…发放贷款分别为A、B).
  const opening = ctx.text.slice(own, own + 8);
  if (at === -1 && OPENS_NEXT.test(opening)) at = own - total.end + opening.indexOf('分别');
  if (at === -1) return null;
  const from = total.end + at;
  const parts = within(ctx, from, sentenceEnd(ctx, from)).filter((q) => q.kind === total.kind && isLevel(ctx, q));
  return parts.length >= 2 ? sumOfParts(ctx, total, parts, true) : null;
}
