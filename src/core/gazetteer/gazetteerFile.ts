import type { Gazetteer } from './gazetteer';

/**
 * The gazetteer index as stored (resources/generated/gazetteer.json, written by
 * scripts/build-gazetteer.mjs): the divisions' codes and names as two space-separated columns.
 * Two long strings parse in a few milliseconds where 44,000 small arrays took tens, and the CLI
 * and the worker load this file on every start.
 */
export interface GazetteerFile {
  format: typeof GAZETTEER_FILE_FORMAT;
  source: string;
  /** Every division's code, sorted, separated by single spaces. */
  codes: string;
  /** The name of the division at the same position in `codes`. */
  names: string;
}

/** Bumped whenever the stored layout changes; scripts/build-gazetteer.mjs writes the same number. */
export const GAZETTEER_FILE_FORMAT = 2;

/** The in-memory Gazetteer of a stored index; throws when `file` is not one of this format. */
export function gazetteerFromFile(file: unknown): Gazetteer {
  const stored = file as Partial<GazetteerFile> | null;
  if (stored?.format !== GAZETTEER_FILE_FORMAT || typeof stored.source !== 'string' || typeof stored.codes !== 'string' || typeof stored.names !== 'string') {
    throw new Error(`not a gazetteer index of format ${GAZETTEER_FILE_FORMAT}; run \`npm run build\` to rebuild it`);
  }
  const codes = stored.codes.split(' ');
  const names = stored.names.split(' ');
  if (codes.length !== names.length) throw new Error('gazetteer index damaged: codes and names differ in number; run `npm run build` to rebuild it');
  const divisions: Gazetteer['divisions'] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) divisions[i] = [codes[i]!, names[i]!];
  return { format: 1, source: stored.source, divisions };
}
