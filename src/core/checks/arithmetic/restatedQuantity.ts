import { isExact, type Quantity } from '../../numbers/quantity';
import { formatIn } from '../../numbers/formatQuantity';
import { intervalOf, overlaps } from './interval';
import { CHAR_WINDOW, isMeasure, sentenceEnd, sentenceStart, WINDOW } from './neighbours';
import { spanOf, written, type Relation, type RelationContext } from './relation';
import { countedAfter, hanBefore, SHARED_LABEL, sharedEnding } from './figureLabel';

/** The words naming a figure: the Han run before it, less a linking verb (转移就业 in 转移就业2637人). */
const LABEL = /([\u4e00-\u9fff]{4,16}?)(?:达到|达|为|是|有|约|共|计|了)?$/;
/**
 * Sentences that compare periods, places or groups, or scope a figure to a subset, legitimately
 * state one label with two values: 2017年…村集体收入5万元；2018年村集体收入超过30万元. A price
 * or rate per unit (每千瓦时1.50元, 人均) differs by whom it is charged to.
 */
const QUALIFIED = /[年月日比较从由到至占期季]|以来|同期|当月|全年|增长|增加|增幅|下降|减少|降低|累计|其中|分别|在[^，,。；;]{1,12}(?:中|上|里|内|外)|出口|进口|降为|降至|升至|增至|减至|每|人均|户均/;
/** Marks that end a clause, by code: asked of each character read back, where a pattern would need a string each. */
const CLAUSE_BREAKS = new Set([...'，,。；;！？!?'].map((ch) => ch.charCodeAt(0)));
const LONGEST_LABEL = 16;
/** A restatement is looked for among the last few figures only, so no relation spans a whole long paragraph. */
const REACH = 4 * WINDOW;
const SHORTEST_LABEL = 4;
/** A label written this often around a figure heads the items of a list (提出提案 for each topic), not one figure. */
const LIST_LABEL_COUNT = 3;
/** How far around a figure and its restatement the label is counted: a list's items stand a few sentences apart. */
const LIST_REACH = 10 * CHAR_WINDOW;

/**
 * The same figure stated twice in one paragraph with values that cannot both hold
 * (全县新增就业3120人 … 新增就业3210人). The later label must repeat the earlier one or its
 * ending, neither may follow a number (133户贫困户 / 50户贫困户 name different groups), both must
 * count the same thing, and neither sentence may qualify its figure by period, place or subset.
 * A figure is no restatement where the paragraph lists items by that label (it is written three
 * times or more), or where two labels pair up across each other (东部…中部…东部…中部: the same
 * breakdown of two programmes). O(n · label length): earlier labels are kept by each of their
 * endings, for REACH quantities.
 */
export function restatedRelations(ctx: RelationContext): Relation[] {
  // By kind, then by ending: the endings are looked up as cut, without a key string made for each.
  const byKind = new Map<string, Map<string, { q: Quantity; index: number }>>();
  const out: { relation: Relation; label: string; from: number; to: number }[] = [];
  ctx.quantities.forEach((q, index) => {
    const label = labelOf(ctx, q);
    if (!label) return;
    let byEnding = byKind.get(q.kind);
    if (!byEnding) byKind.set(q.kind, (byEnding = new Map()));
    const seen = byEnding.get(label);
    const first = seen && index - seen.index <= REACH ? seen.q : undefined;
    for (let n = SHORTEST_LABEL; n <= label.length; n++) {
      const ending = label.slice(-n);
      const kept = byEnding.get(ending);
      if (!kept || index - kept.index > REACH) byEnding.set(ending, { q, index });
    }
    if (!first || overlaps(intervalOf(first), intervalOf(q)) || countedAfter(ctx.text, first) !== countedAfter(ctx.text, q)) return;
    if (occurrences(ctx.text, label, first.start - LIST_REACH, q.end + LIST_REACH) >= LIST_LABEL_COUNT) return;
    if (inParallelBreakdowns(ctx, seen!.index, index)) return;
    const relation: Relation = {
      rule: 'arithmetic.restated',
      verdict: 'wrong',
      exact: isExact(first) && isExact(q),
      spans: [spanOf(q), spanOf(first)],
      formula: `${label}: ${written(ctx, first)} / ${written(ctx, q)}`,
      recomputed: formatIn(first.value, first, 0),
      recomputedRange: [formatIn(first.lo, first, 0), formatIn(first.hi, first, 0)],
      stated: written(ctx, q),
    };
    out.push({ relation, label, from: seen!.index, to: index });
  });
  return out.filter((_, i) => !crossesAnother(out, i)).map((a) => a.relation);
}

