import type { Utf16Decoder } from './gazetteerFile';

/**
 * Lists of gazetteer rows by text key (short names, masked names), held as flat arrays the build can
 * store (core/gazetteer/gazetteerTables.ts): the keys' code units one after the other and where each
 * starts, and the rows one list after the other and where each list starts (one more than the keys).
 * Read back, only the keys go into a map; a key's rows are a view made when it is asked about.
 */
export interface RowsByKeyArrays {
  keyUnits: Uint16Array;
  keyStarts: Uint32Array;
  rows: Uint32Array;
  rowStarts: Uint32Array;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export class RowsByKey {
  /** Each key's place in the arrays, made on the first question. */
  private places: Map<string, number> | undefined;

  private constructor(
    private readonly stored: RowsByKeyArrays,
    private readonly decodeUtf16: Utf16Decoder,
  ) {}

  static ofMap(map: ReadonlyMap<string, readonly number[]>): RowsByKey {
    let units = 0;
    let rowCount = 0;
    for (const [key, rows] of map) {
      units += key.length;
      rowCount += rows.length;
    }
    const stored: RowsByKeyArrays = { keyUnits: new Uint16Array(units), keyStarts: new Uint32Array(map.size + 1), rows: new Uint32Array(rowCount), rowStarts: new Uint32Array(map.size + 1) };
    const places = new Map<string, number>();
    let k = 0;
    for (const [key, rows] of map) {
      const at = stored.keyStarts[k]!;
      for (let i = 0; i < key.length; i++) stored.keyUnits[at + i] = key.charCodeAt(i);
      stored.rows.set(rows, stored.rowStarts[k]!);
      stored.keyStarts[k + 1] = at + key.length;
      stored.rowStarts[k + 1] = stored.rowStarts[k]! + rows.length;
      places.set(key, k++);
    }
    const made = new RowsByKey(stored, decodeByCode);
    made.places = places;
    return made;
  }

  /** The lists `arrays` hold, read when first asked about; undefined when the arrays' lengths do not fit together. */
  static ofArrays(arrays: RowsByKeyArrays, decodeUtf16: Utf16Decoder): RowsByKey | undefined {
    const { keyUnits, keyStarts, rows, rowStarts } = arrays;
    const count = keyStarts.length - 1;
    if (count < 0 || rowStarts.length !== count + 1 || keyStarts[count] !== keyUnits.length || rowStarts[count] !== rows.length) return undefined;
    for (let k = 0; k < count; k++) if (keyStarts[k + 1]! < keyStarts[k]! || rowStarts[k + 1]! < rowStarts[k]!) return undefined;
    return new RowsByKey(arrays, decodeUtf16);
  }

  get(key: string): Uint32Array | undefined {
    const k = this.placesOfKeys().get(key);
    return k === undefined ? undefined : this.stored.rows.subarray(this.stored.rowStarts[k], this.stored.rowStarts[k + 1]);
  }

  has(key: string): boolean {
    return this.placesOfKeys().has(key);
  }

  keys(): IterableIterator<string> {
    return this.placesOfKeys().keys();
  }

  arrays(): RowsByKeyArrays {
    return this.stored;
  }

  private placesOfKeys(): Map<string, number> {
    if (this.places) return this.places;
    const { keyUnits, keyStarts } = this.stored;
    // The units are in this machine's order, which the decoder reads as little-endian.
    const bytes = new Uint8Array(keyUnits.buffer, keyUnits.byteOffset, keyUnits.byteLength);
    const text = LITTLE_ENDIAN ? this.decodeUtf16(bytes) : decodeByCode(bytes);
    this.places = new Map();
    for (let k = 0; k + 1 < keyStarts.length; k++) this.places.set(text.slice(keyStarts[k], keyStarts[k + 1]), k);
    return this.places;
  }
}

/** UTF-16 in this machine's order, by code: the keys of a table made in this run are never decoded. */
function decodeByCode(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  return Array.from(units, (unit) => String.fromCharCode(unit)).join('');
}
