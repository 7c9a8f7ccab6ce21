import { myersDiff } from './myersDiff';
import type { InlinePart } from './revisionDiff';
import type { TokenIds } from './tokenize';
import type { WordProbe } from './wordProbe';

/** A run of changes between two equal stretches: old[oldStart, oldEnd) became new[newStart, newEnd). */
export interface ChangeCluster {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Clusters longer than this (on either side) are widened to whole words; shorter ones keep character granularity. */
const SNAP_MIN_CHARS = 3;
const SNAP_WINDOW = 4;
/** Past this many token edits a paragraph pair is shown as one replacement (O(D²) memory otherwise). */
const MAX_TOKEN_EDITS = 2000;

/**
 * Diffs one pair of paragraphs (texts with their offsets in the documents) into clusters of
 * change, in order. Tokens are those of tokenize(); equal stretches no longer than the changes on
 * both sides are folded into them (a lone shared 的 does not split a rewritten clause), and long
 * changes are widened to Intl.Segmenter word boundaries.
 */
export function diffParagraphPair(oldText: string, newText: string, tokens: TokenIds, probe: WordProbe): ChangeCluster[] {
  const prefix = safePrefix(oldText, newText);
  const suffix = safeSuffix(oldText, newText, prefix);
  const oldMid = oldText.slice(prefix, oldText.length - suffix);
  const newMid = newText.slice(prefix, newText.length - suffix);
  const whole = { oldStart: prefix, oldEnd: prefix + oldMid.length, newStart: prefix, newEnd: prefix + newMid.length };
  let clusters: ChangeCluster[];
  if (oldMid.length === 0 || newMid.length === 0) clusters = oldMid.length + newMid.length === 0 ? [] : [whole];
  else clusters = tokenClusters(tokens, oldMid, newMid, prefix) ?? [whole];
  clusters = foldShortEqualities(clusters);
  return snapToWords(clusters, oldText, newText, probe);
}

/** Turns clusters into the parts the views show: equal text, then removed before added for each cluster. */
export function clustersToParts(
  clusters: readonly ChangeCluster[],
  oldText: string,
  newText: string,
  oldBase: number,
  newBase: number,
  ignoreKey: ((text: string) => string) | null,
): InlinePart[] {
  const parts: InlinePart[] = [];
  let o = 0;
  let n = 0;
  for (const c of clusters) {
    if (c.oldStart > o) parts.push({ op: 'equal', text: oldText.slice(o, c.oldStart), oldOffset: oldBase + o, newOffset: newBase + n });
    const removed = oldText.slice(c.oldStart, c.oldEnd);
    const added = newText.slice(c.newStart, c.newEnd);
    const flag = isTrivial(c, oldText, newText, ignoreKey) ? { trivial: true } : {};
    if (removed) parts.push({ op: 'removed', text: removed, oldOffset: oldBase + c.oldStart, newOffset: newBase + c.newStart, ...flag });
    if (added) parts.push({ op: 'added', text: added, oldOffset: oldBase + c.oldEnd, newOffset: newBase + c.newStart, ...flag });
    o = c.oldEnd;
    n = c.newEnd;
  }
  if (o < oldText.length) parts.push({ op: 'equal', text: oldText.slice(o), oldOffset: oldBase + o, newOffset: newBase + n });
  return parts;
}

/** A change the ignore options hide: both sides read the same under the ignore key. */
export function isTrivial(c: ChangeCluster, oldText: string, newText: string, ignoreKey: ((text: string) => string) | null): boolean {
  return ignoreKey !== null && ignoreKey(oldText.slice(c.oldStart, c.oldEnd)) === ignoreKey(newText.slice(c.newStart, c.newEnd));
}

function tokenClusters(tokens: TokenIds, oldMid: string, newMid: string, base: number): ChangeCluster[] | null {
  const a = tokens.tokenize(oldMid);
  const b = tokens.tokenize(newMid);
  const edits = myersDiff(a.ids, b.ids, MAX_TOKEN_EDITS);
  if (!edits) return null;
  const offset = (ends: Int32Array, index: number): number => base + (index === 0 ? 0 : ends[index - 1]!);
  return edits.map((e) => ({ oldStart: offset(a.ends, e.aStart), oldEnd: offset(a.ends, e.aEnd), newStart: offset(b.ends, e.bStart), newEnd: offset(b.ends, e.bEnd) }));
}

/** diff-match-patch's semantic rule: an equality no longer than the larger side of the changes before and after it is absorbed. */
function foldShortEqualities(clusters: ChangeCluster[]): ChangeCluster[] {
  if (clusters.length < 2) return clusters;
  const out: ChangeCluster[] = [{ ...clusters[0]! }];
  for (let i = 1; i < clusters.length; i++) {
    const next = clusters[i]!;
    let prev = out[out.length - 1]!;
    const gap = next.oldStart - prev.oldEnd;
    if (gap <= span(prev) && gap <= span(next)) {
      prev.oldEnd = next.oldEnd;
      prev.newEnd = next.newEnd;
      // The wider cluster may now absorb equalities it could not before.
      while (out.length > 1) {
        const before = out[out.length - 2]!;
        prev = out[out.length - 1]!;
        const back = prev.oldStart - before.oldEnd;
        if (back > span(before) || back > span(prev)) break;
        before.oldEnd = prev.oldEnd;
        before.newEnd = prev.newEnd;
        out.pop();
      }
    } else {
      out.push({ ...next });
    }
  }
  return out;
}

function span(c: ChangeCluster): number {
  return Math.max(c.oldEnd - c.oldStart, c.newEnd - c.newStart);
}

/** Widens long changes so they neither start nor end inside a word of either revision. */
function snapToWords(clusters: ChangeCluster[], oldText: string, newText: string, probe: WordProbe): ChangeCluster[] {
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i]!;
    if (span(c) < SNAP_MIN_CHARS || probe.exhausted) continue;
    const roomLeft = c.oldStart - (i > 0 ? clusters[i - 1]!.oldEnd : 0);
    const roomRight = (i + 1 < clusters.length ? clusters[i + 1]!.oldStart : oldText.length) - c.oldEnd;
    const left = Math.min(roomLeft, Math.max(leftOverhang(oldText, c.oldStart, probe), leftOverhang(newText, c.newStart, probe)));
    const right = Math.min(roomRight, Math.max(rightOverhang(oldText, c.oldEnd, probe), rightOverhang(newText, c.newEnd, probe)));
    c.oldStart -= left;
    c.newStart -= left;
    c.oldEnd += right;
    c.newEnd += right;
  }
  return mergeTouching(clusters);
}

