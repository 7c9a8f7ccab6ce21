import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import { gazetteerFromFile } from '../../core/gazetteer/gazetteerFile';
import { unpackGazetteerTables } from '../../core/gazetteer/gazetteerTables';
import { fetchGeneratedBytes } from './fetchGeneratedBytes';

const utf16 = new TextDecoder('utf-16le');
const decode = (bytes: Uint8Array): string => utf16.decode(bytes);
/** Written by the build beside the index (GAZETTEER_TABLES_FILE in node/generatedFiles.ts). */
const TABLES_FILE = 'gazetteer-tables.bin';

/**
 * Fetches the gazetteer index generated at build time (resources/generated/gazetteer.bin,
 * served beside index.html) and, at the same time, the look-up tables the build derived from it
 * (gazetteer-tables.bin, beside it), and unpacks them into the Gazetteer the checks read. Tables
 * missing, stale or of another format are left out: the checks then make their own.
 */
export async function loadGazetteerIndex(url: string): Promise<Gazetteer> {
  const [bytes, tableBytes] = await Promise.all([fetchGeneratedBytes(url), fetchGeneratedBytes(new URL(TABLES_FILE, url).href).catch(() => undefined)]);
  const gazetteer = gazetteerFromFile(bytes, decode);
  const tables = tableBytes && unpackGazetteerTables(tableBytes, gazetteer.checksum, decode);
  return tables ? { ...gazetteer, tables } : gazetteer;
}
