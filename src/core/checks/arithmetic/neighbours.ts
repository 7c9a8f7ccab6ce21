import type { Quantity } from '../../numbers/quantity';
import { sentenceAt } from '../../numbers/sentences';
import { isMeasureKind } from '../../numbers/units';
import type { RelationContext } from './relation';

/** A count or amount a relation can be about: not a date, a rate, a range or a bare number. */
export function isMeasure(q: Quantity): boolean {
  return isMeasureKind(q.kind) && !q.isRange;
}

/** Start of the sentence holding `offset`, or of the one before it when `reach` is 1. */
export function sentenceStart(ctx: RelationContext, offset: number, reach = 0): number {
  const i = sentenceAt(ctx.sentences, offset);
  return ctx.sentences[Math.max(0, i - reach)]?.start ?? 0;
}

export function sentenceEnd(ctx: RelationContext, offset: number): number {
  return ctx.sentences[sentenceAt(ctx.sentences, offset)]?.end ?? ctx.text.length;
}

/** The last quantity ending at or before `offset` and starting at or after `from` that passes `accept`. */
export function lastBefore(ctx: RelationContext, offset: number, from: number, accept: (q: Quantity) => boolean): Quantity | undefined {
  for (let i = ctx.quantities.length - 1; i >= 0; i--) {
    const q = ctx.quantities[i]!;
    if (q.end > offset) continue;
    if (q.start < from) return undefined;
    if (accept(q)) return q;
  }
  return undefined;
}

/** Quantities lying wholly inside [from, to). */
export function within(ctx: RelationContext, from: number, to: number): Quantity[] {
  return ctx.quantities.filter((q) => q.start >= from && q.end <= to);
}
