import type { DraftFile, DraftFormat } from '../core/draftFile';
import type { MessageKey } from '../core/i18n/messages';
import { decodeText } from './decodeText';
import { draftFormatOfName } from './draftFormatOfName';
import { formatMegabytes, maxDraftBytes, MAX_TEXT_BYTES } from './draftLimits';
import { DraftReadError } from './draftReadError';
import { htmlDeclaredCharset } from './htmlDeclaredCharset';
import { readZipCentralDirectory } from './zipCentralDirectory';

/**
 * Imports a draft's bytes: by its extension as .txt, .md, .html or .docx; with any other
 * extension, as a .docx if it is one inside, else as plain text if it decodes as text, else
 * refused with importer.unsupported. Markdown stays as written (its source is what the author
 * edits). Used directly for files dropped without a path; readDraft uses it for files on disk.
 * An empty file opens as an empty draft: a new blank file is a normal way to start one.
 */
export async function importDraftBytes(name: string, bytes: Uint8Array, path: string | null): Promise<DraftFile> {
  const format = draftFormatOfName(name) ?? (isDocxArchive(bytes) ? 'docx' : undefined);
  const limit = format === 'docx' ? maxDraftBytes('docx') : MAX_TEXT_BYTES;
  if (bytes.byteLength > limit) {
    throw new DraftReadError('importer.tooLarge', { name, size: formatMegabytes(bytes.byteLength), limit: formatMegabytes(limit) });
  }
  // The .docx and HTML importers load their parsers (mammoth, htmlparser2) only for those formats.
  if (format === 'docx') {
    const { importDocx } = await import('./importDocx');
    const { text, warnings } = await importDocx(bytes, name);
    return draftFile(path, name, format, 'UTF-8', text, warnings);
  }
  if (format === 'html') {
    const { htmlToText } = await import('./htmlToText');
    const { text, encoding, warnings } = decodeText(bytes, name, htmlDeclaredCharset(bytes));
    return draftFile(path, name, format, encoding, htmlToText(text), warnings);
  }
  try {
    const { text, encoding, warnings } = decodeText(bytes, name);
    return draftFile(path, name, format ?? 'txt', encoding, text, warnings);
  } catch (error) {
    if (format === undefined && error instanceof DraftReadError) throw new DraftReadError('importer.unsupported', { name });
    throw error;
  }
}

/** A zip holding Word's main part: a .docx whatever its name says. */
function isDocxArchive(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  try {
    return readZipCentralDirectory(bytes).some((entry) => entry.name === 'word/document.xml');
  } catch {
    return false;
  }
}

function draftFile(
  path: string | null,
  name: string,
  format: DraftFormat,
  encoding: string,
  text: string,
  warnings: MessageKey[],
): DraftFile {
  return warnings.length > 0 ? { path, name, format, encoding, text, warnings } : { path, name, format, encoding, text };
}
