import type { AlignedStep } from './alignParagraphs';
import { paragraphSimilarity } from './paragraphSimilarity';

/** A removed and an added step that are one paragraph moved (steps are indexes into the step list). */
export interface MovePair {
  removedStep: number;
  addedStep: number;
}

/** Paragraphs shorter than this are not called moves (a repeated "（完）" or a blank line is no news). */
const MIN_MOVE_CHARS = 4;
/** Near-identical: edited while moved. Stricter than pairing, since the paragraphs are far apart. */
const MOVE_SIMILARITY = 0.8;
/** Bound on the removed × added comparisons spent looking for near-identical moves. */
const NEAR_MOVE_CELLS = 250_000;

/**
 * Finds moved paragraphs among the removed and added steps: first identical texts (under the
 * ignore options), then, if the leftovers are few enough to compare all pairs, near-identical ones.
 */
export function detectMoves(steps: readonly AlignedStep[], oldTexts: readonly string[], newTexts: readonly string[], oldKeys: readonly string[], newKeys: readonly string[]): MovePair[] {
  const addedByKey = new Map<string, number[]>();
  const added: number[] = [];
  const removed: number[] = [];
  steps.forEach((s, i) => {
    if (s.kind === 'added' && newTexts[s.newIndex]!.trim().length >= MIN_MOVE_CHARS) {
      added.push(i);
      const key = newKeys[s.newIndex]!;
      const list = addedByKey.get(key);
      if (list) list.push(i);
      else addedByKey.set(key, [i]);
    } else if (s.kind === 'removed' && oldTexts[s.oldIndex]!.trim().length >= MIN_MOVE_CHARS) {
      removed.push(i);
    }
  });
  const moves: MovePair[] = [];
  const used = new Set<number>();
  const unmatched: number[] = [];
  for (const r of removed) {
    const s = steps[r] as { oldIndex: number };
    const a = addedByKey.get(oldKeys[s.oldIndex]!)?.find((x) => !used.has(x));
    if (a === undefined) {
      unmatched.push(r);
      continue;
    }
    used.add(a);
    moves.push({ removedStep: r, addedStep: a });
  }
  const freeAdded = added.filter((a) => !used.has(a));
  if (unmatched.length * freeAdded.length <= NEAR_MOVE_CELLS) {
    for (const r of unmatched) {
      const oldText = oldTexts[(steps[r] as { oldIndex: number }).oldIndex]!;
      let best = -1;
      let bestScore = MOVE_SIMILARITY;
      for (const a of freeAdded) {
        if (used.has(a)) continue;
        const score = paragraphSimilarity(oldText, newTexts[(steps[a] as { newIndex: number }).newIndex]!);
        if (score >= bestScore) {
          best = a;
          bestScore = score;
        }
      }
      if (best < 0) continue;
      used.add(best);
      moves.push({ removedStep: r, addedStep: best });
    }
  }
  return moves.sort((x, y) => x.addedStep - y.addedStep);
}
