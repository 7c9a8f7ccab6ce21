/**
 * The gazetteer's full names in an open-addressed hash over their characters, asked about a stretch
 * of a draft in place: a long draft asks whether some hundred thousand stretches are names, and
 * nearly all are not. A set of strings needs each stretch cut out of the draft and hashed as a new
 * string, and the 45,000 names cut out of the stored names to be built; this table holds numbers
 * only and compares characters where they stand. Keyed by position in the index's name order, it
 * also says where a name's rows start there, which a binary search over the names found before.
 */
export class NameTable {
  /** Position in `order` + 1 per slot, 0 when empty; rows with the same name take one slot (the first in order). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly order: Uint32Array | undefined;

  /**
   * `order`: the rows in the order positions count in (the index passes its name order, so that the
   * first position of a name is where its rows start there); row order when absent. `slots`: as
   * storedSlots() gave them for these names and this order (stored by the build); made here when absent.
   */
  constructor(
    private readonly names: string,
    private readonly nameStarts: Uint32Array,
    { order, slots }: { order?: Uint32Array; slots?: Int32Array } = {},
  ) {
    this.order = order;
    const rows = nameStarts.length - 1;
    // At least twice as many slots as names: probes stay short.
    let size = 16;
    while (size < 2 * rows) size *= 2;
    this.mask = size - 1;
    if (slots && slots.length === size) {
      this.slots = slots;
      return;
    }
    this.slots = new Int32Array(size);
    for (let k = 0; k < rows; k++) this.insert(k);
  }

  /** The table itself, for the build to store (core/gazetteer/gazetteerTables.ts). */
  storedSlots(): Int32Array {
    return this.slots;
  }

  /** Whether text[start, end) is some row's name. */
  has(text: string, start: number, end: number): boolean {
    return this.firstAt(text, start, end) >= 0;
  }

  /** The first position in `order` whose row is named text[start, end), or -1 when none is. */
  firstAt(text: string, start: number, end: number): number {
    for (let slot = hashOf(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held === 0) return -1;
      if (this.nameIs(held - 1, text, start, end)) return held - 1;
    }
  }

  private insert(k: number): void {
    const row = this.rowAt(k);
    const start = this.nameStarts[row]!;
    const end = this.nameStarts[row + 1]!;
    for (let slot = hashOf(this.names, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held === 0) {
        this.slots[slot] = k + 1;
        return;
      }
      if (this.nameIs(held - 1, this.names, start, end)) return;
    }
  }

  private rowAt(k: number): number {
    return this.order ? this.order[k]! : k;
  }

  private nameIs(k: number, text: string, start: number, end: number): boolean {
    const row = this.rowAt(k);
    const from = this.nameStarts[row]!;
    if (this.nameStarts[row + 1]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.names.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }
}

/** FNV-1a over the UTF-16 code units, its high bits folded into the low ones the mask keeps. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
