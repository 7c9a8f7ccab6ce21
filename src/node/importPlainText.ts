import type { DraftFile, DraftFormat } from '../core/draftFile';
import type { MessageKey } from '../core/i18n/messages';
import { decodeText } from './decodeText';
import { draftFormatOfContent } from './draftFormatOfContent';
import { draftFormatOfName } from './draftFormatOfName';
import { formatMegabytes, MAX_TEXT_BYTES } from './draftLimits';
import { DraftReadError } from './draftReadError';

/**
 * Whether a draft is plain text by its name (.txt, .md) and its bytes (no document signature).
 * Decoding such a draft is linear and bounded by the text size limit, needs no parser and cannot
 * run away with memory, so it is done in-process; every other draft goes to the import worker
 * (importInWorker), which is where an importer may fail hard.
 */
export function plainTextFormat(name: string, bytes: Uint8Array): 'txt' | 'md' | undefined {
  const claimed = draftFormatOfName(name);
  if (claimed !== 'txt' && claimed !== 'md') return undefined;
  return draftFormatOfContent(bytes, claimed) === undefined ? claimed : undefined;
}

/** Decodes a plain-text draft (see plainTextFormat); refuses one over the text size limit. */
export function importPlainText(name: string, bytes: Uint8Array, path: string | null, format: 'txt' | 'md'): DraftFile {
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    throw new DraftReadError('importer.tooLarge', { name, size: formatMegabytes(bytes.byteLength), limit: formatMegabytes(MAX_TEXT_BYTES) });
  }
  const { text, encoding, warnings } = decodeText(bytes, name);
  return draftFile(path, name, format, encoding, text, warnings);
}

/** A DraftFile with its import warnings, the field left out when there are none. */
export function draftFile(path: string | null, name: string, format: DraftFormat, encoding: string, text: string, warnings: MessageKey[]): DraftFile {
  return warnings.length > 0 ? { path, name, format, encoding, text, warnings } : { path, name, format, encoding, text };
}
