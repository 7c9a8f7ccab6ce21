import { makeAnchor, type Anchor } from './review';
import { WorkBudget } from './workBudget';

export type AnchorMatch = 'exact' | 'text' | 'fuzzy';

export interface Relocated {
  anchor: Anchor;
  match: AnchorMatch;
}

/** How much to trust a match when two items of one rule land on the same span. */
export const MATCH_RANK: Record<AnchorMatch, number> = { exact: 2, text: 1, fuzzy: 0 };

/** Context characters each side the fuzzy pass looks for around an edited span. */
export const FUZZY_CONTEXT = 10;
/** The fuzzy pass needs this much context in all, or a short span would attach anywhere. */
export const FUZZY_MIN_CONTEXT = 6;
/** Character similarity (2·LCS / total length) an edited span must keep with the old text. */
export const FUZZY_MIN_SIMILARITY = 0.5;
/** Context characters a repeated text must agree on before the text pass takes it. */
export const MIN_TEXT_CONTEXT = 4;
/** How far either side of the old offset the exact pass looks before searching the whole text. */
const NEAR = 4096;
/** Occurrences examined per pass, so a one-character anchor in a long draft stays cheap. */
const MAX_CANDIDATES = 2000;
/**
 * The fuzzy pass only judges spans this long or shorter: findings and claims mark names,
 * numbers and phrases, and an edited span longer than this is better shown as orphaned than
 * compared character by character (the comparison costs its length times the gap's).
 */
export const FUZZY_MAX_TEXT = 200;
/** Places the fuzzy pass tries per search; context found this often says nothing about where the span went. */
const FUZZY_MAX_CANDIDATES = 64;
/**
 * Steps one anchor may take: a step is one character comparison of the fuzzy pass, or
 * SCAN_CHARS_PER_STEP characters of a plain search (indexOf scans that many in the time of one
 * comparison). A million steps is a few milliseconds, and finds a span anywhere in a 10 MB draft.
 */
export const ANCHOR_WORK_BUDGET = 1_000_000;
const SCAN_CHARS_PER_STEP = 16;

/**
 * Finds an anchor's text in an edited draft, in three passes, each looking within NEAR (4096)
 * characters of the old offset first and in the whole text only when nothing qualifies there:
 * 1. exact — the text with its full stored context, the occurrence nearest the old offset;
 * 2. text — the text alone: the occurrence whose neighbours agree with the stored context on
 *    the most characters (a common suffix of `before` plus a common prefix of `after`), ties
 *    to the nearest to the old offset. It must agree on MIN_TEXT_CONTEXT characters (or all the
 *    context there is), unless it is the only occurrence left. One edit outside the span leaves
 *    one side intact, so this finds the span again after any single edit beside it;
 * 3. fuzzy — the text itself was edited: FUZZY_CONTEXT characters of context either side are
 *    found with at most twice the old length (+8) between them, and what lies between keeps
 *    FUZZY_MIN_SIMILARITY of the old text; best similarity wins, ties to the nearest.
 * Returns undefined when nothing qualifies: the item is orphaned (a deleted span leaves nothing
 * between its contexts, similarity 0). The returned anchor carries the new context.
 * Every search and comparison is charged to `budget`; once it is spent nothing more is
 * searched and the anchor is not found, so a hostile review file costs bounded work.
 */
export function relocateAnchor(anchor: Anchor, text: string, budget = new WorkBudget(ANCHOR_WORK_BUDGET)): Relocated | undefined {
  const at = (start: number, match: AnchorMatch, end = start + anchor.text.length): Relocated => ({
    anchor: makeAnchor(text, start, end),
    match,
  });
  if (anchor.text.length === 0) return undefined;
  const whole = anchor.before + anchor.text + anchor.after;
  const exact = nearestOccurrence(text, whole, anchor.offset - anchor.before.length, budget);
  if (exact !== undefined) return at(exact + anchor.before.length, 'exact');
  const byText =
    textMatch(anchor, text, occurrences(text, anchor.text, budget, anchor.offset), budget) ??
    textMatch(anchor, text, occurrences(text, anchor.text, budget), budget);
  if (byText !== undefined) return at(byText, 'text');
  if (anchor.text.length > FUZZY_MAX_TEXT) return undefined;
  const fuzzy = fuzzyMatch(anchor, text, budget, anchor.offset) ?? fuzzyMatch(anchor, text, budget);
  return fuzzy && at(fuzzy.start, 'fuzzy', fuzzy.end);
}

