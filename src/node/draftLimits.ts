import type { DraftFormat } from '../core/draftFile';

/**
 * How much a draft may weigh. A long news feature is well under 1 MB of text; the limits leave
 * a wide margin while keeping a mistaken open (a log file, a database dump) from freezing the
 * app: 20 MB of text decodes in well under a second and stays far inside the renderer's memory.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** A .docx on disk may be larger than its text because of embedded pictures. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;

/**
 * The declared uncompressed total of a .docx's parts, pictures included: a guard against zip
 * bombs. Pictures are stored about as compressed as they are, so this matches the file limit.
 */
export const MAX_DOCX_EXPANDED_BYTES = 100 * 1024 * 1024;

/**
 * The declared uncompressed total of the XML parts (`.xml`, `.rels`), which mammoth builds in
 * memory at about 20 times their size: 199 MB of XML (a 2.4 MB file) took 4.5 GB and killed the
 * process. A 10,000-character article is 100–300 KB of document.xml and a heavily formatted
 * 100-page report a few MB, so 16 MB leaves wide room while capping the import near 320 MB.
 */
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;
const XML_PART = /\.(?:xml|rels)$/i;

/** Whether a member of a .docx is XML the importer parses (rather than a picture or a font). */
export function isDocxXmlPart(name: string): boolean {
  return XML_PART.test(name);
}

/**
 * Word's XML parts compress 5–30 times; a part that claims far more is a zip bomb. Only parts
 * above MIN_RATIO_CHECKED_BYTES are judged, since a tiny part full of repeats is harmless.
 */
export const MAX_DOCX_COMPRESSION_RATIO = 100;
export const MIN_RATIO_CHECKED_BYTES = 1024 * 1024;

/**
 * Word-processor and PDF drafts other than .docx may also carry pictures (an RTF holds them as
 * hex text, twice their size), so they get the .docx allowance on disk. An .odt is a zip like a
 * .docx and goes through the same expansion limits.
 */
export const MAX_DOCUMENT_BYTES: Partial<Record<DraftFormat, number>> = {
  doc: MAX_DOCX_BYTES,
  wps: MAX_DOCX_BYTES,
  rtf: MAX_DOCX_BYTES,
  odt: MAX_DOCX_BYTES,
  pdf: MAX_DOCX_BYTES,
};

/** RTF groups nest a few levels in real documents; thousands only in a file built to exhaust the reader. */
export const MAX_RTF_GROUP_DEPTH = 1000;

/**
 * A PDF draft's text is read page by page; a news article is a few pages, a report a few
 * hundred. Past this, the file is a book or an attack on the reader's time, and is refused.
 */
export const MAX_PDF_PAGES = 1000;

/**
 * Elements open at once in an HTML draft. htmlparser2 spends time quadratic in the depth of
 * unclosed nesting (40,000 unclosed <div>s: 6 s; a 12 MB page ran past two minutes); news pages
 * nest a few dozen deep, and Word's HTML from mammoth less. Deeper pages are refused.
 */
export const MAX_HTML_DEPTH = 1000;

/** "20 MB" for messages: limits and sizes are shown in whole (or one-decimal) megabytes. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The most bytes a draft of this format may have; an unknown format may still turn out a .docx, .doc, .pdf…. */
export function maxDraftBytes(format: DraftFormat | undefined): number {
  if (format === 'docx') return MAX_DOCX_BYTES;
  const documentLimit = format === undefined ? undefined : MAX_DOCUMENT_BYTES[format];
  if (documentLimit !== undefined) return documentLimit;
  return format === undefined ? Math.max(MAX_TEXT_BYTES, MAX_DOCX_BYTES, ...Object.values(MAX_DOCUMENT_BYTES)) : MAX_TEXT_BYTES;
}
