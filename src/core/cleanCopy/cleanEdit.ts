import type { CleanKind } from './cleanKind';

/** The cleaning transforms, in priority order: where two edits overlap, the earlier transform wins. */
export const CLEAN_TRANSFORMS = ['stripChrome', 'applySuggestions', 'punctuation', 'whitespace'] as const;
export type CleanTransform = (typeof CLEAN_TRANSFORMS)[number];

/**
 * One change cleaning makes: replace the ORIGINAL text's [start, end) with `replacement`.
 * Offsets are UTF-16 code units into the draft as the app shows it, so the app can preview
 * the edits as a diff and the change log can count them.
 */
export interface CleanEdit {
  start: number;
  end: number;
  replacement: string;
  transform: CleanTransform;
  /** What kind of change inside the transform (`breadcrumb`, `mark`, `indent`…), for the change log. */
  kind: CleanKind;
}

/** Applies sorted, non-overlapping edits to the text they were computed on. */
export function applyEdits(text: string, edits: readonly CleanEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.replacement);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Whether two edits touch the same text; two insertions at one point collide too (their order would be arbitrary). */
export function editsOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

export function compareEdits(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Adds a lower-priority transform's edits (sorted by start) to the edits kept so far, dropping
 * each one that overlaps a kept edit. Both lists are sorted, so the scan is near-linear.
 */
export function mergeEdits(kept: readonly CleanEdit[], incoming: readonly CleanEdit[]): CleanEdit[] {
  const merged = [...kept];
  let k = 0;
  for (const edit of incoming) {
    while (k < kept.length && kept[k]!.end < edit.start) k++;
    let clash = false;
    for (let j = k; j < kept.length && kept[j]!.start <= edit.end && !clash; j++) clash = editsOverlap(kept[j]!, edit);
    if (!clash) merged.push(edit);
  }
  return merged.sort(compareEdits);
}