function mergeTouching(clusters: ChangeCluster[]): ChangeCluster[] {
  const out: ChangeCluster[] = [];
  for (const c of clusters) {
    const prev = out[out.length - 1];
    if (prev && prev.oldEnd >= c.oldStart) {
      prev.oldEnd = c.oldEnd;
      prev.newEnd = c.newEnd;
    } else {
      out.push(c);
    }
  }
  return out;
}

/** How far the word containing text[at - 1] reaches left of `at` when `at` is not a word boundary. */
function leftOverhang(text: string, at: number, probe: WordProbe): number {
  if (at === 0 || at >= text.length) return 0;
  const words = probe.words(text, Math.max(0, at - SNAP_WINDOW), Math.min(text.length, at + SNAP_WINDOW)) ?? [];
  const w = words.find((x) => x.start < at && x.end > at);
  return w ? at - w.start : 0;
}

function rightOverhang(text: string, at: number, probe: WordProbe): number {
  if (at === 0 || at >= text.length) return 0;
  const words = probe.words(text, Math.max(0, at - SNAP_WINDOW), Math.min(text.length, at + SNAP_WINDOW)) ?? [];
  const w = words.find((x) => x.start < at && x.end > at);
  return w ? w.end - at : 0;
}

const WORD_CHAR = /[0-9A-Za-z０-９.,．]/;

/** Is `at` a place where a token may be cut: not inside a number, Latin word or surrogate pair. */
function safeCut(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const c = text.charCodeAt(at);
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return !(WORD_CHAR.test(text[at - 1]!) && WORD_CHAR.test(text[at]!));
}

function safePrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  while (p > 0 && !(safeCut(a, p) && safeCut(b, p))) p--;
  return p;
}

function safeSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let s = 0;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  while (s > 0 && !(safeCut(a, a.length - s) && safeCut(b, b.length - s))) s--;
  return s;
}
