import type { CleanEdit, CleanTransform } from '../../../core/cleanCopy/cleanEdit';
import type { ChangeLog } from '../../../core/cleanCopy/changeLog';

/** A run of text in a preview entry: kept as context, removed, or added. */
export interface PreviewPart {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

export type PreviewEntry =
  /** Edits inside one line, shown with a little context on either side. */
  | { kind: 'inline'; line: number; transforms: CleanTransform[]; parts: PreviewPart[] }
  /** Page chrome taken out whole: the removed paragraphs. */
  | { kind: 'removed'; line: number; paragraphs: string[]; hiddenParagraphs: number };

/** What cleaning will do, ready to render: counts per transform and the first entries. */
export interface CleanPreview {
  counts: ChangeLog['counts'];
  entries: PreviewEntry[];
  /** Entries beyond the cap, not rendered. */
  more: number;
}

/** Characters of context shown on each side of an edit; edits closer than twice this share an entry. */
const CONTEXT = 14;
const MAX_PARAGRAPHS = 8;
const MAX_PARAGRAPH_LENGTH = 160;

/**
 * Turns cleanCopy's edits over the original text into preview entries. Linear in the number of
 * edits; only the first `maxEntries` are materialised, so a huge draft's preview stays small.
 */
export function buildCleanPreview(text: string, edits: readonly CleanEdit[], counts: ChangeLog['counts'], maxEntries: number): CleanPreview {
  const entries: PreviewEntry[] = [];
  let total = 0;
  let line = 1;
  let lineAt = 0;
  const lineOf = (offset: number): number => {
    for (let i = text.indexOf('\n', lineAt); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    lineAt = Math.max(lineAt, offset);
    return line;
  };
  for (let i = 0; i < edits.length; ) {
    const first = edits[i]!;
    let j = i + 1;
    if (first.transform !== 'stripChrome') {
      while (j < edits.length && joinsCluster(text, edits[j - 1]!, edits[j]!)) j++;
    }
    total++;
    if (entries.length < maxEntries) {
      const at = lineOf(first.start);
      entries.push(first.transform === 'stripChrome' ? removedEntry(text, first, at) : inlineEntry(text, edits.slice(i, j), at));
    }
    i = j;
  }
  return { counts, entries, more: total - entries.length };
}

function joinsCluster(text: string, previous: CleanEdit, next: CleanEdit): boolean {
  if (next.transform === 'stripChrome' || next.start - previous.end > 2 * CONTEXT) return false;
  return !text.slice(previous.end, next.start).includes('\n');
}

function removedEntry(text: string, edit: CleanEdit, line: number): PreviewEntry {
  const paragraphs = text
    .slice(edit.start, edit.end)
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const shown = paragraphs.slice(0, MAX_PARAGRAPHS).map((p) => (p.length > MAX_PARAGRAPH_LENGTH ? `${p.slice(0, MAX_PARAGRAPH_LENGTH - 1)}…` : p));
  return { kind: 'removed', line, paragraphs: shown, hiddenParagraphs: paragraphs.length - shown.length };
}

function inlineEntry(text: string, edits: readonly CleanEdit[], line: number): PreviewEntry {
  const first = edits[0]!;
  const last = edits[edits.length - 1]!;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const nextBreak = text.indexOf('\n', last.end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const parts: PreviewPart[] = [];
  const push = (kind: PreviewPart['kind'], s: string): void => {
    if (s.length === 0) return;
    const previous = parts[parts.length - 1];
    if (previous?.kind === kind) previous.text += s;
    else parts.push({ kind, text: s });
  };
  const leftFrom = Math.max(lineStart, first.start - CONTEXT);
  push('same', (leftFrom > lineStart ? '…' : '') + text.slice(leftFrom, first.start));
  edits.forEach((edit, k) => {
    if (k > 0) push('same', text.slice(edits[k - 1]!.end, edit.start));
    const removed = text.slice(edit.start, edit.end);
    // What the removed and inserted text share is context, not change: "\n\n\n" → "\n\n" removes one break.
    const prefix = commonPrefix(removed, edit.replacement);
    const suffix = commonSuffix(removed.slice(prefix), edit.replacement.slice(prefix));
    push('same', removed.slice(0, prefix));
    push('del', removed.slice(prefix, removed.length - suffix));
    push('ins', edit.replacement.slice(prefix, edit.replacement.length - suffix));
    push('same', removed.slice(removed.length - suffix));
  });
  const rightTo = Math.min(lineEnd, last.end + CONTEXT);
  push('same', text.slice(last.end, rightTo) + (rightTo < lineEnd ? '…' : ''));
  return { kind: 'inline', line, transforms: [...new Set(edits.map((e) => e.transform))], parts };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
