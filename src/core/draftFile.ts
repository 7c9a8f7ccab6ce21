import type { MessageKey } from './i18n/messages';

export const DRAFT_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

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
  /** Catalogue keys of things the reader should know about the import (bytes replaced, NULs removed). */
  warnings?: MessageKey[];
}
