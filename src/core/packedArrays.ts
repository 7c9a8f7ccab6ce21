/**
 * Named typed arrays in one file, read back as views on the file's bytes: what the build stores for
 * a run to read in a millisecond instead of making at every start. Layout: a four-letter magic, the
 * header's length (32 bits, little-endian), the header as ASCII JSON (the caller's fields and each
 * array's kind, byte offset and length), then the arrays, each at a multiple of 8 bytes, in this
 * machine's byte order (the header says which; a file of the other order is refused).
 */
export type PackedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;

const KINDS = { Int32Array, Uint32Array, Uint16Array, Uint8Array, Float64Array } as const;
type Kind = keyof typeof KINDS;

/** Where an array lies: its kind, byte offset and element count. */
type Placement = [kind: Kind, offset: number, count: number];

interface Header {
  fields: Record<string, unknown>;
  littleEndian: boolean;
  arrays: Record<string, Placement>;
}

export interface UnpackedArrays {
  fields: Record<string, unknown>;
  arrays: Record<string, PackedArray>;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const ALIGN = 8;

/** `fields` must be JSON of ASCII text only (numbers, ids): the header is read back as ASCII. */
export function packArrays(magic: string, fields: Record<string, unknown>, arrays: Record<string, PackedArray>): Uint8Array {
  const names = Object.keys(arrays);
  const headerOf = (offsets: number[]): Uint8Array =>
    asciiBytes(JSON.stringify({ fields, littleEndian: LITTLE_ENDIAN, arrays: Object.fromEntries(names.map((name, i) => [name, [kindOf(arrays[name]!), offsets[i]!, arrays[name]!.length]])) } satisfies Header));
  // Offsets depend on the header's length and the header on the offsets: the header is first sized
  // with the largest offsets it could hold, and the space it does not need is left as padding.
  const reserved = headerOf(names.map(() => Number.MAX_SAFE_INTEGER)).length;
  const offsets: number[] = [];
  let at = align(8 + reserved);
  let end = at;
  for (const name of names) {
    offsets.push(at);
    end = at + arrays[name]!.byteLength;
    at = align(end);
  }
  const header = headerOf(offsets);
  // No padding after the last array: a file cut short then loses part of it, and is refused.
  const out = new Uint8Array(end);
  for (let i = 0; i < 4; i++) out[i] = magic.charCodeAt(i);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  names.forEach((name, i) => {
    const array = arrays[name]!;
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offsets[i]);
  });
  return out;
}

/**
 * The arrays stored by packArrays, as views on `bytes` (copied once only when `bytes` is not 8-byte
 * aligned); undefined when the file has another magic, another byte order, or a damaged layout.
 */
export function unpackArrays(magic: string, bytes: Uint8Array): UnpackedArrays | undefined {
  if (bytes.byteOffset % ALIGN !== 0) bytes = bytes.slice();
  if (bytes.length < 8 || String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) !== magic) return undefined;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) return undefined;
  let header: Header;
  try {
    header = JSON.parse(asciiOf(bytes.subarray(8, 8 + headerLength))) as Header;
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || header.littleEndian !== LITTLE_ENDIAN || typeof header.arrays !== 'object' || header.arrays === null) return undefined;
  const arrays: Record<string, PackedArray> = {};
  for (const [name, placement] of Object.entries(header.arrays)) {
    const array = viewOf(bytes, placement);
    if (!array) return undefined;
    arrays[name] = array;
  }
  return { fields: typeof header.fields === 'object' && header.fields !== null ? header.fields : {}, arrays };
}

function viewOf(bytes: Uint8Array, placement: unknown): PackedArray | undefined {
  if (!Array.isArray(placement) || placement.length !== 3) return undefined;
  const [kind, offset, count] = placement as Placement;
  const make = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
  if (!make || !Number.isInteger(offset) || !Number.isInteger(count) || offset < 0 || count < 0 || offset % ALIGN !== 0) return undefined;
  if (offset + count * make.BYTES_PER_ELEMENT > bytes.length) return undefined;
  return new make(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, count);
}

function kindOf(array: PackedArray): Kind {
  for (const kind of Object.keys(KINDS) as Kind[]) if (array instanceof KINDS[kind]) return kind;
  throw new Error('packArrays: not a typed array of a stored kind');
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) throw new Error('packArrays: the header must be ASCII');
    out[i] = code;
  }
  return out;
}

function asciiOf(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}
