import { isNameLengthsArrays, type NameLengthsArrays } from '../entities/nameLengths';
import { placeNameLengths } from '../entities/regionPrefixes';
import { packArrays, unpackArrays, type PackedArray } from '../packedArrays';
import { storedSlipTable, type StoredSlipTable } from './countySlips';
import type { Gazetteer } from './gazetteer';
import { gazetteerIndex, rowsByShortName } from './gazetteerIndex';
import { NameTable } from './nameTable';
import { RowsByKey, type RowsByKeyArrays } from './rowsByKey';
import type { Utf16Decoder } from './gazetteerFile';

/**
 * What a check derives from the gazetteer before it can read a draft's places: the hash of the full
 * names, the rows by short name, the lengths of every place name by their endings and the table of
 * county slips. Made from the 45,000 divisions they took a long draft's check ≈ 30 ms at every
 * start; the build makes them once (scripts/buildGazetteerTables.ts) and stores them beside the
 * index (resources/generated/gazetteer-tables.bin), and a run reads them in well under a millisecond.
 * The same functions make them in both places, so a stored table is the one a run would make.
 */
export interface GazetteerTables {
  /** NameTable's slots over the full names, by position in the name order. */
  nameSlots: Int32Array;
  /** gazetteerIndex's rows by short name. */
  shortNameRows: RowsByKey;
  /** placeNameLengths' table. */
  placeNameLengths: NameLengthsArrays;
  /** countySlips' table. */
  slips: StoredSlipTable;
}

/** "Jiaokan gazetteer tables". */
const MAGIC = 'JKGT';
/** Raised whenever what a table holds or how it is made changes: tables of another format are made again. */
const GAZETTEER_TABLES_FORMAT = 3;

/** The tables of `gazetteer`, made as a run without stored tables makes them. */
export function deriveGazetteerTables(gazetteer: Gazetteer): GazetteerTables {
  const index = gazetteerIndex({ ...gazetteer, tables: undefined });
  return {
    nameSlots: new NameTable(gazetteer.names, gazetteer.nameStarts, { order: gazetteer.byName }).storedSlots(),
    shortNameRows: RowsByKey.ofMap(rowsByShortName(gazetteer)),
    placeNameLengths: placeNameLengths(index).arrays(),
    slips: storedSlipTable(index),
  };
}

/** The tables as a file, tied to the gazetteer index they were made from by its checksum. */
export function packGazetteerTables(tables: GazetteerTables, gazetteerChecksum: number): Uint8Array {
  const prefixed = (prefix: string, arrays: RowsByKeyArrays): Record<string, PackedArray> => Object.fromEntries(Object.entries(arrays).map(([name, array]) => [`${prefix}.${name}`, array]));
  return packArrays(
    MAGIC,
    { format: GAZETTEER_TABLES_FORMAT, gazetteerChecksum },
    {
      nameSlots: tables.nameSlots,
      ...prefixed('shortNameRows', tables.shortNameRows.arrays()),
      'placeNameLengths.keys': tables.placeNameLengths.keys,
      'placeNameLengths.masks': tables.placeNameLengths.masks,
      'placeNameLengths.lastChars': tables.placeNameLengths.lastChars,
      ...prefixed('slips.rowsByMask', tables.slips.rowsByMask.arrays()),
      'slips.shapes': Float64Array.from(tables.slips.shapes),
    },
  );
}

/**
 * The tables stored by packGazetteerTables; undefined when `bytes` are not such tables, are of
 * another format, or were made from another index than the one of `gazetteerChecksum`.
 */
export function unpackGazetteerTables(bytes: Uint8Array, gazetteerChecksum: number, decodeUtf16: Utf16Decoder): GazetteerTables | undefined {
  const unpacked = unpackArrays(MAGIC, bytes);
  if (!unpacked || unpacked.fields.format !== GAZETTEER_TABLES_FORMAT || unpacked.fields.gazetteerChecksum !== gazetteerChecksum) return undefined;
  const { arrays } = unpacked;
  const typed = <T extends PackedArray>(name: string, kind: new (length: number) => T): T | undefined => (arrays[name] instanceof kind ? (arrays[name] as T) : undefined);
  const rowsByKey = (prefix: string): RowsByKey | undefined => {
    const keyUnits = typed(`${prefix}.keyUnits`, Uint16Array);
    const keyStarts = typed(`${prefix}.keyStarts`, Uint32Array);
    const rows = typed(`${prefix}.rows`, Uint32Array);
    const rowStarts = typed(`${prefix}.rowStarts`, Uint32Array);
    return keyUnits && keyStarts && rows && rowStarts ? RowsByKey.ofArrays({ keyUnits, keyStarts, rows, rowStarts }, decodeUtf16) : undefined;
  };
  const nameSlots = typed('nameSlots', Int32Array);
  const shortNameRows = rowsByKey('shortNameRows');
  const keys = typed('placeNameLengths.keys', Uint32Array);
  const masks = typed('placeNameLengths.masks', Uint32Array);
  const lastChars = typed('placeNameLengths.lastChars', Uint8Array);
  const rowsByMask = rowsByKey('slips.rowsByMask');
  const shapes = typed('slips.shapes', Float64Array);
  if (!nameSlots || !shortNameRows || !keys || !masks || !lastChars || !rowsByMask || !shapes) return undefined;
  const placeLengths = { keys, masks, lastChars };
  if (!isNameLengthsArrays(placeLengths)) return undefined;
  return { nameSlots, shortNameRows, placeNameLengths: placeLengths, slips: { rowsByMask, shapes: new Set(shapes) } };
}
