import { formatNumber } from '../../numbers/formatQuantity';
import { isExact, type Quantity } from '../../numbers/quantity';
import { divide, intervalOf, overlaps, scale, sumOf } from './interval';
import { CHAR_WINDOW, isChangeAmount, isLevel, lastBefore, sentenceEnd, sentenceStart, sideBySide, WINDOW, within, withinBefore } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';
import { sumOfParts } from './sumOfParts';
import { countedAfter, hanBefore, SHARED_LABEL, sharedEnding } from './figureLabel';

const QIZHONG = /其中/g;
/** 其中 opening its sentence reaches into the sentence before for its whole. */
const OPENS_SENTENCE = /^[\s“”"‘’（(]*$/;
const OPENING_MAX = 4;
/**
 * A balance (顺差1987亿元, 净流入) is what remains of two flows: the figures after its 其中 are flows,
 * not its parts. An average (平均回升0.17米, 人均) is no sum either: a part may exceed it.
 */
const NET_LABEL = /(?:顺差|逆差|差额|盈余|赤字|结余|净[\u4e00-\u9fff]{0,3}|平均[\u4e00-\u9fff]{0,4}|人均[\u4e00-\u9fff]{0,4})$/;
const NET_LABEL_REACH = 8;
/** The clause after the last clause break: a part there is in a later clause than its 其中. */
const LATER_CLAUSE = /[，,；;：:]([^，,；;：:]*)$/;
/**
 * A clause opened by a time phrase (得手后, 随后, 当时, 此后) tells what happened next: a figure there
 * counts the new event's actors (其中一名年过八旬，得手后3名男子…), not a part of the whole.
 */
const NEW_EVENT_LEAD = /(?:后|时|以来|期间|当晚|当天|次日)$/;
/**
 * A clause opened by a verb of reaching others (带动周边, 惠及, 吸纳) tells what the whole did: a figure
 * there counts those it reached (其中党员58人，带动周边420多名群众增收), not a part of the whole.
 */
const REACHING_LEAD = /^(?:带动|辐射|惠及|吸纳|帮助|帮扶|服务|培训|救助|安置)/;

/**
 * The whole a 其中 at `at` refers to: the nearest level (not an amount of change, and of `kind` when
 * given) before it in its sentence, or in the sentence before when 其中 opens one, passing over a figure in brackets that
 * close before the 其中 (a note on the whole, not the whole). None when that figure is itself listed
 * after an earlier 其中 (it is a part), is listed beside another (捐赠A和B。其中…: their unstated
 * sum is the whole), or is a balance.
 */
export function wholeOfQizhong(ctx: RelationContext, at: number, kind?: string): Quantity | undefined {
  const own = sentenceStart(ctx, at);
  const opens = at - own <= OPENING_MAX && OPENS_SENTENCE.test(ctx.text.slice(own, at));
  const from = opens ? sentenceStart(ctx, at, 1) : own;
  const whole = lastBefore(ctx, at, from, (q) => isLevel(ctx, q) && (kind === undefined || q.kind === kind) && !inBracketsClosedBefore(ctx.text, q, at));
  if (!whole || listedUnderQizhong(ctx, whole, from)) return undefined;
  const before = lastBefore(ctx, whole.start, from, () => true);
  if (before && sideBySide(ctx, before, whole)) return undefined;
  if (NET_LABEL.test(ctx.text.slice(Math.max(from, whole.start - NET_LABEL_REACH), whole.start))) return undefined;
  return whole;
}

/** Whether `q` is listed after a 其中 written since `from` (and within CHAR_WINDOW of it): a part, not a whole. */
function listedUnderQizhong(ctx: RelationContext, q: Quantity, from: number): boolean {
  return ctx.text.slice(Math.max(from, q.start - CHAR_WINDOW), q.start).includes('其中');
}

/** Whether `q` stands inside brackets that open before it and close before `at`, each within CHAR_WINDOW of it. */
function inBracketsClosedBefore(text: string, q: Quantity, at: number): boolean {
  return inOpenBrackets(text, q.start) && /[）)]/.test(text.slice(q.end, Math.min(at, q.end + CHAR_WINDOW)));
}

/** Whether brackets opened within CHAR_WINDOW before `at` are still open there. */
function inOpenBrackets(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - CHAR_WINDOW), at);
  return Math.max(lead.lastIndexOf('（'), lead.lastIndexOf('(')) > Math.max(lead.lastIndexOf('）'), lead.lastIndexOf(')'));
}

