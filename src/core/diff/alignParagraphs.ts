import { diffArrays } from 'diff';
import { paragraphSimilarity } from './paragraphSimilarity';

/** One step of the paragraph alignment; indexes into the old and new paragraph lists. */
export type AlignedStep =
  | { kind: 'same' | 'changed'; oldIndex: number; newIndex: number }
  | { kind: 'removed'; oldIndex: number }
  | { kind: 'added'; newIndex: number };

/** Paragraphs at least this similar (bigram Dice) are one paragraph edited, not a removal and an insertion. */
export const PAIR_SIMILARITY = 0.4;
/** How far ahead pairing looks for a partner before calling a paragraph removed or added. */
const LOOKAHEAD = 4;
/** Gaps between anchors up to this size get an exact diff (finds repeated paragraphs such as blank lines). */
const EXACT_GAP_CELLS = 40_000;

/** Bound on the similarity-LCS's comparisons; past it, alignment falls back to unique anchors. */
const SIMILAR_LCS_CELLS = 400_000;

/**
 * Aligns two paragraph lists (compared by `keys`, the texts under the ignore options).
 * Common head and tail first; then a longest common subsequence in which an edited paragraph
 * matches its earlier version (bigram similarity), so a paragraph moved across edited ones is
 * left out as a move instead of pinning the alignment. When the revisions differ too much for
 * that to be cheap, patience-style: paragraphs unique on both sides as anchors, gaps between
 * them diffed exactly when small, leftover runs paired by similarity in document order.
 * The steps keep both old and new indexes increasing, which the hunks rely on.
 */
export function alignParagraphs(oldTexts: readonly string[], newTexts: readonly string[], oldKeys: readonly string[], newKeys: readonly string[]): AlignedStep[] {
  const steps: AlignedStep[] = [];
  let head = 0;
  const minLen = Math.min(oldKeys.length, newKeys.length);
  while (head < minLen && oldKeys[head] === newKeys[head]) head++;
  let tail = 0;
  while (tail < minLen - head && oldKeys[oldKeys.length - 1 - tail] === newKeys[newKeys.length - 1 - tail]) tail++;
  for (let i = 0; i < head; i++) steps.push({ kind: 'same', oldIndex: i, newIndex: i });
  const oldEnd = oldKeys.length - tail;
  const newEnd = newKeys.length - tail;
  const similar = (a: number, b: number): boolean => oldKeys[a] === newKeys[b] || similarTexts(oldTexts[a]!, newTexts[b]!);
  if (!similarityLcs(head, oldEnd, head, newEnd, similar, oldKeys, newKeys, steps)) {
    let o = head;
    let n = head;
    for (const [ao, an] of [...uniqueAnchors(oldKeys, newKeys, head, oldEnd, head, newEnd), [oldEnd, newEnd] as const]) {
      alignGap(o, ao, n, an, similar, oldKeys, newKeys, steps);
      if (ao < oldEnd) steps.push({ kind: 'same', oldIndex: ao, newIndex: an });
      o = ao + 1;
      n = an + 1;
    }
  }
  for (let i = 0; i < tail; i++) steps.push({ kind: 'same', oldIndex: oldEnd + i, newIndex: newEnd + i });
  return steps;
}

function similarTexts(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  return shorter * 2 >= longer && paragraphSimilarity(a, b) >= PAIR_SIMILARITY;
}

type Similar = (oldIndex: number, newIndex: number) => boolean;

/** The LCS under similarity, or false when it would need more than SIMILAR_LCS_CELLS comparisons. */
function similarityLcs(o0: number, o1: number, n0: number, n1: number, similar: Similar, oldKeys: readonly string[], newKeys: readonly string[], steps: AlignedStep[]): boolean {
  const total = o1 - o0 + (n1 - n0);
  if (total === 0) return true;
  const oldIdx = Array.from({ length: o1 - o0 }, (_, k) => o0 + k);
  const newIdx = Array.from({ length: n1 - n0 }, (_, k) => n0 + k);
  const result = diffArrays(oldIdx, newIdx, { comparator: similar, maxEditLength: Math.max(4, Math.floor(SIMILAR_LCS_CELLS / total)) });
  if (!result) return false;
  let o = o0;
  let n = n0;
  for (const change of result) {
    if (change.removed) for (let k = 0; k < change.count; k++) steps.push({ kind: 'removed', oldIndex: o++ });
    else if (change.added) for (let k = 0; k < change.count; k++) steps.push({ kind: 'added', newIndex: n++ });
    else for (let k = 0; k < change.count; k++, o++, n++) steps.push({ kind: oldKeys[o] === newKeys[n] ? 'same' : 'changed', oldIndex: o, newIndex: n });
  }
  return true;
}

