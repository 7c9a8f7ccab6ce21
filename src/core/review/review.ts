/**
 * The review of one draft: every finding and checkable claim with the fact-checker's verdict,
 * kept in the sidecar beside the draft. Plain data (JSON-ready); the functions in this folder
 * return new objects and never mutate their input.
 */
import type { Severity, Suggestion } from '../finding';
import type { AttachedSource } from './attachedSource';

export const VERDICTS = ['open', 'confirmed', 'dismissed', 'fixed', 'needs-source', 'verified'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SOURCE_KINDS = ['url', 'document', 'phone', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  kind: SourceKind;
  /** The URL, the document's title or path, the phone number or person called. */
  value: string;
  label?: string;
}

/**
 * Where an item sits in the text, by content: the span's text, up to ANCHOR_CONTEXT characters
 * either side, and the offset it was last seen at. Re-anchoring after edits uses all three.
 */
export interface Anchor {
  text: string;
  before: string;
  after: string;
  offset: number;
}

/** One change to an item, appended and never rewritten; `id` lets merges union histories. */
export interface HistoryEntry {
  id: string;
  who: string;
  time: string;
  from: Verdict;
  to: Verdict;
  /** Present when this change set them: the new note, dismissal reason, sources. */
  note?: string;
  reason?: string;
  sources?: Source[];
}

export type ItemKind = 'finding' | 'claim';

export interface ReviewItem {
  /** The finding's or claim's id when the item was first seen; fixed for the item's life. */
  id: string;
  kind: ItemKind;
  /** The finding's rule (`arithmetic.share`) or `claim.<type>` for a claim (`claim.number`). */
  rule: string;
  /** Findings only. */
  severity?: Severity;
  /** The finding's message or the claim's label, as of the last check run. */
  message: string;
  suggestion?: Suggestion;
  anchor: Anchor;
  /** The anchored text is gone from the draft; kept with its verdict, shown apart. */
  orphaned: boolean;
  /** Re-attached by context similarity rather than an exact match: worth a glance. */
  fuzzy?: boolean;
  /** Set when the text it was verified or confirmed against changed: it was reopened (issue 6). */
  changedSinceVerified?: { oldText: string; newText: string };
  /** Claims only: how many times the draft states it, as of the last extraction (absent in older files: once). */
  occurrences?: number;
  /** False when the last check run (or claim extraction) no longer reported this item. */
  reported: boolean;
  verdict: Verdict;
  note: string;
  /** Required when verdict is 'dismissed'. */
  reason?: string;
  sources: Source[];
  /** Who set the current verdict, and when (ISO 8601); empty while never touched. */
  reviewer: string;
  time: string;
  history: HistoryEntry[];
}

/** A whole rule switched off for this draft (a house style the check does not know). */
export interface DismissedRule {
  rule: string;
  reason: string;
  who: string;
  time: string;
}

/** A snapshot of the draft's text; issue 6 compares them. */
export interface Revision {
  id: string;
  label: string;
  time: string;
  author: string;
  text: string;
}

export interface Review {
  /** The draft's text when the review was last reconciled; anchors' offsets refer to it. */
  text: string;
  createdAt: string;
  updatedAt: string;
  items: ReviewItem[];
  dismissedRules: DismissedRule[];
  revisions: Revision[];
  /** The documents the draft is checked against (absent in review files from before sources). */
  attachedSources?: AttachedSource[];
  /** The user said the page chrome recognised in this draft is article text: it is checked like the rest. */
  chromeIncluded?: boolean;
}

/** Characters of context stored either side of an anchored span. */
export const ANCHOR_CONTEXT = 20;

export function makeAnchor(text: string, start: number, end: number): Anchor {
  return {
    text: text.slice(start, end),
    before: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    after: text.slice(end, end + ANCHOR_CONTEXT),
    offset: start,
  };
}

/** The item's current span in `review.text`. */
export function itemSpan(item: ReviewItem): { start: number; end: number; text: string } {
  return { start: item.anchor.offset, end: item.anchor.offset + item.anchor.text.length, text: item.anchor.text };
}

export function emptyReview(text: string, now: string): Review {
  return { text, createdAt: now, updatedAt: now, items: [], dismissedRules: [], revisions: [] };
}
