import type { MessageKey } from '../core/i18n/messages';
import { DraftReadError } from './draftReadError';
import { documentText, type ImportedDocument } from './importedDocument';
import { RtfFormatError, rtfToParagraphs } from './rtfToParagraphs';

/** The text of an RTF draft, one paragraph per line; pictures are skipped and their absence reported. */
export function importRtf(bytes: Uint8Array, name: string): ImportedDocument {
  try {
    const { paragraphs, hasPictures } = rtfToParagraphs(bytes);
    const warnings: MessageKey[] = hasPictures ? ['importer.imagesDropped'] : [];
    return { text: documentText(paragraphs), warnings };
  } catch (error) {
    if (error instanceof RtfFormatError) throw new DraftReadError('importer.rtfCorrupt', { name });
    throw error;
  }
}
