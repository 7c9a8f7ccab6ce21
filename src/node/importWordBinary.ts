import WordExtractor from 'word-extractor';
import { checkOleChains } from './checkOleChains';
import { DraftReadError } from './draftReadError';
import { documentText, type ImportedDocument } from './importedDocument';

/**
 * The text of a Word 97–2003 .doc or a WPS .wps (WPS Office writes the same OLE compound
 * document with a WordDocument stream), one paragraph per line. word-extractor does the reading:
 * pure JavaScript, maintained, and it follows Word's piece table, so fast-saved documents, Unicode
 * and 8-bit runs and field codes (only their shown result is kept) all come out right; writing
 * our own reader over `cfb` would mean re-implementing exactly that. Its quote and dash
 * "filtering" is turned off: a curly “ ” turned straight would be reported as a half-width mark.
 * Headers, footers, footnotes and comments are not article text and are left out. Looping
 * sector chains, which that reader would follow until memory runs out, are refused first.
 */
export async function importWordBinary(bytes: Uint8Array, name: string): Promise<ImportedDocument> {
  checkOleChains(bytes, name);
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody({ filterUnicode: false });
  } catch {
    throw new DraftReadError('importer.docCorrupt', { name });
  }
  return { text: documentText(body.split('\n')), warnings: [] };
}
