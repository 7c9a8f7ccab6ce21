import type { DraftFormat } from '../core/draftFile';
import { readZipCentralDirectory, ZipFormatError } from './zipCentralDirectory';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const RTF_SIGNATURE = [...'{\\rtf'].map((c) => c.charCodeAt(0));
const PDF_SIGNATURE = [...'%PDF-'].map((c) => c.charCodeAt(0));
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/**
 * The document format the bytes are, whatever the file is called: RTF, an OLE compound file
 * (Word 97–2003 or WPS; which one the name tells, the reader is the same), PDF, or a zip holding
 * a .docx or an .odt. Undefined for anything else, which is then judged as text. A zip whose
 * directory is unreadable keeps the format its name claims (if a zip one), so a damaged .docx
 * or .odt is reported as damaged rather than as not being text; so does any other zip named
 * .docx, as before. Another zip named .odt (a spreadsheet) is refused as unsupported.
 */
export function draftFormatOfContent(bytes: Uint8Array, claimed: DraftFormat | undefined): DraftFormat | undefined {
  if (startsWith(bytes, RTF_SIGNATURE)) return 'rtf';
  if (startsWith(bytes, OLE_SIGNATURE)) return claimed === 'wps' ? 'wps' : 'doc';
  if (startsWith(bytes, PDF_SIGNATURE)) return 'pdf';
  if (startsWith(bytes, ZIP_SIGNATURE)) return zipDocumentFormat(bytes, claimed);
  return undefined;
}

function zipDocumentFormat(bytes: Uint8Array, claimed: DraftFormat | undefined): DraftFormat | undefined {
  try {
    const names = new Set(readZipCentralDirectory(bytes).map((entry) => entry.name));
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('content.xml') && (names.has('mimetype') ? declaresOdt(bytes) : true)) return 'odt';
    return claimed === 'docx' ? claimed : undefined;
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    return claimed === 'docx' || claimed === 'odt' ? claimed : undefined;
  }
}

/** OpenDocument stores its mimetype first and uncompressed, so it can be read at a fixed place. */
function declaresOdt(bytes: Uint8Array): boolean {
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extraLength = bytes[28]! | (bytes[29]! << 8);
  const start = 30 + nameLength + extraLength;
  return new TextDecoder().decode(bytes.subarray(start, start + ODT_MIMETYPE.length)) === ODT_MIMETYPE;
}

/** Signatures at the very start only: text that quotes one further on is still text. */
function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
