import iconv from 'iconv-lite';
import { LocalizedError } from '../../core/i18n/localizedError';
import { decodeBytes } from '../decodeBytes';
import type { TextEncodingLabel } from '../textEncodingLabel';

/** How a saved plain-text draft is laid out on disk: what it was opened with, unless the user chose UTF-8. */
export interface TextLayout {
  encoding: TextEncodingLabel;
  /** The byte-order mark the file began with (empty when it had none). */
  bom: Uint8Array;
  lineEnding: '\n' | '\r\n' | '\r';
}

const ICONV_NAMES: Record<Exclude<TextEncodingLabel, 'UTF-8' | 'UTF-8 BOM'>, string> = {
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  Big5: 'big5',
};

/**
 * The app's text (`\n` line endings) as the bytes of a file in `layout`. A character the
 * encoding cannot hold (Big5 has no simplified forms) would be written as "?": refused with a
 * message proposing UTF-8 rather than losing it.
 */
export function encodeDraftText(text: string, layout: TextLayout, name: string): Uint8Array {
  const laidOut = layout.lineEnding === '\n' ? text : text.replaceAll('\n', layout.lineEnding);
  const body =
    layout.encoding === 'UTF-8' || layout.encoding === 'UTF-8 BOM'
      ? new TextEncoder().encode(laidOut)
      : new Uint8Array(iconv.encode(laidOut, ICONV_NAMES[layout.encoding]));
  if (decodeBytes(body, layout.encoding) !== laidOut) throw new LocalizedError('app.save.notRepresentable', { name, encoding: layout.encoding });
  const bytes = new Uint8Array(layout.bom.length + body.length);
  bytes.set(layout.bom, 0);
  bytes.set(body, layout.bom.length);
  return bytes;
}
