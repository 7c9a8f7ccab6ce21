const NONE: readonly number[] = [];
const SINGLE: readonly number[] = [1];

/**
 * The lengths of a set of names, by their last two characters: a look-up of the names ending at
 * a position then tries only lengths some name of that ending has (会宁县 and 北京 ask one or two
 * lengths; most positions, none) instead of every length up to the longest name.
 */
export class NameLengths {
  /** (last character's code × 65,536 + the code before it) → lengths, longest first. */
  private readonly byEnding = new Map<number, number[]>();
  /** By code: 1 when some name ends in it, 2 when a one-character name is it. Most positions are answered here. */
  private readonly lastChars = new Uint8Array(0x10000);

  /** The names of every group (passed apart so the gazetteer's 45,000 names are not copied into one list first). */
  constructor(...groups: Iterable<string>[]) {
    for (const names of groups) {
      for (const name of names) {
        const last = name.charCodeAt(name.length - 1);
        if (name.length === 1) {
          this.lastChars[last] = 2;
          continue;
        }
        this.lastChars[last] ||= 1;
        const key = last * 0x10000 + name.charCodeAt(name.length - 2);
        const lengths = this.byEnding.get(key);
        if (!lengths) this.byEnding.set(key, [name.length]);
        else if (!lengths.includes(name.length)) lengths.push(name.length);
      }
    }
    for (const [key, lengths] of this.byEnding) {
      lengths.sort((a, b) => b - a);
      if (this.lastChars[Math.floor(key / 0x10000)] === 2) lengths.push(1);
    }
  }

  /** Lengths, longest first, of the names that may end at `end` in `text` (each still to be checked; some may exceed `end`). */
  endingAt(text: string, end: number): readonly number[] {
    if (end < 1) return NONE;
    const last = text.charCodeAt(end - 1);
    const kind = this.lastChars[last]!;
    if (kind === 0) return NONE;
    const lengths = end >= 2 ? this.byEnding.get(last * 0x10000 + text.charCodeAt(end - 2)) : undefined;
    return lengths ?? (kind === 2 ? SINGLE : NONE);
  }
}
