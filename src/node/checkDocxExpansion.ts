import { inflateRawSync } from 'node:zlib';
import { DraftReadError } from './draftReadError';
import {
  formatMegabytes,
  isDocxXmlPart,
  MAX_DOCX_COMPRESSION_RATIO,
  MAX_DOCX_EXPANDED_BYTES,
  MAX_DOCX_XML_BYTES,
  MIN_RATIO_CHECKED_BYTES,
} from './draftLimits';
import { readZipCentralDirectory, zipEntryData, ZipFormatError, type ZipEntry } from './zipCentralDirectory';

const STORED = 0;
const DEFLATED = 8;

/**
 * Refuses a .docx that is not a complete zip (importer.docxCorrupt) or that would expand past
 * a limit (importer.docxTooLarge: a zip bomb, or more XML than the importer can hold in memory;
 * see draftLimits), before the importer inflates it. The sizes
 * declared in the central directory are judged first, costing no memory; then each member is
 * inflated once with its declared size as a hard cap, because a crafted archive can declare
 * small sizes and still expand without end, and the zip library behind mammoth would believe it.
 */
export function checkDocxExpansion(bytes: Uint8Array, name: string): void {
  const tooLarge = new DraftReadError('importer.docxTooLarge', { name, limit: formatMegabytes(MAX_DOCX_EXPANDED_BYTES) });
  const corrupt = new DraftReadError('importer.docxCorrupt', { name });
  let entries: ZipEntry[];
  try {
    entries = readZipCentralDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw error.reason === 'zip64' ? tooLarge : corrupt;
    throw error;
  }
  const declaredTotal = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declaredTotal > MAX_DOCX_EXPANDED_BYTES || entries.some(isImplausiblyCompressed)) throw tooLarge;
  const declaredXml = entries.filter((e) => isDocxXmlPart(e.name)).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declaredXml > MAX_DOCX_XML_BYTES) throw new DraftReadError('importer.docxTooLarge', { name, limit: formatMegabytes(MAX_DOCX_XML_BYTES) });
  for (const entry of entries) {
    let data: Uint8Array;
    try {
      data = zipEntryData(bytes, entry);
    } catch {
      throw corrupt;
    }
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) throw corrupt;
    } else if (entry.method === DEFLATED) {
      if (inflatedSize(data, entry, tooLarge, corrupt) !== entry.uncompressedSize) throw corrupt;
    } else {
      throw corrupt;
    }
  }
}

function isImplausiblyCompressed(entry: ZipEntry): boolean {
  return (
    entry.uncompressedSize > MIN_RATIO_CHECKED_BYTES &&
    entry.uncompressedSize > entry.compressedSize * MAX_DOCX_COMPRESSION_RATIO
  );
}

function inflatedSize(data: Uint8Array, entry: ZipEntry, tooLarge: Error, corrupt: Error): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).byteLength;
  } catch (error) {
    // zlib stops at the cap with ERR_BUFFER_TOO_LARGE: the member holds more than it declares.
    throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge : corrupt;
  }
}
