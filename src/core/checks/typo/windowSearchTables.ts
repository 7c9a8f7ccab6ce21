import { packArrays, unpackArrays, type PackedArray } from '../../packedArrays';
import type { TypoFastTables } from './typoFastTables';
import type { TypoData } from './typoLexicon';
import { MAX_WORD_LENGTH } from './wordTables';

/**
 * The tables the compiled window search (windowSearch.c) reads, as typed arrays: the fast tables'
 * arrays, and the sorted word and completion tables and the confusion groups of the typo data as
 * UTF-16 code units. The build stores them (packWindowSearchTables) so that a run copies them into
 * the module's memory at once, instead of reading 1.7 million code units out of the data's strings.
 */
export type WindowSearchTables = Record<string, PackedArray>;

const MAGIC = 'JKWS';
const FORMAT = 1;

/**
 * What windowSearch.c's `layout` holds, in its order: an array's address, or with `size` its element
 * count ('length') or one less ('groups': offsets hold one more than there are groups).
 */
export interface LayoutEntry {
  name: string;
  size?: 'length' | 'groups';
}

export function windowSearchLayout(): LayoutEntry[] {
  const layout: LayoutEntry[] = [];
  const short = (name: string) => layout.push({ name: `${name}.keys` }, { name: `${name}.costs` }, { name: `${name}.keys`, size: 'length' });
  short('short.0');
  short('short.1');
  for (let length = 2; length <= MAX_WORD_LENGTH; length++) {
    layout.push({ name: `positions.${length}.bits` });
    for (let k = 0; length >= 3 && k < length - 1; k++) short(`positions.${length}.pairs.${k}`);
  }
  for (let length = 1; length <= MAX_WORD_LENGTH; length++) layout.push({ name: `sorted.${length}.keys` }, { name: `sorted.${length}.costs` }, { name: `sorted.${length}.costs`, size: 'length' });
  for (let length = 2; length <= MAX_WORD_LENGTH; length++) {
    for (let at = 0; at < length; at++) {
      const name = `completions.${length}.${at}`;
      layout.push({ name: `${name}.others` }, { name: `${name}.fills` }, { name: `${name}.costs` }, { name: `${name}.costs`, size: 'length' });
    }
  }
  for (const kind of ['sound', 'shape']) layout.push({ name: `${kind}.chars` }, { name: `${kind}.offsets` }, { name: `${kind}.offsets`, size: 'groups' });
  return layout;
}

/** The arrays of `data` and its fast tables that the compiled search reads. */
export function windowSearchTables(data: TypoData, fast: TypoFastTables): WindowSearchTables {
  const tables: WindowSearchTables = {};
  fast.short.forEach((table, i) => {
    if (!table) return;
    const { keys, costs } = table.arrays();
    tables[`short.${i}.keys`] = keys;
    tables[`short.${i}.costs`] = costs;
  });
  for (const positions of fast.positions.values()) {
    const { length, bits, pairs } = positions.arrays();
    tables[`positions.${length}.bits`] = bits;
    pairs.forEach((pair, k) => {
      tables[`positions.${length}.pairs.${k}.keys`] = pair.keys;
      tables[`positions.${length}.pairs.${k}.costs`] = pair.costs;
    });
  }
  const { byLength, completions } = data.words;
  for (const [length, table] of Object.entries(byLength)) {
    tables[`sorted.${length}.keys`] = codeUnits(table.keys);
    tables[`sorted.${length}.costs`] = codeUnits(table.costs);
  }
  for (const [length, perPosition] of Object.entries(completions)) {
    perPosition.forEach((table, at) => {
      tables[`completions.${length}.${at}.others`] = codeUnits(table.others);
      tables[`completions.${length}.${at}.fills`] = codeUnits(table.fills);
      tables[`completions.${length}.${at}.costs`] = codeUnits(table.costs);
    });
  }
  for (const [kind, groups] of [['sound', data.sound], ['shape', data.shape]] as const) {
    tables[`${kind}.chars`] = codeUnits(groups.join(''));
    const offsets = new Uint32Array(groups.length + 1);
    groups.forEach((group, n) => (offsets[n + 1] = offsets[n]! + group.length));
    tables[`${kind}.offsets`] = offsets;
  }
  return tables;
}

/** The tables as one file (core/packedArrays.ts), tied to the typo data of `dataId`. */
export function packWindowSearchTables(tables: WindowSearchTables, dataId: string): Uint8Array {
  return packArrays(MAGIC, { format: FORMAT, dataId }, tables);
}

/**
 * The tables stored by packWindowSearchTables, as views on `bytes`; undefined when the file is not
 * such tables, lacks one the search reads, or was made from other typo data than `dataId` names.
 */
export function unpackWindowSearchTables(bytes: Uint8Array, dataId: string): WindowSearchTables | undefined {
  const unpacked = unpackArrays(MAGIC, bytes);
  if (!unpacked || unpacked.fields.format !== FORMAT || unpacked.fields.dataId !== dataId) return undefined;
  return windowSearchLayout().every(({ name }) => unpacked.arrays[name] !== undefined) ? unpacked.arrays : undefined;
}

function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
