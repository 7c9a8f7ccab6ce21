import type { Quantity } from '../../numbers/quantity';
import { isLevel, sentenceStart, sideBySide, within, withinBefore } from './neighbours';
import { wholeBeforeQizhong } from './partOfWhole';
import type { Relation, RelationContext } from './relation';
import { checkShare } from './shareRelations';
import { shareLists } from './shareList';

/** Between the last part and 分别: a comma at most. */
const LEAD_GAP = /^[，,]?$/;

/**
 * 其中农业1.2亿元、工业1.8亿元，分别占34.3%和51.4%: the i-th share belongs to the i-th part, each of
 * the whole named inside 占…的 or before 其中. Without a stated whole nothing is bound: 建议6319件、
 * 提案3863件分别占总数的88.5%和87% are shares of two totals. O(s · WINDOW · log n) for s lists.
 */
export function respectiveShareRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  for (const { markerAt, markerEnd, shares } of shareLists(ctx)) {
    const parts = partsBefore(ctx, markerAt);
    if (parts.length !== shares.length) continue;
    const kind = parts[0]!.kind;
    const whole = within(ctx, markerEnd, shares[0]!.start).filter((q) => q.kind === kind && isLevel(ctx, q)).at(-1) ?? wholeBeforeQizhong(ctx, parts[0]!);
    if (!whole) continue;
    parts.forEach((part, i) => out.push(checkShare(ctx, shares[i]!, part, whole)));
  }
  return out;
}

/** The run of same-kind levels listed side by side that ends right before the marker. */
function partsBefore(ctx: RelationContext, markerAt: number): Quantity[] {
  const before = withinBefore(ctx, sentenceStart(ctx, markerAt), markerAt);
  const last = before.at(-1);
  if (!last || !isLevel(ctx, last) || !LEAD_GAP.test(ctx.text.slice(last.end, markerAt))) return [];
  const parts = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const q = before[i]!;
    if (q.kind !== last.kind || !isLevel(ctx, q) || !sideBySide(ctx, q, parts[0]!)) break;
    parts.unshift(q);
  }
  return parts;
}
