import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import { gazetteerFromFile } from '../../core/gazetteer/gazetteerFile';

/**
 * Fetches the gazetteer index generated at build time (resources/generated/gazetteer.json,
 * served beside index.html) and unpacks its columns into the Gazetteer the checks read.
 */
export async function loadGazetteerIndex(url: string): Promise<Gazetteer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return gazetteerFromFile(await response.json());
}
