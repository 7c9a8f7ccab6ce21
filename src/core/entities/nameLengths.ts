const NONE: readonly number[] = [];
const SINGLE: readonly number[] = [1];
const EMPTY = 0xffffffff;
/** Code units per stored ending: its two characters and its mask's two halves. */
const ENDING_UNITS = 4;
/** lastChars has a place for every UTF-16 code unit. */
const LAST_CHARS = 0x10000;

/** A table's arrays as stored: keys and masks of the same power-of-two length, and lastChars by code. */
export interface NameLengthsArrays {
  keys: Uint32Array;
  masks: Uint32Array;
  lastChars: Uint8Array;
}

/** Whether `arrays` have the shape of a table's (a stored table that has not is made again). */
export function isNameLengthsArrays({ keys, masks, lastChars }: NameLengthsArrays): boolean {
  return keys.length >= 16 && (keys.length & (keys.length - 1)) === 0 && masks.length === keys.length && lastChars.length === LAST_CHARS;
}

/**
 * The lengths of a set of names, by their last two characters: a look-up of the names ending at
 * a position then tries only lengths some name of that ending has (会宁县 and 北京 ask one or two
 * lengths; most positions, none) instead of every length up to the longest name.
 *
 * Made for the gazetteer's 45,000 names on every run, so it holds numbers, not objects: an
 * open-addressed hash from the two characters to a bit mask of lengths, and the lists of lengths
 * made once per distinct mask (a few hundred).
 */
export class NameLengths {
  private readonly keys: Uint32Array;
  private readonly masks: Uint32Array;
  /** By code: 1 when some name ends in it, 2 when a one-character name is it. Most positions are answered here. */
  private readonly lastChars: Uint8Array;
  /** Lengths, longest first, by mask (and a one-character name's 1 where one ends there). */
  private readonly lists = new Map<number, number[]>();

  /**
   * The names of every group (passed apart so the gazetteer's 45,000 names are not copied into one
   * list first), and the endings of more names as the build stored them (Gazetteer.nameEndings),
   * which cost a pass over their 7,000-odd endings instead of one over the names. In place of the
   * groups, the arrays() of a table made from them, as the build stores them (core/gazetteer/gazetteerTables.ts).
   */
  constructor(groups: readonly Iterable<string>[] | NameLengthsArrays, storedEndings = '') {
    if (!Array.isArray(groups)) {
      ({ keys: this.keys, masks: this.masks, lastChars: this.lastChars } = groups as NameLengthsArrays);
      return;
    }
    this.lastChars = new Uint8Array(LAST_CHARS);
    const lists = groups.map((group) => (Array.isArray(group) ? (group as readonly string[]) : [...group]));
    // At most one pair of last characters per name or ending: at least twice as many slots, so probes stay short and the table never grows.
    let size = 16;
    while (size < 2 * (lists.reduce((sum, names) => sum + names.length, 0) + storedEndings.length / ENDING_UNITS)) size *= 2;
    this.keys = new Uint32Array(size).fill(EMPTY);
    this.masks = new Uint32Array(size);
    this.addStoredEndings(storedEndings);
    for (const names of lists) {
      // An indexed loop: this one runs before V8 has compiled it, and for-of then allocates a result per name.
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        const last = name.charCodeAt(name.length - 1);
        if (name.length === 1) {
          this.lastChars[last] = 2;
          continue;
        }
        this.lastChars[last] ||= 1;
        // Lengths past 31 do not fit the mask; no gazetteer or region name comes near.
        if (name.length < 32) this.add(((last << 16) | name.charCodeAt(name.length - 2)) >>> 0, 1 << name.length);
      }
    }
  }

  /** By code, nonzero where some name ends in that character; elsewhere endingAt answers none. A copy, which a caller may mark more codes in. */
  endingCodes(): Uint8Array {
    return this.lastChars.slice();
  }

  /** The table's arrays, for the build to store. */
  arrays(): NameLengthsArrays {
    return { keys: this.keys, masks: this.masks, lastChars: this.lastChars };
  }

  /** See Gazetteer.nameEndings. */
  private addStoredEndings(stored: string): void {
    const space = stored.indexOf(' ');
    if (space < 0) return;
    for (let i = 0; i < space; i++) this.lastChars[stored.charCodeAt(i)] = 2;
    for (let at = space + 1; at + ENDING_UNITS <= stored.length; at += ENDING_UNITS) {
      const prev = stored.charCodeAt(at);
      const last = stored.charCodeAt(at + 1);
      this.lastChars[last] ||= 1;
      this.add(((last << 16) | prev) >>> 0, ((stored.charCodeAt(at + 2) << 16) | stored.charCodeAt(at + 3)) >>> 0);
    }
  }

  /** Lengths, longest first, of the names that may end at `end` in `text` (each still to be checked; some may exceed `end`). */
  endingAt(text: string, end: number): readonly number[] {
    if (end < 1) return NONE;
    const last = text.charCodeAt(end - 1);
    const kind = this.lastChars[last]!;
    if (kind === 0) return NONE;
    const mask = end >= 2 ? this.find(((last << 16) | text.charCodeAt(end - 2)) >>> 0) : 0;
    if (mask === 0) return kind === 2 ? SINGLE : NONE;
    return this.listOf(kind === 2 ? mask | 2 : mask);
  }

  private add(key: number, bit: number): void {
    const slot = this.slotOf(key);
    this.keys[slot] = key;
    this.masks[slot]! |= bit;
  }

  private find(key: number): number {
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.masks[slot]! : 0;
  }

  /**
   * The slot holding `key`, or the empty one where it would go. The multiplied key's high bits pick
   * the slot: its low bits depend on the key's low bits alone, the character before the last, so
   * every ending after the same character (…宁县, …宁市, …宁区) shared a first slot, and a look-up took
   * six probes on the bench's draft and eight on news text instead of 1.4.
   */
  private slotOf(key: number): number {
    const size = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> Math.clz32(size);
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & size;
    return slot;
  }

  private listOf(mask: number): readonly number[] {
    let list = this.lists.get(mask);
    if (!list) {
      list = [];
      for (let length = 31; length >= 1; length--) if (mask & (1 << length)) list.push(length);
      this.lists.set(mask, list);
    }
    return list;
  }
}
