import type { DraftFormat } from '../core/draftFile';

/**
 * How much a draft may weigh. A long news feature is well under 1 MB of text; the limits leave
 * a wide margin while keeping a mistaken open (a log file, a database dump) from freezing the
 * app: 20 MB of text decodes in well under a second and stays far inside the renderer's memory.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** A .docx on disk may be larger than its text because of embedded pictures. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;

/** The declared uncompressed total of a .docx's parts: a guard against zip bombs. */
export const MAX_DOCX_EXPANDED_BYTES = 200 * 1024 * 1024;

/**
 * Word's XML parts compress 5–30 times; a part that claims far more is a zip bomb. Only parts
 * above MIN_RATIO_CHECKED_BYTES are judged, since a tiny part full of repeats is harmless.
 */
export const MAX_DOCX_COMPRESSION_RATIO = 200;
export const MIN_RATIO_CHECKED_BYTES = 1024 * 1024;

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

/** The most bytes a draft of this format may have; an unknown format may still turn out a .docx. */
export function maxDraftBytes(format: DraftFormat | undefined): number {
  if (format === 'docx') return MAX_DOCX_BYTES;
  return format === undefined ? Math.max(MAX_TEXT_BYTES, MAX_DOCX_BYTES) : MAX_TEXT_BYTES;
}
