import { lowerBound } from '../../numbers/lowerBound';
import type { Quantity } from '../../numbers/quantity';
import { sentenceAt } from '../../text/sentences';
import { isMeasureKind } from '../../numbers/units';
import type { RelationContext } from './relation';

/**
 * How many quantities a relation looks through for its operands, and how many characters it reads
 * around a marker: every finder is O(n · WINDOW) in the paragraph's quantities, never all pairs.
 */
export const WINDOW = 12;
export const CHAR_WINDOW = 200;

/** 增加94亿元, 比上年多3000人: what comes right after a change verb is an amount of change, not a level. */
const CHANGE_AMOUNT_LEAD = /(?:增加|减少|增长|下降|提高|降低|提升|上升|回落|下滑|扩大|缩小|多|少)(?:了|约|近|超过|逾)?$/;

/**
 * A count or amount a relation can be about: not a date, a rate, a range or a bare number, and not
 * 一个/一名 written in characters (an article, "a", far more often than a count of one).
 */
export function isMeasure(q: Quantity): boolean {
  return isMeasureKind(q.kind) && !q.isRange && !(q.form === 'chinese' && q.numEnd - q.numStart === 1 && q.value === 1);
}

/** A measure stated as a level (a total, a part) rather than as the amount something changed by. */
export function isLevel(ctx: RelationContext, q: Quantity): boolean {
  return isMeasure(q) && !isChangeAmount(ctx, q);
}

export function isChangeAmount(ctx: RelationContext, q: Quantity): boolean {
  return ctx.changeAmounts.has(q);
}

/** Whether the words before `q` make it an amount of change; findRelations asks once per quantity. */
export function readsAsChangeAmount(text: string, q: Quantity): boolean {
  return isMeasure(q) && CHANGE_AMOUNT_LEAD.test(text.slice(Math.max(0, q.start - 6), q.start));
}

/** Parts listed side by side (A 58人、B 47人和C 23人): a short label and a 、 or 和 between, no clause break. */
const LIST_GAP = /^[^，,。；;！？!?]{0,12}$/;
const LIST_JOIN = /[、和及与]/;

export function sideBySide(ctx: RelationContext, earlier: Quantity, later: Quantity): boolean {
  const gap = ctx.text.slice(earlier.end, later.start);
  return LIST_GAP.test(gap) && LIST_JOIN.test(gap);
}

/** Start of the sentence holding `offset`, or of the one before it when `reach` is 1. */
export function sentenceStart(ctx: RelationContext, offset: number, reach = 0): number {
  const i = sentenceAt(ctx.sentences, offset);
  return ctx.sentences[Math.max(0, i - reach)]?.start ?? 0;
}

export function sentenceEnd(ctx: RelationContext, offset: number): number {
  return ctx.sentences[sentenceAt(ctx.sentences, offset)]?.end ?? ctx.text.length;
}

/** Index of the first quantity starting at or after `offset` (binary search: quantities are in text order). */
export function firstFrom(ctx: RelationContext, offset: number): number {
  return lowerBound(ctx.quantities, offset, startOf);
}

const startOf = (q: Quantity): number => q.start;

/**
 * The last quantity ending at or before `offset` and starting at or after `from` that passes
 * `accept`, looking back through at most WINDOW quantities.
 */
export function lastBefore(ctx: RelationContext, offset: number, from: number, accept: (q: Quantity) => boolean): Quantity | undefined {
  const stop = Math.max(0, firstFrom(ctx, offset) - WINDOW - 1);
  for (let i = firstFrom(ctx, offset) - 1; i >= stop; i--) {
    const q = ctx.quantities[i]!;
    if (q.end > offset) continue;
    if (q.start < from) return undefined;
    if (accept(q)) return q;
  }
  return undefined;
}

/** Quantities lying wholly inside [from, to), at most `limit` of them from the start. */
export function within(ctx: RelationContext, from: number, to: number, limit = WINDOW): Quantity[] {
  const out: Quantity[] = [];
  for (let i = firstFrom(ctx, from); i < ctx.quantities.length && out.length < limit; i++) {
    const q = ctx.quantities[i]!;
    if (q.start >= to) break;
    if (q.end <= to) out.push(q);
  }
  return out;
}

/** Quantities lying wholly inside [from, to), at most `limit` of them from the end. */
export function withinBefore(ctx: RelationContext, from: number, to: number, limit = WINDOW): Quantity[] {
  const out: Quantity[] = [];
  for (let i = firstFrom(ctx, to) - 1; i >= 0 && out.length < limit; i--) {
    const q = ctx.quantities[i]!;
    if (q.start < from) break;
    if (q.end <= to) out.unshift(q);
  }
  return out;
}
