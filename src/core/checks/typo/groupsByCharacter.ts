/**
 * Which groups each character belongs to (sound-alike or look-alike groups: large, one per syllable
 * or stroke pattern, so pairs are not stored). Linked lists in typed arrays, by UTF-16 code: every
 * start makes two of these over 9,000 characters, which as maps of lists cost 4–6 ms of a cold start.
 */
export class GroupsByCharacter {
  private readonly head = new Int32Array(0x10000).fill(-1);
  private readonly groupOf: Int32Array;
  private readonly next: Int32Array;

  constructor(groups: readonly string[]) {
    let total = 0;
    for (const group of groups) total += group.length;
    this.groupOf = new Int32Array(total);
    this.next = new Int32Array(total);
    // Last group first, each entry put at the head of its character's list: the lists come out in group order.
    for (let n = groups.length - 1, entry = 0; n >= 0; n--) {
      const group = groups[n]!;
      for (let i = 0; i < group.length; i++, entry++) {
        const code = group.charCodeAt(i);
        this.groupOf[entry] = n;
        this.next[entry] = this.head[code]!;
        this.head[code] = entry;
      }
    }
  }

  /** The numbers of the groups holding the character of this code, in group order. */
  of(code: number): number[] {
    const found: number[] = [];
    for (let entry = this.head[code]!; entry >= 0; entry = this.next[entry]!) found.push(this.groupOf[entry]!);
    return found;
  }
}