/** Pass 2 over some candidates; a lone occurrence in the whole text needs no context. */
function textMatch(anchor: Anchor, text: string, candidates: number[], budget: WorkBudget): number | undefined {
  const lone = candidates.length === 1 && occurrences(text, anchor.text, budget, undefined, 2).length === 1;
  const needed = lone ? 0 : Math.min(MIN_TEXT_CONTEXT, anchor.before.length + anchor.after.length);
  if (!budget.take(candidates.length * (anchor.before.length + anchor.after.length))) return undefined;
  const best = bestOf(candidates, anchor.offset, (i) => contextScore(anchor, text, i));
  return best !== undefined && contextScore(anchor, text, best) >= needed ? best : undefined;
}

/**
 * Where `needle` occurs (at most `max` places): within NEAR of `near` when given (each pass
 * looks there first: edits rarely move text far, and a match there is nearer than any
 * outside), else anywhere. The characters scanned are charged to the budget; none are
 * scanned once it is spent.
 */
function occurrences(text: string, needle: string, budget: WorkBudget, near?: number, max = MAX_CANDIDATES): number[] {
  const from = near === undefined ? 0 : Math.max(0, near - NEAR);
  const window = near === undefined ? text : text.slice(0, near + NEAR + needle.length);
  const found: number[] = [];
  if (!budget.take(Math.ceil((window.length - from + needle.length) / SCAN_CHARS_PER_STEP))) return found;
  for (let i = window.indexOf(needle, from); i !== -1 && found.length < max; i = window.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** The occurrence nearest `target`; any found within NEAR is nearer than all outside. */
function nearestOccurrence(text: string, needle: string, target: number, budget: WorkBudget): number | undefined {
  const local = occurrences(text, needle, budget, target);
  return bestOf(local.length > 0 ? local : occurrences(text, needle, budget), target, () => 0);
}

/** The offset with the highest score, ties broken by distance to `target`. */
function bestOf(offsets: number[], target: number, score: (offset: number) => number): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const o of offsets) {
    const s = score(o);
    if (s > bestScore || (s === bestScore && Math.abs(o - target) < Math.abs(best! - target))) {
      best = o;
      bestScore = s;
    }
  }
  return best;
}

function contextScore(anchor: Anchor, text: string, start: number): number {
  let score = 0;
  while (score < anchor.before.length && text[start - 1 - score] === anchor.before[anchor.before.length - 1 - score]) score++;
  const end = start + anchor.text.length;
  let after = 0;
  while (after < anchor.after.length && text[end + after] === anchor.after[after]) after++;
  return score + after;
}

function fuzzyMatch(anchor: Anchor, text: string, budget: WorkBudget, near?: number): { start: number; end: number } | undefined {
  const before = anchor.before.slice(-FUZZY_CONTEXT);
  const after = anchor.after.slice(0, FUZZY_CONTEXT);
  if (before.length === 0 || after.length === 0 || before.length + after.length < FUZZY_MIN_CONTEXT) return undefined;
  const maxGap = 2 * anchor.text.length + 8;
  let best: { start: number; end: number; similarity: number } | undefined;
  for (const b of occurrences(text, before, budget, near, FUZZY_MAX_CANDIDATES)) {
    const start = b + before.length;
    // Only the gap is searched for the closing context: a farther one is too far anyway.
    const end = text.slice(start, start + maxGap + after.length).indexOf(after);
    if (end === -1 || !budget.take(Math.ceil((maxGap + after.length) / SCAN_CHARS_PER_STEP) + anchor.text.length * end)) continue;
    const similarity = lcsRatio(anchor.text, text.slice(start, start + end));
    const better =
      !best || similarity > best.similarity || (similarity === best.similarity && Math.abs(start - anchor.offset) < Math.abs(best.start - anchor.offset));
    if (similarity >= FUZZY_MIN_SIMILARITY && better) best = { start, end: start + end, similarity };
  }
  return best && { start: best.start, end: best.end };
}

/** 2·|LCS| / (|a| + |b|): 1 for equal strings, 0 when nothing is shared or one is empty. */
export function lcsRatio(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      row[j] = code === b.charCodeAt(j - 1) ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
    [previous, row] = [row, previous];
  }
  return (2 * previous[b.length]!) / (a.length + b.length);
}
