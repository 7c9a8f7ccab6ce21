import type { Gazetteer } from './gazetteer';

/**
 * The gazetteer index as stored (resources/generated/gazetteer.json, written by
 * scripts/build-gazetteer.mjs): the divisions' codes and names as two space-separated columns and
 * the name order as one string. A few long strings parse in a few milliseconds where 44,000 small
 * arrays took tens, and the CLI and the worker load this file on every start.
 */
export interface GazetteerFile {
  format: typeof GAZETTEER_FILE_FORMAT;
  source: string;
  /** Every division's code, sorted, separated by single spaces. */
  codes: string;
  /** The name of the division at the same position in `codes`. */
  names: string;
  /** See Gazetteer.byName. */
  byName: string;
  /** See Gazetteer.nameEndings; absent from files of earlier builds. */
  nameEndings?: string;
}

/** Bumped whenever the stored layout changes; scripts/build-gazetteer.mjs writes the same number. */
export const GAZETTEER_FILE_FORMAT = 3;
/** Base-36 digits per position in `byName` (36⁴ > 1.6 million divisions). */
export const BY_NAME_DIGITS = 4;

/** The in-memory Gazetteer of a stored index; throws when `file` is not one of this format. */
export function gazetteerFromFile(file: unknown): Gazetteer {
  const stored = file as Partial<GazetteerFile> | null;
  if (
    stored?.format !== GAZETTEER_FILE_FORMAT ||
    typeof stored.source !== 'string' ||
    typeof stored.codes !== 'string' ||
    typeof stored.names !== 'string' ||
    typeof stored.byName !== 'string'
  ) {
    throw new Error(`not a gazetteer index of format ${GAZETTEER_FILE_FORMAT}; run \`npm run build\` to rebuild it`);
  }
  const codes = stored.codes.split(' ');
  const names = stored.names.split(' ');
  if (codes.length !== names.length || stored.byName.length % BY_NAME_DIGITS !== 0 || stored.byName.length / BY_NAME_DIGITS !== codes.length) {
    throw new Error('gazetteer index damaged: its columns differ in length; run `npm run build` to rebuild it');
  }
  const gazetteer: Gazetteer = { format: 2, source: stored.source, codes, names, byName: stored.byName };
  if (typeof stored.nameEndings === 'string') gazetteer.nameEndings = stored.nameEndings;
  return gazetteer;
}
