/** The bytes of a data file generated at build time (served beside index.html); throws on an HTTP error. */
export async function fetchGeneratedBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
