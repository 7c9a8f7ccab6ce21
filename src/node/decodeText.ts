import { normalizeLineEndings } from '../core/text/normalizeLineEndings';
import type { MessageKey } from '../core/i18n/messages';
import { decodeBytes } from './decodeBytes';
import { detectEncoding } from './detectEncoding';
import { DraftReadError } from './draftReadError';
import type { TextEncodingLabel } from './textEncodingLabel';

export interface DecodedText {
  text: string;
  encoding: TextEncodingLabel;
  warnings: MessageKey[];
}

/**
 * Bytes of a text draft to the text the app shows: encoding detected, BOM dropped, line endings
 * normalised. NULs are removed (they are invisible, and no editor writes them on purpose) and
 * reported, as are bytes that could not be decoded: neither stops the draft from opening.
 * `declared` is a charset the file names for itself (HTML's meta), used when the bytes
 * themselves do not settle it. Throws importer.notText for binary content.
 */
export function decodeText(bytes: Uint8Array, name: string, declared?: TextEncodingLabel): DecodedText {
  const detected = detectEncoding(bytes, declared);
  if (detected.binary) throw new DraftReadError('importer.notText', { name });
  const raw = decodeBytes(bytes.subarray(detected.bomLength), detected.label);
  const warnings: MessageKey[] = [];
  let text = raw;
  if (text.includes('\u0000')) {
    text = text.replaceAll('\u0000', '');
    warnings.push('importer.nulRemoved');
  }
  if (text.includes('\ufffd')) warnings.push('importer.invalidBytes');
  return { text: normalizeLineEndings(text), encoding: detected.label, warnings };
}
