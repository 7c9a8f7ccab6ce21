import { fetchGeneratedBytes } from './fetchGeneratedBytes';

/**
 * Fetches and parses a data file generated at build time (served beside index.html). The build
 * writes them in UTF-16LE with a byte-order mark (fast to decode; see src/node/readGeneratedJson.ts),
 * which `Response.json()` would misread as UTF-8.
 */
export async function fetchGeneratedJson(url: string): Promise<unknown> {
  const bytes = await fetchGeneratedBytes(url);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return JSON.parse(new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes)) as unknown;
}