/**
 * Whether relation i and another of a different label pair up across each other (a1 b1 a2 b2). The
 * relations run in order of their later quantity and each spans at most REACH quantities, so only
 * neighbours are compared.
 */
function crossesAnother(relations: readonly { label: string; from: number; to: number }[], i: number): boolean {
  const a = relations[i]!;
  for (let j = i - 1; j >= 0 && relations[j]!.to > a.from; j--) {
    const b = relations[j]!;
    if (b.label !== a.label && b.from < a.from) return true;
  }
  for (let j = i + 1; j < relations.length && relations[j]!.to <= a.to + REACH; j++) {
    const b = relations[j]!;
    if (b.label !== a.label && a.from < b.from && b.from < a.to) return true;
  }
  return false;
}

/**
 * Whether the figures at `first` and `later` each stand beside a figure naming the same thing with
 * another value, on the same side and in their own sentence, and two sentences holding them are
 * worded differently: two breakdowns written in parallel (小麦需求A，供种B；大豆需求C，供种D: the
 * B and D of different crops), not one figure restated. A sentence written again word for word with
 * other figures (a paragraph kept in two versions) is the same statement: its figures must agree.
 */
function inParallelBreakdowns(ctx: RelationContext, first: number, later: number): boolean {
  const [x, y] = [ctx.quantities[first]!, ctx.quantities[later]!];
  if (sentenceStart(ctx, x.start) !== sentenceStart(ctx, y.start) && wording(ctx, x) === wording(ctx, y)) return false;
  const before = later - 1 > first ? [first - 1, later - 1] : undefined;
  const after = first + 1 < later ? [first + 1, later + 1] : undefined;
  return [before, after].some((pair) => {
    if (!pair) return false;
    const [a, b] = [ctx.quantities[pair[0]!], ctx.quantities[pair[1]!]];
    // A date (明年3月) says when, not what: two dates name no breakdown.
    if (!a || !b || a.kind !== b.kind || a.kind === 'time' || overlaps(intervalOf(a), intervalOf(b))) return false;
    if (sentenceStart(ctx, a.start) !== sentenceStart(ctx, x.start) || sentenceStart(ctx, b.start) !== sentenceStart(ctx, y.start)) return false;
    return sharedEnding(hanBefore(ctx.text, a), hanBefore(ctx.text, b)) >= SHARED_LABEL;
  });
}

/** The Han characters of the sentence holding `q`: its words without its figures. */
function wording(ctx: RelationContext, q: Quantity): string {
  return ctx.text.slice(sentenceStart(ctx, q.start), sentenceEnd(ctx, q.start)).replace(/[^\u4e00-\u9fff]/g, '');
}

/** How often `label` is written within text[from, to); the search never leaves that stretch. */
function occurrences(text: string, label: string, from: number, to: number): number {
  const stretch = text.slice(Math.max(0, from), to);
  let count = 0;
  for (let at = stretch.indexOf(label); at >= 0; at = stretch.indexOf(label, at + label.length)) count++;
  return count;
}

function labelOf(ctx: RelationContext, q: Quantity): string | undefined {
  if (!isMeasure(q)) return undefined;
  let clauseAt = q.start;
  while (clauseAt > 0 && q.start - clauseAt < LONGEST_LABEL + 2 && !CLAUSE_BREAKS.has(ctx.text.charCodeAt(clauseAt - 1))) clauseAt--;
  const clause = ctx.text.slice(clauseAt, q.start);
  const m = LABEL.exec(clause);
  if (!m) return undefined;
  const labelAt = clauseAt + m.index;
  // 133户贫困户, 4A级旅游景区: a label after a number or a code names a group of its own; so does
  // one that starts by counting (一个可以容纳700人，一个可以容纳350人).
  if (/[\d０-９A-Za-z〇零一二两三四五六七八九十百千万亿]/.test(ctx.text[labelAt - 1] ?? '') || /^(?:[一两二三另每]|另一)个/.test(m[1]!)) return undefined;
  const sentence = sentenceStart(ctx, q.start);
  // A sentence under 其中 or 包括 states a subset's figures (其中，12月…党纪政务处分20870人).
  if (/其中|包括/.test(ctx.text.slice(Math.max(sentence, q.start - CHAR_WINDOW), q.start))) return undefined;
  const from = Math.max(sentence, q.start - 40);
  return QUALIFIED.test(ctx.text.slice(from, q.start)) ? undefined : m[1];
}
