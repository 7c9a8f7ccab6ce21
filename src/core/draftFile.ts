import type { MessageKey } from './i18n/messages';

export const DRAFT_FORMATS = ['txt', 'md', 'html', 'docx', 'doc', 'wps', 'rtf', 'odt', 'pdf'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

/** The formats clean copy is written in: the text formats as they came, everything else as .docx. */
export const EXPORT_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The export format proposed for a draft: its own when clean copy can be written in it, else
 * .docx, since a word-processor or PDF draft is best handed back as a document the desk can edit.
 */
export function exportFormatOf(format: DraftFormat | null): ExportFormat {
  if (format === null) return 'txt';
  return (EXPORT_FORMATS as readonly string[]).includes(format) ? (format as ExportFormat) : 'docx';
}

/** A draft as the app shows it: decoded, imported to plain text, line endings normalised. */
export interface DraftFile {
  /** Absolute path, or null for the built-in sample and for dropped files without a path. */
  path: string | null;
  /** File name shown in the title and status bar. */
  name: string;
  format: DraftFormat;
  /** Detected source encoding as shown in the status bar, e.g. `UTF-8`, `GB18030`, `UTF-16LE`. */
  encoding: string;
  text: string;
  /** The built-in sample shown at start, not the user's own draft: the first screen says so. */
  sample?: true;
  /** Catalogue keys of things the reader should know about the import (bytes replaced, NULs removed). */
  warnings?: MessageKey[];
  /** Offsets in `text` where each page starts (PDF), so a PDF source can be cited by page. */
  pageStarts?: number[];
}
