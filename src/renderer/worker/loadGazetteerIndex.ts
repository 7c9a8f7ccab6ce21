import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import { gazetteerFromFile } from '../../core/gazetteer/gazetteerFile';
import { fetchGeneratedBytes } from './fetchGeneratedBytes';

const utf16 = new TextDecoder('utf-16le');

/**
 * Fetches the gazetteer index generated at build time (resources/generated/gazetteer.bin,
 * served beside index.html) and unpacks it into the Gazetteer the checks read.
 */
export async function loadGazetteerIndex(url: string): Promise<Gazetteer> {
  return gazetteerFromFile(await fetchGeneratedBytes(url), (bytes) => utf16.decode(bytes));
}
