import type { Quantity } from '../../numbers/quantity';
import { isLevel, lastBefore, sentenceStart, withinBefore } from './neighbours';
import type { RelationContext } from './relation';
import { changeWordBefore } from './changeVerb';

/** The earlier and later values a change describes. */
export interface ChangePair {
  before: Quantity;
  after: Quantity;
}

/** 比上年的, 较去年 — but not 占比, 比重, 比例, nor 同比 and 环比, which name the period compared, not a value. */
const COMPARED_WITH = /(?:(?<![占同环])比(?![重例])|较)[^，,。；]{0,10}$/;
const CLAUSE_BREAK = /[。；;！？!?]/;
/** 去年(同期), 去年全县产值: the earlier value, named by its year at the head of its clause, and its label. */
const EARLIER_YEAR = /(?:^|[，,。；;])(?:去年|上年|上一年)(?:同期)?([\u4e00-\u9fff]{0,10}?)(?:为|是|的|达|有)?$/;
const CLAUSE_LEAD = /[^，,。；;！？!?]*$/;

/**
 * The two values behind a change stated at `at`, looking back through its sentence and the one
 * before: 从/由A…到/至B, B…比/较(上年的)A, or 去年(同期)为A beside B. Undefined unless unambiguous.
 */
export function changePair(ctx: RelationContext, at: number): ChangePair | undefined {
  const from = sentenceStart(ctx, at, 1);
  const candidates = withinBefore(ctx, from, at).filter((q) => comparable(ctx, q));
  for (let i = candidates.length - 1; i >= 1; i--) {
    const b = candidates[i]!;
    const a = candidates[i - 1]!;
    if (a.kind !== b.kind) continue;
    const between = ctx.text.slice(a.end, b.start);
    const lead = ctx.text.slice(Math.max(from, a.start - 12), a.start);
    if (CLAUSE_BREAK.test(between)) continue;
    if (/[从由][^，,。；]{0,10}$/.test(lead) && /(?:到|至|为)[^，,。；]{0,4}$/.test(between)) return { before: a, after: b };
    if (COMPARED_WITH.test(between)) break;
  }
  for (const b of [...candidates].reverse()) {
    const lead = ctx.text.slice(Math.max(from, b.start - 12), b.start);
    if (!COMPARED_WITH.test(lead)) continue;
    const a = lastBefore(ctx, b.start, from, (q) => q.kind === b.kind && comparable(ctx, q));
    return a ? { before: b, after: a } : undefined;
  }
  const previous = candidates.filter((q) => {
    const lead = ctx.text.slice(Math.max(from, q.start - 16), q.start);
    return lead.includes('年') && EARLIER_YEAR.test(lead);
  });
  if (previous.length === 1) {
    const others = candidates.filter((q) => q.kind === previous[0]!.kind && q !== previous[0]);
    if (others.length === 1 && sameSubject(ctx, previous[0]!, others[0]!)) return { before: previous[0]!, after: others[0]! };
  }
  return undefined;
}

/** A level or a percentage that is no change itself; an amount of change (比上年增加94亿元) is not one of the two values (changeAmount.ts). */
function comparable(ctx: RelationContext, q: Quantity): boolean {
  // A percentage stated as a change (同比增长4.4%) is a rate, not one of the two values a change is between.
  if (q.kind === 'percent') return changeWordBefore(ctx.text, q) === undefined;
  return isLevel(ctx, q);
}

/**
 * 去年全县产值3.1亿元 … 今年全县产值3.5亿元: a labelled earlier value pairs only with a later one
 * whose clause repeats the label; 去年同期为120吨 names nothing, so only within one sentence.
 */
function sameSubject(ctx: RelationContext, earlier: Quantity, later: Quantity): boolean {
  const label = EARLIER_YEAR.exec(ctx.text.slice(Math.max(0, earlier.start - 16), earlier.start))?.[1] ?? '';
  if (!label) return sentenceStart(ctx, earlier.start) === sentenceStart(ctx, later.start);
  return CLAUSE_LEAD.exec(ctx.text.slice(Math.max(0, later.start - 24), later.start))![0].includes(label);
}
