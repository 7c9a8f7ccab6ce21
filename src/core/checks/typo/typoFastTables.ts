import { packArrays, unpackArrays, type PackedArray } from '../../packedArrays';
import { ShortWordCosts, type ShortWordCostsArrays } from './shortWordCosts';
import type { WordTables } from './typoLexicon';
import { WordPositions } from './wordPositions';

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
/** 2 since the tables are stored by core/packedArrays.ts. */
const FORMAT = 2;

/** What the stored file says besides its arrays: which widths and lengths it holds, and the data it was made from. */
interface Fields {
  format: number;
  /** The typo data these tables were made from (TypoData.tablesId). */
  dataId: string;
  /** By width − 1: whether a table of that width is stored. */
  short: boolean[];
  /** Per word length, its pair tables' widths in order. */
  positions: { length: number; pairs: (1 | 2)[] }[];
}

/** The tables as one file of named arrays (core/packedArrays.ts), tied to the typo data of `dataId`. */
export function packFastTables(tables: TypoFastTables, dataId: string): Uint8Array {
  const arrays: Record<string, PackedArray> = {};
  const putShort = (name: string, a: ShortWordCostsArrays) => {
    arrays[`${name}.keys`] = a.keys;
    arrays[`${name}.costs`] = a.costs;
  };
  tables.short.forEach((table, i) => table && putShort(`short.${i}`, table.arrays()));
  const positions = [...tables.positions.values()].map((p) => {
    const a = p.arrays();
    arrays[`positions.${a.length}.bits`] = a.bits;
    a.pairs.forEach((pair, i) => putShort(`positions.${a.length}.pairs.${i}`, pair));
    return { length: a.length, pairs: a.pairs.map((pair) => pair.width) };
  });
  const fields: Fields = { format: FORMAT, dataId, short: tables.short.map((t) => t !== undefined), positions };
  return packArrays(MAGIC, { ...fields }, arrays);
}

/**
 * The tables stored by packFastTables, as views on `bytes` (nothing copied unless `bytes` is not
 * 8-byte aligned); undefined when the file is not such tables, is of another format or byte order,
 * or was made from other typo data than `dataId` names — the tables are then made from the words.
 */
export function unpackFastTables(bytes: Uint8Array, dataId: string): TypoFastTables | undefined {
  const unpacked = unpackArrays(MAGIC, bytes);
  if (!unpacked) return undefined;
  const fields = unpacked.fields as Partial<Fields>;
  if (fields.format !== FORMAT || fields.dataId !== dataId || !Array.isArray(fields.short) || !Array.isArray(fields.positions)) return undefined;
  const { arrays } = unpacked;
  const shortArrays = (name: string, width: 1 | 2): ShortWordCostsArrays | undefined => {
    const keys = arrays[`${name}.keys`];
    const costs = arrays[`${name}.costs`];
    return keys instanceof Int32Array && costs instanceof Uint16Array ? { width, keys, costs } : undefined;
  };
  const short: (ShortWordCosts | undefined)[] = [];
  for (const [i, stored] of fields.short.entries()) {
    if (!stored) {
      short.push(undefined);
      continue;
    }
    const a = shortArrays(`short.${i}`, (i + 1) as 1 | 2);
    const table = a && ShortWordCosts.ofArrays(a);
    if (!table) return undefined;
    short.push(table);
  }
  const positions = new Map<number, WordPositions>();
  for (const p of fields.positions) {
    const bits = arrays[`positions.${p.length}.bits`];
    const pairs = p.pairs.map((width, i) => shortArrays(`positions.${p.length}.pairs.${i}`, width));
    if (!(bits instanceof Uint8Array) || pairs.some((a) => !a)) return undefined;
    const table = WordPositions.ofArrays({ length: p.length, bits, pairs: pairs as ShortWordCostsArrays[] });
    if (!table) return undefined;
    positions.set(p.length, table);
  }
  return { short, positions };
}