/** The 其中 governing `part` (in its sentence, within CHAR_WINDOW) and the whole it refers to. */
export function wholeBeforeQizhong(ctx: RelationContext, part: Quantity): Quantity | undefined {
  const from = Math.max(sentenceStart(ctx, part.start), part.start - CHAR_WINDOW);
  const at = ctx.text.slice(from, part.start).lastIndexOf('其中');
  if (at === -1 || within(ctx, from + at, part.start).length >= WINDOW) return undefined;
  const whole = wholeOfQizhong(ctx, from + at);
  return whole?.kind === part.kind ? whole : undefined;
}

/**
 * 共转移就业N人，其中脱贫人口M人: each part after 其中 (same sentence, up to the next 其中, same
 * kind, not an amount of change) must not exceed the whole, and parts listed side by side must not
 * add up past it. Consistent parts are listed with their share (86.7%) for the claims checklist.
 * O(k · WINDOW · log n) for k markers 其中: each takes one whole and at most WINDOW parts.
 */
export function partOfWholeRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  QIZHONG.lastIndex = 0;
  for (let m = QIZHONG.exec(ctx.text); m; m = QIZHONG.exec(ctx.text)) {
    const next = ctx.text.slice(m.index + 2, m.index + CHAR_WINDOW).indexOf('其中');
    const end = Math.min(sentenceEnd(ctx, m.index), next === -1 ? Infinity : m.index + 2 + next, bracketClose(ctx.text, m.index));
    const nearest = wholeCountedByFirstPart(ctx, m.index, end);
    if (!nearest) continue;
    const byLabel = partsByLabel(ctx, m.index, end);
    if (byLabel) {
      for (const [part, whole] of byLabel) out.push(partRelation(ctx, part, whole));
      continue;
    }
    const found = within(ctx, m.index, end).filter(
      (q) => q.kind === nearest.kind && isLevel(ctx, q) && countsSameThing(ctx, nearest, q) && !opensNewEvent(ctx.text, m.index, q),
    );
    const listed = listedRun(ctx, found);
    // Parts listed side by side (重症A、危重症B) are the whole breakdown: a figure after the clause that follows is another count.
    const parts = listed.length >= 2 ? listed : found;
    // 共有2025.70万…，包括A、B。其中，西部X、中部Y、东部Z: the figure the listed parts add up to is their whole.
    const whole = (listed.length >= 2 && wholeTheyAddUpTo(ctx, m.index, listed)) || nearest;
    for (const part of parts) out.push(partRelation(ctx, part, whole));
    if (listed.length >= 2) out.push(sumOfParts(ctx, whole, listed, false));
  }
  return out;
}

/**
 * The whole of the 其中 at `at`, of the kind its first part counts: in 九个直径1米的沉井，其中三个…
 * the parts are 个, so the whole is 九个, not the diameter written nearer. A share as first part
 * (其中65%) names no kind of its own; then, as when the kinds agree, the nearest level is the whole.
 */
function wholeCountedByFirstPart(ctx: RelationContext, at: number, end: number): Quantity | undefined {
  const nearest = wholeOfQizhong(ctx, at);
  const first = within(ctx, at, end).find((q) => isLevel(ctx, q));
  if (!nearest || !first || first.kind === 'percent') return nearest;
  if (first.kind !== nearest.kind) return wholeOfQizhong(ctx, at, first.kind);
  return wholeCountingAsPart(ctx, at, first, nearest) ?? nearest;
}

/**
 * 资助80个项目，涉及12个省份，其中45个项目…: a first part in 个 that names what it counts takes, over
 * a nearer figure counting something else, the level before it (in its sentence or the one before,
 * not itself a part) that counts the same noun.
 */
function wholeCountingAsPart(ctx: RelationContext, at: number, first: Quantity, nearest: Quantity): Quantity | undefined {
  const noun = countedAfter(ctx.text, first);
  if (!noun || !first.unitText.endsWith('个') || countedAfter(ctx.text, nearest) === noun) return undefined;
  const wholes = withinBefore(ctx, sentenceStart(ctx, at, 1), at);
  for (let i = wholes.length - 1; i >= 0; i--) {
    const q = wholes[i]!;
    if (q.kind === first.kind && isLevel(ctx, q) && countedAfter(ctx.text, q) === noun && !listedUnderQizhong(ctx, q, sentenceStart(ctx, q.start))) return q;
  }
  return undefined;
}

/**
 * 22个省份 counts provinces: a part in 个 whose label names something else (…公益岗位85.62万个)
 * counts that, not them. A part with no label of its own (其中14个) or one naming them (山区省份8个) may be theirs.
 */
