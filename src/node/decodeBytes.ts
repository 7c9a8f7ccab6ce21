import type { TextEncodingLabel } from './textEncodingLabel';
import { iconv } from './iconvLite';

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

const ICONV_NAMES: Record<Exclude<TextEncodingLabel, 'UTF-8' | 'UTF-8 BOM'>, string> = {
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  Big5: 'big5',
};

/**
 * Decodes bytes (without their BOM) in a known encoding; undecodable bytes become U+FFFD.
 * UTF-8 uses the built-in decoder (native and fastest). The others go through iconv-lite: pure
 * JavaScript, so GB18030 (four-byte sequences included) and Big5 decode the same in Node, the
 * CLI bundle and Electron, whatever ICU data each runtime was built with.
 */
export function decodeBytes(bytes: Uint8Array, label: TextEncodingLabel): string {
  if (label === 'UTF-8' || label === 'UTF-8 BOM') return utf8.decode(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv().decode(buffer, ICONV_NAMES[label], { stripBOM: false });
}
