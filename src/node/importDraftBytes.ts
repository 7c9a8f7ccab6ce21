import type { DraftFile, DraftFormat } from '../core/draftFile';
import { decodeText } from './decodeText';
import { draftFormatOfContent } from './draftFormatOfContent';
import { draftFormatOfName } from './draftFormatOfName';
import { formatMegabytes, maxDraftBytes } from './draftLimits';
import { DraftReadError } from './draftReadError';
import { htmlDeclaredCharset } from './htmlDeclaredCharset';
import { draftFile } from './importPlainText';
import { htmlToText } from './htmlToText';
import { importDocx } from './importDocx';
import type { ImportedDocument } from './importedDocument';
import { importOdt } from './importOdt';
import { importPdf } from './importPdf';
import { importRtf } from './importRtf';
import { importWordBinary } from './importWordBinary';
import { implausibleShare } from './textPlausibility';

/** The readers of word-processor and PDF drafts; everything else is text. */
const DOCUMENT_IMPORTERS: Partial<Record<DraftFormat, (bytes: Uint8Array, name: string) => ImportedDocument | Promise<ImportedDocument>>> = {
  docx: importDocx,
  doc: importWordBinary,
  wps: importWordBinary,
  rtf: importRtf,
  odt: importOdt,
  pdf: importPdf,
};

/** Share of control and private-use characters past which a document's text is not the article (a symbol font's bullets stay far below). */
const MAX_GARBLED_SHARE = 0.01;

/** Formats a name may claim that are read as text; a .docx is kept too so that a damaged one says so. */
const CLAIMABLE: ReadonlySet<DraftFormat> = new Set(['txt', 'md', 'html', 'docx']);

/**
 * Imports a draft's bytes. What the bytes are decides first, whatever the name says: RTF, Word
 * 97–2003 or WPS, PDF, .docx and .odt are read by their importer even when renamed .txt, so
 * markup is never checked as if it were the article. Otherwise the extension decides between
 * .txt, .md and .html; with any other extension (or a document extension over other bytes) the
 * draft opens as plain text if it decodes as text, else it is refused with importer.unsupported.
 * Markdown stays as written (its source is what the author edits). Used directly for files
 * dropped without a path; readDraft uses it for files on disk. An empty file opens as an empty
 * draft: a new blank file is a normal way to start one.
 */
export async function importDraftBytes(name: string, bytes: Uint8Array, path: string | null): Promise<DraftFile> {
  const claimed = draftFormatOfName(name);
  const format = draftFormatOfContent(bytes, claimed) ?? (claimed !== undefined && CLAIMABLE.has(claimed) ? claimed : undefined);
  const limit = maxDraftBytes(format ?? 'txt');
  if (bytes.byteLength > limit) {
    throw new DraftReadError('importer.tooLarge', { name, size: formatMegabytes(bytes.byteLength), limit: formatMegabytes(limit) });
  }
  const importer = format === undefined ? undefined : DOCUMENT_IMPORTERS[format];
  if (format !== undefined && importer !== undefined) {
    const { text, warnings, pageStarts } = await importer(bytes, name);
    if (format !== 'docx') refuseGarbledText(text, name);
    const draft = draftFile(path, name, format, 'UTF-8', text, warnings);
    return pageStarts === undefined ? draft : { ...draft, pageStarts };
  }
  if (format === 'html') {
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

/**
 * A damaged .doc or RTF, or a PDF whose fonts do not map their glyphs to characters, can yield
 * text that is not the article (control characters, private-use codes); checking it would pass
 * the draft with no findings, so it is refused instead.
 */
function refuseGarbledText(text: string, name: string): void {
  const share = implausibleShare(text);
  if (share > MAX_GARBLED_SHARE) throw new DraftReadError('importer.documentGarbled', { name, share: `${Math.round(share * 100)}%` });
}
