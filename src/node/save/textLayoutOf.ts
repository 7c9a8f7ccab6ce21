import { decodeBytes } from '../decodeBytes';
import { detectEncoding } from '../detectEncoding';
import type { TextLayout } from './encodeDraftText';

/** A new file, or one that is no longer text, is written as UTF-8 with `\n`. */
export const UTF8_LAYOUT: TextLayout = { encoding: 'UTF-8', bom: new Uint8Array(0), lineEnding: '\n' };

/** The encoding, byte-order mark and line ending of a plain-text file's bytes, as the importer read them. */
export function textLayoutOf(bytes: Uint8Array): TextLayout {
  const detected = detectEncoding(bytes);
  if (detected.binary) return UTF8_LAYOUT;
  const text = decodeBytes(bytes.subarray(detected.bomLength), detected.label);
  const lineEnding = /\r\n|\r|\n/.exec(text)?.[0] as TextLayout['lineEnding'] | undefined;
  return { encoding: detected.label, bom: bytes.slice(0, detected.bomLength), lineEnding: lineEnding ?? '\n' };
}
