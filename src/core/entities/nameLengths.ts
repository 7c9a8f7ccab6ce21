const NONE: readonly number[] = [];

/**
 * The lengths of a set of names, by their last two characters: a look-up of the names ending at
 * a position then tries only lengths some name of that ending has (会宁县 and 北京 ask one or two
 * lengths; most positions, none) instead of every length up to the longest name.
 */
export class NameLengths {
  /** Last character's code → second-to-last character's code → lengths, longest first. */
  private readonly byEnding = new Map<number, Map<number, number[]>>();
  /** Codes of one-character names. */
  private readonly single = new Set<number>();

  /** The names of every group (passed apart so the gazetteer's 45,000 names are not copied into one list first). */
  constructor(...groups: Iterable<string>[]) {
    for (const names of groups) {
      for (const name of names) {
        const last = name.charCodeAt(name.length - 1);
        if (name.length === 1) {
          this.single.add(last);
          continue;
        }
        const before = name.charCodeAt(name.length - 2);
        let byBefore = this.byEnding.get(last);
        if (!byBefore) this.byEnding.set(last, (byBefore = new Map()));
        const lengths = byBefore.get(before);
        if (!lengths) byBefore.set(before, [name.length]);
        else if (!lengths.includes(name.length)) lengths.push(name.length);
      }
    }
    for (const [last, byBefore] of this.byEnding) {
      for (const lengths of byBefore.values()) {
        lengths.sort((a, b) => b - a);
        if (this.single.has(last)) lengths.push(1);
      }
    }
  }

  /** Lengths, longest first, of the names that may end at `end` in `text` (each still to be checked; some may exceed `end`). */
  endingAt(text: string, end: number): readonly number[] {
    if (end < 1) return NONE;
    const last = text.charCodeAt(end - 1);
    const lengths = end >= 2 ? this.byEnding.get(last)?.get(text.charCodeAt(end - 2)) : undefined;
    return lengths ?? (this.single.has(last) ? [1] : NONE);
  }
}
