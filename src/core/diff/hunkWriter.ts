import type { Hunk } from './revisionDiff';

/**
 * Collects edits in document order and merges those that touch, so each hunk is one
 * contiguous replacement and applying them left to right is unambiguous.
 */
export class HunkWriter {
  private readonly ranges: { oldStart: number; oldEnd: number; newStart: number; newEnd: number; trivial: boolean }[] = [];

  /** Records that old[oldStart, oldEnd) becomes new[newStart, newEnd); a no-op is ignored. */
  add(oldStart: number, oldEnd: number, newStart: number, newEnd: number, trivial: boolean): void {
    if (oldStart === oldEnd && newStart === newEnd) return;
    const last = this.ranges[this.ranges.length - 1];
    if (last && last.oldEnd === oldStart && last.newEnd === newStart) {
      last.oldEnd = oldEnd;
      last.newEnd = newEnd;
      last.trivial &&= trivial;
      return;
    }
    this.ranges.push({ oldStart, oldEnd, newStart, newEnd, trivial });
  }

  hunks(oldText: string, newText: string): Hunk[] {
    return this.ranges.map((r) => ({ ...r, oldText: oldText.slice(r.oldStart, r.oldEnd), newText: newText.slice(r.newStart, r.newEnd) }));
  }
}

/** Applies hunks (sorted, non-overlapping) to the old text: the rebuild the hunks promise. */
export function applyHunks(oldText: string, hunks: readonly Pick<Hunk, 'oldStart' | 'oldEnd' | 'newText'>[]): string {
  let out = '';
  let at = 0;
  for (const h of hunks) {
    out += oldText.slice(at, h.oldStart) + h.newText;
    at = h.oldEnd;
  }
  return out + oldText.slice(at);
}
