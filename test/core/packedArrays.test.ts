import { describe, expect, it } from 'vitest';
import { packArrays, unpackArrays } from '../../src/core/packedArrays';

describe('packArrays', () => {
  const arrays = {
    ints: Int32Array.from([-1, 0, 2 ** 31 - 1]),
    words: Uint32Array.from([0, 7, 2 ** 32 - 1]),
    units: Uint16Array.from([0x4e00, 0x9fff, 65]),
    bytes: Uint8Array.from([1, 2, 3, 4, 5]),
    doubles: Float64Array.from([0.5, 2 ** 40 + 3, -7]),
    empty: new Uint32Array(0),
  };

  it('reads back every array, of every kind, with the fields, as views on the bytes', () => {
    const packed = packArrays('TEST', { format: 3, id: 'abc' }, arrays);
    const read = unpackArrays('TEST', packed)!;
    expect(read.fields).toEqual({ format: 3, id: 'abc' });
    for (const [name, array] of Object.entries(arrays)) {
      expect(read.arrays[name]).toBeInstanceOf(array.constructor);
      expect(Array.from(read.arrays[name]!), name).toEqual(Array.from(array));
      expect(read.arrays[name]!.buffer).toBe(packed.buffer);
      expect(read.arrays[name]!.byteOffset % 8).toBe(0);
    }
  });

  it('copies bytes that do not start on an 8-byte boundary once, and reads them the same', () => {
    const packed = packArrays('TEST', {}, arrays);
    const shifted = new Uint8Array(packed.length + 3);
    shifted.set(packed, 3);
    const read = unpackArrays('TEST', shifted.subarray(3))!;
    expect(Array.from(read.arrays.doubles!)).toEqual(Array.from(arrays.doubles));
  });

  it('refuses another magic, a cut file and a header that places an array outside the file', () => {
    const packed = packArrays('TEST', {}, arrays);
    expect(unpackArrays('ELSE', packed)).toBeUndefined();
    expect(unpackArrays('TEST', packed.subarray(0, packed.length - 8))).toBeUndefined();
    expect(unpackArrays('TEST', packed.subarray(0, 6))).toBeUndefined();
    const headerLength = new DataView(packed.buffer).getUint32(4, true);
    const header = new TextDecoder().decode(packed.subarray(8, 8 + headerLength));
    const moved = header.replace(/"bytes":\["Uint8Array",(\d+)/, (_, offset: string) => `"bytes":["Uint8Array",${Number(offset) + 1}`);
    expect(moved).not.toBe(header);
    const damaged = packed.slice();
    damaged.set(new TextEncoder().encode(moved.padEnd(headerLength)), 8);
    expect(unpackArrays('TEST', damaged)).toBeUndefined();
  });

  it('refuses a header that is not ASCII', () => {
    expect(() => packArrays('TEST', { name: '会宁' }, arrays)).toThrow(/ASCII/);
  });
});