function countsSameThing(ctx: RelationContext, whole: Quantity, part: Quantity): boolean {
  if (!whole.unitText.endsWith('个')) return true;
  const counted = countedAfter(ctx.text, whole);
  if (!counted) return true;
  const label = /[\u4e00-\u9fff]{0,8}$/.exec(ctx.text.slice(Math.max(0, part.start - 8), part.start))![0].replace(/^.*其中/, '');
  return label === '' || label.includes(counted);
}

/** Whether `q` stands in a later clause than the 其中 at `at`, one opened by a time phrase or a verb of reaching others. */
function opensNewEvent(text: string, at: number, q: Quantity): boolean {
  const clause = LATER_CLAUSE.exec(text.slice(at, q.start));
  return clause !== null && (NEW_EVENT_LEAD.test(clause[1]!) || REACHING_LEAD.test(clause[1]!));
}

/** Where the brackets open around `at` close (a 其中 inside them lists only what they hold); Infinity when it is not in brackets. */
function bracketClose(text: string, at: number): number {
  if (!inOpenBrackets(text, at)) return Infinity;
  const close = text.slice(at, at + CHAR_WINDOW).search(/[）)]/);
  return close < 0 ? Infinity : at + close;
}

/**
 * 资产总额A，负债总额B。其中，中央企业资产总额C、负债总额D: a part named like one of the figures
 * before the 其中 (its sentence or the one before, not itself a part) is a subset of that figure, not of the nearest.
 * Pairs each part up to `end` with the figure whose label ends most like its own (no tie), when two
 * parts or more find distinct figures so; otherwise the breakdown is read against one whole.
 */
function partsByLabel(ctx: RelationContext, at: number, end: number): [Quantity, Quantity][] | undefined {
  // A figure after an earlier 其中 of its sentence is itself a part (中央资金A，地方资金B), no whole.
  const wholes = withinBefore(ctx, sentenceStart(ctx, at, 1), at).filter((q) => isLevel(ctx, q) && !listedUnderQizhong(ctx, q, sentenceStart(ctx, q.start)));
  const pairs: [Quantity, Quantity][] = [];
  for (const part of within(ctx, at, end).filter((q) => isLevel(ctx, q))) {
    const label = hanBefore(ctx.text, part).replace(/^.*其中/, '');
    let best: Quantity | undefined;
    let longest = SHARED_LABEL - 1;
    let tied = false;
    for (const whole of wholes) {
      if (whole.kind !== part.kind) continue;
      const shared = sharedEnding(label, hanBefore(ctx.text, whole));
      if (shared > longest) [best, longest, tied] = [whole, shared, false];
      else if (shared === longest && best) tied = true;
    }
    if (best && !tied) pairs.push([part, best]);
  }
  return new Set(pairs.map(([, whole]) => whole)).size >= 2 ? pairs : undefined;
}

/**
 * A level before the 其中 at `at` (in its sentence or the one before) that the parts add up to, within
 * rounding. It may carry no unit: in 共有2025.70万家庭困难学生 the noun after the number says what it counts.
 */
function wholeTheyAddUpTo(ctx: RelationContext, at: number, parts: readonly Quantity[]): Quantity | undefined {
  const sum = sumOf(parts);
  const counts = (q: Quantity) => (q.kind === parts[0]!.kind ? isLevel(ctx, q) : q.kind === 'bare' && !q.isRange && !isChangeAmount(ctx, q));
  return withinBefore(ctx, sentenceStart(ctx, at, 1), at).find((q) => counts(q) && overlaps(intervalOf(q), sum));
}

function partRelation(ctx: RelationContext, part: Quantity, whole: Quantity): Relation {
  const share = scale(divide(intervalOf(part), intervalOf(whole)), 100);
  return {
    rule: 'arithmetic.part-exceeds-whole',
    verdict: share[0] > 100 ? 'wrong' : 'consistent',
    exact: isExact(part) && isExact(whole),
    spans: [spanOf(part), spanOf(whole)],
    formula: `${written(ctx, part)} ÷ ${written(ctx, whole)}`,
    recomputed: `${formatNumber((part.value / whole.value) * 100, 1)}%`,
    recomputedRange: [`${formatNumber(share[0], 1)}%`, `${formatNumber(share[1], 1)}%`],
    stated: written(ctx, part),
  };
}

/** The parts from the first one on that are listed side by side (joined by 、 or 和, no clause break). */
function listedRun(ctx: RelationContext, parts: Quantity[]): Quantity[] {
  const run = parts.slice(0, 1);
  for (let i = 1; i < parts.length; i++) {
    if (!sideBySide(ctx, parts[i - 1]!, parts[i]!)) break;
    run.push(parts[i]!);
  }
  return run;
}
