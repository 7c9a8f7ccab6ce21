import { claimRule, type Claim } from '../claims/claim';
import type { Finding } from '../finding';
import { matchItems } from './itemsByFinding';
import { reanchorReview, sortByPosition } from './reanchorReview';
import { reopenChangedSinceVerified } from './reopenChangedSinceVerified';
import { makeAnchor, type Review, type ReviewItem } from './review';

/** A fresh finding or claim in the shape the review keeps. */
interface Fresh {
  id: string;
  kind: ReviewItem['kind'];
  rule: string;
  severity?: Finding['severity'];
  message: string;
  suggestion?: Finding['suggestion'];
  occurrences?: number;
  start: number;
  end: number;
}

/**
 * Brings a stored review up to date with the draft's current text and a fresh check run:
 * 1. every item is re-anchored to `text` (reanchorReview), and one verified or confirmed against
 *    text that has changed is reopened (reopenChangedSinceVerified);
 * 2. each fresh finding/claim is matched to a stored item (matchItems) and the match
 *    takes the fresh message, severity, suggestion and span, keeping its verdict and history;
 * 3. a fresh finding/claim with no match becomes a new open item;
 * 4. a stored item nothing matched keeps its verdict, note and history and is marked
 *    `reported: false`: the check no longer sees it (the text was fixed, or the check changed).
 *    It is never dropped and never given a verdict it was not given by a person; an open one
 *    no longer counts as an open error (reviewProgress) but still counts as unreviewed.
 *    The exception is a claim nobody has touched (open, no note, no sources, no history): it
 *    holds nothing a person gave, so it goes. That is how a review file from before claims were
 *    merged (one item per occurrence) loads: the first occurrence's item becomes the claim's,
 *    the untouched others go, and any other occurrence someone gave a verdict is kept apart.
 */
export function reconcileReview(review: Review, text: string, findings: readonly Finding[], claims: readonly Claim[], now: string): Review {
  const anchored = reopenChangedSinceVerified(review, reanchorReview(review, text), now);
  const fresh: Fresh[] = [
    ...findings.map((f): Fresh => {
      const first = f.spans[0]!;
      const item: Fresh = { id: f.id, kind: 'finding', rule: f.rule, severity: f.severity, message: f.message, start: first.start, end: first.end };
      if (f.suggestion) item.suggestion = f.suggestion;
      return item;
    }),
    ...claims.map((c): Fresh => ({ id: c.id, kind: 'claim', rule: claimRule(c.type), message: c.label, occurrences: c.occurrences, start: c.span.start, end: c.span.end })),
  ];
  const stored = anchored.items;
  const matched = new Map<number, Fresh>();
  const unmatched: Fresh[] = [];
  matchItems(stored, fresh).forEach((index, n) => {
    if (index === undefined) unmatched.push(fresh[n]!);
    else matched.set(index, fresh[n]!);
  });
  const usedIds = new Set(stored.map((i) => i.id));
  const items: ReviewItem[] = stored.flatMap((item, index) => {
    const f = matched.get(index);
    if (f) return [refresh(item, f, text)];
    return untouchedClaim(item) ? [] : [{ ...item, reported: false }];
  });
  for (const f of unmatched) items.push(newItem(f, text, uniqueId(f.id, usedIds)));
  return { ...anchored, text, updatedAt: now, items: sortByPosition(items) };
}

function untouchedClaim(item: ReviewItem): boolean {
  return item.kind === 'claim' && item.verdict === 'open' && item.note === '' && item.sources.length === 0 && item.history.length === 0;
}

function refresh(item: ReviewItem, f: Fresh, text: string): ReviewItem {
  const next: ReviewItem = { ...item, message: f.message, anchor: makeAnchor(text, f.start, f.end), orphaned: false, fuzzy: false, reported: true };
  if (f.severity) next.severity = f.severity;
  if (f.suggestion) next.suggestion = f.suggestion;
  else delete next.suggestion;
  if (f.occurrences !== undefined) next.occurrences = f.occurrences;
  return next;
}

function newItem(f: Fresh, text: string, id: string): ReviewItem {
  const item: ReviewItem = {
    id,
    kind: f.kind,
    rule: f.rule,
    message: f.message,
    anchor: makeAnchor(text, f.start, f.end),
    orphaned: false,
    reported: true,
    verdict: 'open',
    note: '',
    sources: [],
    reviewer: '',
    time: '',
    history: [],
  };
  if (f.severity) item.severity = f.severity;
  if (f.suggestion) item.suggestion = f.suggestion;
  if (f.occurrences !== undefined) item.occurrences = f.occurrences;
  return item;
}

/** Ids stay unique within a review even when a new item's id was used by an older one. */
function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 1; used.has(candidate); n++) candidate = `${id}~${n}`;
  used.add(candidate);
  return candidate;
}
