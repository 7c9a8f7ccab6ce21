import type { Quantity } from '../../numbers/quantity';
import { firstFrom, sentenceEnd, WINDOW } from './neighbours';
import type { RelationContext } from './relation';

/** 分别占…40%、35%和30%; 占比分别为…: several shares listed together after one marker. */
const LISTED_SHARES = /(?:分别占比|分别占|占比分别|比重分别|比例分别)/g;
/** Between listed shares only 、 和 及 与 and a short label: a comma or another list's marker ends the list. */
const SHARE_GAP = /^[^，,。；;！？!?]{0,6}$/;
const OTHER_LIST = /分别|比重|占比|比例/;

export interface ShareList {
  markerAt: number;
  markerEnd: number;
  shares: Quantity[];
}

/** Every list of two or more shares after a 分别占-style marker. O(n) over the paragraph's quantities. */
export function shareLists(ctx: RelationContext): ShareList[] {
  const out: ShareList[] = [];
  LISTED_SHARES.lastIndex = 0;
  for (let m = LISTED_SHARES.exec(ctx.text); m; m = LISTED_SHARES.exec(ctx.text)) {
    const markerEnd = m.index + m[0].length;
    const shares = listAfter(ctx, markerEnd);
    if (shares.length >= 2) out.push({ markerAt: m.index, markerEnd, shares });
  }
  return out;
}

function listAfter(ctx: RelationContext, from: number): Quantity[] {
  const end = sentenceEnd(ctx, from);
  const shares: Quantity[] = [];
  let boundary = from;
  for (let i = firstFrom(ctx, from); i < ctx.quantities.length && shares.length < WINDOW; i++) {
    const q = ctx.quantities[i]!;
    const gap = ctx.text.slice(boundary, q.start);
    if (q.start >= end || q.kind !== 'percent' || q.isRange || !SHARE_GAP.test(gap) || OTHER_LIST.test(gap)) break;
    shares.push(q);
    boundary = q.end;
  }
  return shares;
}
