/**
 * The gazetteer's full names in an open-addressed hash over their characters, asked about a stretch
 * of a draft in place: a long draft asks whether some hundred thousand stretches are names, and
 * nearly all are not. A set of strings needs each stretch cut out of the draft and hashed as a new
 * string, and the 45,000 names cut out of the stored names to be built; this table holds row numbers
 * only and compares characters where they stand.
 */
export class NameTable {
  /** Row + 1 per slot, 0 when empty; rows with the same name take one slot (the first). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `slots`: as `slots()` gave them for these names (stored by the build); made here when absent. */
  constructor(
    private readonly names: string,
    private readonly nameStarts: Uint32Array,
    slots?: Int32Array,
  ) {
    const rows = nameStarts.length - 1;
    // At least twice as many slots as names: probes stay short.
    let size = 16;
    while (size < 2 * rows) size *= 2;
    if (slots && slots.length === size) {
      this.slots = slots;
      this.mask = size - 1;
      return;
    }
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let row = 0; row < rows; row++) this.insert(row);
  }

  /** The table itself, for the build to store (core/gazetteer/gazetteerTables.ts). */
  storedSlots(): Int32Array {
    return this.slots;
  }

  /** Whether text[start, end) is some row's name. */
  has(text: string, start: number, end: number): boolean {
    for (let slot = hashOf(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held === 0) return false;
      if (this.nameIs(held - 1, text, start, end)) return true;
    }
  }

  private insert(row: number): void {
    const start = this.nameStarts[row]!;
    const end = this.nameStarts[row + 1]!;
    for (let slot = hashOf(this.names, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held === 0) {
        this.slots[slot] = row + 1;
        return;
      }
      if (this.nameIs(held - 1, this.names, start, end)) return;
    }
  }

  private nameIs(row: number, text: string, start: number, end: number): boolean {
    const from = this.nameStarts[row]!;
    if (this.nameStarts[row + 1]! - from !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (this.names.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }
}

/** FNV-1a over the UTF-16 code units, its high bits folded into the low ones the mask keeps. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
