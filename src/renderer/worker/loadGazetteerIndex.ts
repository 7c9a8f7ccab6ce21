import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import { gazetteerFromFile } from '../../core/gazetteer/gazetteerFile';
import { fetchGeneratedJson } from './fetchGeneratedJson';

/**
 * Fetches the gazetteer index generated at build time (resources/generated/gazetteer.json,
 * served beside index.html) and unpacks its columns into the Gazetteer the checks read.
 */
export async function loadGazetteerIndex(url: string): Promise<Gazetteer> {
  return gazetteerFromFile(await fetchGeneratedJson(url));
}
