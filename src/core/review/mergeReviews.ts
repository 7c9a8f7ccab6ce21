import { reanchorReview, sortByPosition } from './reanchorReview';
import type { DismissedRule, HistoryEntry, Review, ReviewItem, Source, Verdict } from './review';

/** The part of an item a person decides; a conflict shows both sides of it. */
export interface ItemDecision {
  verdict: Verdict;
  reason?: string;
  note: string;
  sources: Source[];
  reviewer: string;
  time: string;
}

/** Both sides changed one item's verdict (or note) differently since the common base. */
export interface ReviewConflict {
  itemId: string;
  field: 'verdict' | 'note';
  mine: ItemDecision;
  theirs: ItemDecision;
}

export interface MergeResult {
  /** Everything from both sides; where they conflict, `mine` provisionally. */
  merged: Review;
  conflicts: ReviewConflict[];
}

const UNTOUCHED: ItemDecision = { verdict: 'open', note: '', sources: [], reviewer: '', time: '' };

/**
 * Three-way merge of two saves of one review against the version both started from (`base`,
 * undefined when neither saw a file). Item by item: a change made on one side only is kept;
 * the same change on both sides is kept once; different changes to the verdict (with its
 * reason) or to the note are conflicts. Sources from both sides are united, histories are
 * united by entry id, items, revisions and dismissed rules present on either side are kept
 * (a rule restored on one side and untouched on the other is restored). The text is `mine`
 * (the saver has the draft open); items only `theirs` has are re-anchored to it.
 */
export function mergeReviews(base: Review | undefined, mine: Review, theirs: Review): MergeResult {
  const baseItems = new Map((base?.items ?? []).map((i) => [i.id, i]));
  const theirItems = new Map(theirs.items.map((i) => [i.id, i]));
  const mineIds = new Set(mine.items.map((i) => i.id));
  const conflicts: ReviewConflict[] = [];
  const items = mine.items.map((m) => {
    const t = theirItems.get(m.id);
    return t ? mergeItem(baseItems.get(m.id), m, t, conflicts) : m;
  });
  const theirsOnly = theirs.items.filter((t) => !mineIds.has(t.id));
  const carried = reanchorReview({ ...theirs, items: theirsOnly }, mine.text).items;
  return {
    merged: {
      text: mine.text,
      createdAt: [mine.createdAt, theirs.createdAt].sort()[0]!,
      updatedAt: [mine.updatedAt, theirs.updatedAt].sort()[1]!,
      items: sortByPosition([...items, ...carried]),
      dismissedRules: mergeDismissedRules(base?.dismissedRules ?? [], mine.dismissedRules, theirs.dismissedRules),
      revisions: unionBy([...mine.revisions, ...theirs.revisions], (r) => r.id).sort((a, b) => a.time.localeCompare(b.time)),
      ...attachedSourcesOf(mine, theirs),
      ...chromeIncludedOf(base, mine, theirs),
    },
    conflicts,
  };
}

/** Applies the user's choice for one conflict to a merged review. */
export function resolveConflict(review: Review, conflict: ReviewConflict, choice: 'mine' | 'theirs'): Review {
  const chosen = conflict[choice];
  return {
    ...review,
    items: review.items.map((item) => {
      if (item.id !== conflict.itemId) return item;
      if (conflict.field === 'note') return { ...item, note: chosen.note };
      const next: ReviewItem = { ...item, verdict: chosen.verdict, reviewer: chosen.reviewer, time: chosen.time };
      if (chosen.reason !== undefined) next.reason = chosen.reason;
      else delete next.reason;
      return next;
    }),
  };
}

function decision(item: ReviewItem): ItemDecision {
  const d: ItemDecision = { verdict: item.verdict, note: item.note, sources: item.sources, reviewer: item.reviewer, time: item.time };
  if (item.reason !== undefined) d.reason = item.reason;
  return d;
}

function mergeItem(baseItem: ReviewItem | undefined, m: ReviewItem, t: ReviewItem, conflicts: ReviewConflict[]): ReviewItem {
  const b = baseItem ? decision(baseItem) : UNTOUCHED;
  const mine = decision(m);
  const theirs = decision(t);
  const sameVerdict = (x: ItemDecision, y: ItemDecision): boolean => x.verdict === y.verdict && (x.reason ?? '') === (y.reason ?? '');
  const verdictSide = pick(b, mine, theirs, sameVerdict);
  const noteSide = pick(b, mine, theirs, (x, y) => x.note === y.note);
  if (verdictSide === 'conflict') conflicts.push({ itemId: m.id, field: 'verdict', mine, theirs });
  if (noteSide === 'conflict') conflicts.push({ itemId: m.id, field: 'note', mine, theirs });
  const v = verdictSide === 'theirs' ? theirs : mine;
  const history = unionBy([...m.history, ...t.history], (h) => h.id).sort((x, y) => x.time.localeCompare(y.time));
  const latest: HistoryEntry | undefined = history.at(-1);
  const merged: ReviewItem = {
    ...m,
    verdict: v.verdict,
    note: (noteSide === 'theirs' ? theirs : mine).note,
    sources: mergeSources(b.sources, mine.sources, theirs.sources),
    reviewer: latest?.who ?? m.reviewer,
    time: latest?.time ?? m.time,
    history,
  };
  if (v.reason !== undefined) merged.reason = v.reason;
  else delete merged.reason;
  return merged;
}

/** Which side's value to keep: the side that changed it, either when both agree. */
function pick<T>(base: T, mine: T, theirs: T, same: (a: T, b: T) => boolean): 'mine' | 'theirs' | 'conflict' {
  if (same(mine, theirs) || same(theirs, base)) return 'mine';
  if (same(mine, base)) return 'theirs';
  return 'conflict';
}

/** A source removed on one side stays removed; every source added on either side is kept. */
function mergeSources(base: Source[], mine: Source[], theirs: Source[]): Source[] {
  const key = (s: Source): string => `${s.kind}\u0000${s.value}`;
  const inBase = new Set(base.map(key));
  const mineKeys = new Set(mine.map(key));
  const theirKeys = new Set(theirs.map(key));
  return unionBy([...mine, ...theirs], key).filter((s) => {
    const k = key(s);
    return !inBase.has(k) || (mineKeys.has(k) && theirKeys.has(k));
  });
}

function mergeDismissedRules(base: DismissedRule[], mine: DismissedRule[], theirs: DismissedRule[]): DismissedRule[] {
  const has = (list: DismissedRule[], rule: string): boolean => list.some((d) => d.rule === rule);
  return unionBy([...mine, ...theirs], (d) => d.rule).filter((d) => {
    const wasThere = has(base, d.rule);
    // Kept unless one side removed a rule that was in the base.
    return !wasThere || (has(mine, d.rule) && has(theirs, d.rule));
  });
}

/** Whether page chrome is checked: the side that changed it since `base` wins. */
function chromeIncludedOf(base: Review | undefined, mine: Review, theirs: Review): Pick<Review, 'chromeIncluded'> {
  const was = base?.chromeIncluded === true;
  const mineSays = mine.chromeIncluded === true;
  const included = mineSays !== was ? mineSays : theirs.chromeIncluded === true;
  return included ? { chromeIncluded: true } : {};
}

/** Sources attached on either side are kept, mine first (by path: the newer fingerprint is mine). */
function attachedSourcesOf(mine: Review, theirs: Review): Pick<Review, 'attachedSources'> {
  const all = unionBy([...(mine.attachedSources ?? []), ...(theirs.attachedSources ?? [])], (s) => s.path);
  return all.length === 0 ? {} : { attachedSources: all };
}

function unionBy<T>(list: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
