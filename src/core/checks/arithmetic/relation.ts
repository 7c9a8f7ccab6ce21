import type { Quantity } from '../../numbers/quantity';
import type { SentenceRange } from '../../text/sentences';

export type RelationRule =
  | 'arithmetic.share'
  | 'arithmetic.implied-total'
  | 'arithmetic.part-exceeds-whole'
  | 'arithmetic.sum'
  | 'arithmetic.change-rate'
  | 'arithmetic.percentage-point'
  | 'arithmetic.multiple'
  | 'arithmetic.shares-over-100'
  | 'arithmetic.shares-under-100'
  | 'arithmetic.restated';

/**
 * A relation between numbers found in one paragraph and recomputed. `consistent` ones produce no
 * finding but are listed (the claims checklist shows "86.7%" beside 其中…2286人).
 */
export interface Relation {
  rule: RelationRule;
  verdict: 'consistent' | 'wrong' | 'implied';
  /** Every operand stated exactly: a mismatch is an error rather than a warning. */
  exact: boolean;
  /** The stated claim first, then the operands; offsets into the paragraph. */
  spans: { start: number; end: number }[];
  /** The working, as a copy editor would write it: 2286人 ÷ 2637人. */
  formula: string;
  /** The recomputed value as text (86.7%) and its interval given the stated rounding. */
  recomputed: string;
  recomputedRange: [string, string];
  /** What the draft states (70.25%), or '' when nothing is stated to compare. */
  stated: string;
}

/** What the relation finders share: the paragraph, its quantities and sentences. */
export interface RelationContext {
  text: string;
  quantities: readonly Quantity[];
  sentences: SentenceRange[];
  /** The quantities stated as an amount of change (增加94亿元), read once per paragraph. */
  changeAmounts: ReadonlySet<Quantity>;
}

export function spanOf(q: Quantity): { start: number; end: number } {
  return { start: q.start, end: q.end };
}

/** The quantity as written, 约4亿元 → 约4亿元. */
export function written(ctx: RelationContext, q: Quantity): string {
  return ctx.text.slice(q.start, q.end);
}
