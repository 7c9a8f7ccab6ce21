import type { Gazetteer } from './gazetteer';

/**
 * The gazetteer index as stored (resources/generated/gazetteer.bin, written by
 * scripts/build-gazetteer.mjs): a header of six 32-bit fields (the magic "JKGZ", the format, a
 * byte-order mark, the row count, the text's length in UTF-16 code units, the CRC-32 of all that
 * follows, which names this content: Gazetteer.checksum), the text (JSON of the
 * source, the names one after the other and their endings) in UTF-16LE, padded to 4 bytes, then the
 * codes, the names' starts and the name order as 32-bit arrays. The arrays are read as views on the
 * file's bytes and only the text is decoded: the CLI and the workers load this on every start.
 */
export const GAZETTEER_FILE_FORMAT = 5;
const GAZETTEER_FILE_MAGIC = 'JKGZ';
const FIXED_HEADER_BYTES = 24;
const BYTE_ORDER_MARK = 0x01020304;

/** Decodes UTF-16LE bytes: natively where the host has a decoder (Buffer in Node, TextDecoder in a worker). */
export type Utf16Decoder = (bytes: Uint8Array) => string;

interface StoredText {
  source: string;
  names: string;
  nameEndings: string;
}

/** The in-memory Gazetteer of a stored index; throws when `bytes` are not an index of this format. */
export function gazetteerFromFile(bytes: Uint8Array, decodeUtf16: Utf16Decoder): Gazetteer {
  // Typed arrays need their offsets aligned: a buffer that is not gets copied once.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  if (aligned.length < FIXED_HEADER_BYTES || String.fromCharCode(...aligned.subarray(0, 4)) !== GAZETTEER_FILE_MAGIC) throw rebuild('not a gazetteer index');
  const [format, byteOrder, count, textLength, checksum] = new Uint32Array(aligned.buffer, aligned.byteOffset + 4, 5) as unknown as [number, number, number, number, number];
  if (format !== GAZETTEER_FILE_FORMAT) throw rebuild(`a gazetteer index of format ${format}, not ${GAZETTEER_FILE_FORMAT}`);
  if (byteOrder !== BYTE_ORDER_MARK) throw rebuild('a gazetteer index built on a machine of the other byte order');
  const textEnd = FIXED_HEADER_BYTES + 2 * textLength;
  const arraysStart = textEnd + ((4 - (textEnd % 4)) % 4);
  if (aligned.length !== arraysStart + 4 * (3 * count + 1)) throw damaged();
  let text: StoredText;
  try {
    text = JSON.parse(decodeUtf16(aligned.subarray(FIXED_HEADER_BYTES, textEnd))) as StoredText;
  } catch {
    throw damaged();
  }
  if (typeof text?.source !== 'string' || typeof text.names !== 'string' || typeof text.nameEndings !== 'string') throw damaged();
  const array = (index: number, length: number) => new Uint32Array(aligned.buffer, aligned.byteOffset + arraysStart + 4 * index, length);
  const nameStarts = array(count, count + 1);
  if (nameStarts[count] !== text.names.length) throw damaged();
  return { format: GAZETTEER_FILE_FORMAT, checksum, source: text.source, codes: array(0, count), names: text.names, nameStarts, byName: array(2 * count + 1, count), nameEndings: text.nameEndings };
}

function rebuild(what: string): Error {
  return new Error(`${what}; run \`npm run build\` to rebuild it`);
}

function damaged(): Error {
  return rebuild('gazetteer index damaged: its parts differ in length');
}