/** Non-empty paragraphs occurring exactly once on each side, as (old, new) index pairs forming the longest increasing run. */
function uniqueAnchors(oldKeys: readonly string[], newKeys: readonly string[], o0: number, o1: number, n0: number, n1: number): [number, number][] {
  const seen = new Map<string, { oc: number; nc: number; oi: number; ni: number }>();
  for (let i = o0; i < o1; i++) {
    const k = oldKeys[i]!;
    if (k.length === 0) continue;
    const e = seen.get(k);
    if (e) e.oc++;
    else seen.set(k, { oc: 1, nc: 0, oi: i, ni: -1 });
  }
  for (let j = n0; j < n1; j++) {
    const e = seen.get(newKeys[j]!);
    if (!e) continue;
    e.nc++;
    e.ni = j;
  }
  const pairs: [number, number][] = [];
  for (const e of seen.values()) if (e.oc === 1 && e.nc === 1) pairs.push([e.oi, e.ni]);
  pairs.sort((a, b) => a[0] - b[0]);
  return longestIncreasing(pairs);
}

/** Longest subsequence with increasing new index (patience sorting, O(n log n)). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tailIdx: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const v = pairs[i]![1];
    let lo = 0;
    let hi = tailIdx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tailIdx[mid]!]![1] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tailIdx[lo - 1]!;
    tailIdx[lo] = i;
  }
  const out: [number, number][] = [];
  for (let i = tailIdx.length ? tailIdx[tailIdx.length - 1]! : -1; i >= 0; i = prev[i]!) out.push(pairs[i]!);
  return out.reverse();
}

function alignGap(o0: number, o1: number, n0: number, n1: number, similar: Similar, oldKeys: readonly string[], newKeys: readonly string[], steps: AlignedStep[]): void {
  if (o0 >= o1 && n0 >= n1) return;
  if ((o1 - o0) * (n1 - n0) > EXACT_GAP_CELLS) {
    pairRuns(o0, o1, n0, n1, similar, oldKeys, newKeys, steps);
    return;
  }
  let o = o0;
  let n = n0;
  let runO = o0;
  let runN = n0;
  for (const change of diffArrays(oldKeys.slice(o0, o1), newKeys.slice(n0, n1))) {
    if (change.removed) o += change.count;
    else if (change.added) n += change.count;
    else {
      pairRuns(runO, o, runN, n, similar, oldKeys, newKeys, steps);
      for (let k = 0; k < change.count; k++) steps.push({ kind: 'same', oldIndex: o + k, newIndex: n + k });
      o += change.count;
      n += change.count;
      runO = o;
      runN = n;
    }
  }
  pairRuns(runO, o, runN, n, similar, oldKeys, newKeys, steps);
}

/** Pairs a run of removed paragraphs with a run of added ones, in order, looking a few ahead for the better partner. */
function pairRuns(o0: number, o1: number, n0: number, n1: number, similar: Similar, oldKeys: readonly string[], newKeys: readonly string[], steps: AlignedStep[]): void {
  let i = o0;
  let j = n0;
  while (i < o1 && j < n1) {
    if (similar(i, j)) {
      steps.push({ kind: oldKeys[i] === newKeys[j] ? 'same' : 'changed', oldIndex: i, newIndex: j });
      i++;
      j++;
      continue;
    }
    let skipOld = 0;
    let skipNew = 0;
    for (let k = 1; k <= LOOKAHEAD && !skipOld && !skipNew; k++) {
      if (i + k < o1 && similar(i + k, j)) skipOld = k;
      else if (j + k < n1 && similar(i, j + k)) skipNew = k;
    }
    if (skipOld) for (let k = 0; k < skipOld; k++) steps.push({ kind: 'removed', oldIndex: i++ });
    else if (skipNew) for (let k = 0; k < skipNew; k++) steps.push({ kind: 'added', newIndex: j++ });
    else {
      steps.push({ kind: 'removed', oldIndex: i++ });
      steps.push({ kind: 'added', newIndex: j++ });
    }
  }
  while (i < o1) steps.push({ kind: 'removed', oldIndex: i++ });
  while (j < n1) steps.push({ kind: 'added', newIndex: j++ });
}
