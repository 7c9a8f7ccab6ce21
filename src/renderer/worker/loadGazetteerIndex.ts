import type { Gazetteer } from '../../core/gazetteer/gazetteer';

/**
 * Fetches the gazetteer index generated at build time (resources/generated/gazetteer.json,
 * served beside index.html). The file is the Gazetteer's plain data; the checks build their lookups from it.
 */
export async function loadGazetteerIndex(url: string): Promise<Gazetteer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const index = (await response.json()) as Gazetteer;
  if (index.format !== 1 || typeof index.source !== 'string' || !Array.isArray(index.divisions)) throw new Error('not a gazetteer index of format 1');
  return index;
}
