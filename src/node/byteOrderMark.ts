import type { TextEncodingLabel } from './textEncodingLabel';

export interface ByteOrderMark {
  label: TextEncodingLabel;
  length: number;
}

/** A byte order mark settles the encoding outright; it is not part of the text. */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'UTF-8 BOM', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'UTF-16LE', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'UTF-16BE', length: 2 };
  return undefined;
}
