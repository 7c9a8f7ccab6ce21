import { ShortWordCosts, type ShortWordCostsArrays } from './shortWordCosts';
import type { WordTables } from './typoLexicon';
import { WordPositions, type WordPositionsArrays } from './wordPositions';

/**
 * The typo check's fast tables: the hash of one- and two-character words' costs, and by word length
 * the filter of which characters stand where. They answer what the sorted word tables answer, only
 * faster, and take 30–40 ms to make from the words; the build makes them once and stores their
 * arrays (packFastTables), which a run reads back in a millisecond (unpackFastTables).
 */
export interface TypoFastTables {
  /** By width − 1. */
  short: (ShortWordCosts | undefined)[];
  positions: Map<number, WordPositions>;
}

export function buildFastTables(words: WordTables): TypoFastTables {
  const positions = new Map<number, WordPositions>();
  // The table masking the last position holds the words in their own order.
  for (const [key, perPosition] of Object.entries(words.completions)) positions.set(Number(key), WordPositions.ofWords(perPosition[Number(key) - 1]!, Number(key)));
  const short = ([1, 2] as const).map((width) => (words.byLength[width] ? ShortWordCosts.ofWords(words.byLength[width].keys, words.byLength[width].costs, width) : undefined));
  return { short, positions };
}

const MAGIC = 'JKTF';
const FORMAT = 1;

/** Where each array lies in the file: [byte offset, element count]. */
type Place = [number, number];
interface ShortLayout {
  width: 1 | 2;
  keys: Place;
  costs: Place;
}
interface Header {
  format: number;
  /** The typo data these tables were made from (TypoData.tablesId). */
  dataId: string;
  littleEndian: boolean;
  short: (ShortLayout | null)[];
  positions: { length: number; bits: Place; pairs: ShortLayout[] }[];
}

/**
 * The tables as one file: "JKTF", the header's length (4 bytes), the header as ASCII JSON, then
 * every array at an offset that is a multiple of 4, in this machine's byte order (the header says which).
 */
export function packFastTables(tables: TypoFastTables, dataId: string): Uint8Array {
  const arrays: (Int32Array | Uint16Array | Uint8Array)[] = [];
  const place = (array: Int32Array | Uint16Array | Uint8Array): Place => {
    arrays.push(array);
    return [arrays.length - 1, array.length];
  };
  const shortLayout = (a: ShortWordCostsArrays): ShortLayout => ({ width: a.width, keys: place(a.keys), costs: place(a.costs) });
  const header: Header = {
    format: FORMAT,
    dataId,
    littleEndian: LITTLE_ENDIAN,
    short: tables.short.map((t) => (t ? shortLayout(t.arrays()) : null)),
    positions: [...tables.positions.values()].map((p) => {
      const a = p.arrays();
      return { length: a.length, bits: place(a.bits), pairs: a.pairs.map(shortLayout) };
    }),
  };
  // Array indexes stand in for offsets until the header's length, and so the data's start, is known.
  const provisional = headerBytes(header);
  const offsets: number[] = [];
  let at = align(8 + provisional.length + 16 * arrays.length);
  for (const array of arrays) {
    offsets.push(at);
    at = align(at + array.byteLength);
  }
  const placed = (p: Place): Place => [offsets[p[0]]!, p[1]];
  const placeShort = (s: ShortLayout): ShortLayout => ({ ...s, keys: placed(s.keys), costs: placed(s.costs) });
  const final = headerBytes({
    ...header,
    short: header.short.map((s) => (s ? placeShort(s) : null)),
    positions: header.positions.map((p) => ({ ...p, bits: placed(p.bits), pairs: p.pairs.map(placeShort) })),
  });
  if (8 + final.length > offsets[0]!) throw new Error('typo fast tables: header longer than reserved');
  const out = new Uint8Array(at);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  new DataView(out.buffer).setUint32(4, final.length, true);
  out.set(final, 8);
  arrays.forEach((array, i) => out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offsets[i]));
  return out;
}

/**
 * The tables stored by packFastTables, as views on `bytes` (nothing copied unless `bytes` is not
 * 4-byte aligned); undefined when the file is not such tables, is of another format or byte order,
 * or was made from other typo data than `dataId` names — the tables are then made from the words.
 */
export function unpackFastTables(bytes: Uint8Array, dataId: string): TypoFastTables | undefined {
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  if (bytes.length < 8 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) return undefined;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) return undefined;
  let header: Header;
  try {
    header = JSON.parse(asciiOf(bytes.subarray(8, 8 + headerLength))) as Header;
  } catch {
    return undefined;
  }
  if (header.format !== FORMAT || header.dataId !== dataId || header.littleEndian !== LITTLE_ENDIAN) return undefined;
  const view = <T>(make: new (buffer: ArrayBuffer, offset: number, length: number) => T, size: number, [offset, count]: Place): T | undefined =>
    Number.isInteger(offset) && Number.isInteger(count) && offset % 4 === 0 && offset >= 0 && offset + count * size <= bytes.length ? new make(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, count) : undefined;
  const shortArrays = (s: ShortLayout): ShortWordCostsArrays | undefined => {
    const keys = view(Int32Array, 4, s.keys);
    const costs = view(Uint16Array, 2, s.costs);
    return keys && costs ? { width: s.width, keys, costs } : undefined;
  };
  const short: (ShortWordCosts | undefined)[] = [];
  for (const s of header.short) {
    if (!s) {
      short.push(undefined);
      continue;
    }
    const arrays = shortArrays(s);
    const table = arrays && ShortWordCosts.ofArrays(arrays);
    if (!table) return undefined;
    short.push(table);
  }
  const positions = new Map<number, WordPositions>();
  for (const p of header.positions) {
    const bits = view(Uint8Array, 1, p.bits);
    const pairs = p.pairs.map(shortArrays);
    if (!bits || pairs.some((a) => !a)) return undefined;
    const arrays: WordPositionsArrays = { length: p.length, bits, pairs: pairs as ShortWordCostsArrays[] };
    const table = WordPositions.ofArrays(arrays);
    if (!table) return undefined;
    positions.set(p.length, table);
  }
  return { short, positions };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function align(n: number): number {
  return (n + 3) & ~3;
}

function headerBytes(header: Header): Uint8Array {
  const json = JSON.stringify(header);
  const out = new Uint8Array(json.length);
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code > 0x7f) throw new Error('typo fast tables: the header must be ASCII');
    out[i] = code;
  }
  return out;
}

function asciiOf(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}
