import type { MessageKey } from '../core/i18n/messages';
import { normalizeLineEndings } from '../core/text/normalizeLineEndings';
import { collapseWhitespace } from './htmlToText';

/** A word-processor or PDF draft as its importer hands it back: its text and what the reader should know. */
export interface ImportedDocument {
  /** One paragraph (heading, list item) per line, as for .docx. */
  text: string;
  warnings: MessageKey[];
  /** Offsets in `text` where each page starts (PDF). */
  pageStarts?: number[];
}

/**
 * The draft text of a document's paragraphs, laid out as .docx and .html drafts are: whitespace
 * inside a paragraph collapsed as a browser shows it, empty paragraphs left out, so the same
 * article gives the same text, and so the same findings, whatever format it came in.
 */
export function documentText(paragraphs: readonly string[]): string {
  return normalizeLineEndings(paragraphs.map(collapseWhitespace).filter((p) => p !== '').join('\n'));
}
