import { describe, expect, it } from 'vitest';
import { GAZETTEER_FILE_FORMAT, gazetteerFromFile } from '../../../src/core/gazetteer/gazetteerFile';
import { FORMAT, nameEndings, packGazetteer } from '../../../scripts/build-gazetteer.mjs';
import { decodeUtf16Buffer } from '../../../src/node/loadGazetteer';

const ROWS: [string, string][] = [['62', '甘肃省'], ['6204', '白银市'], ['620422', '会宁县'], ['620422103', '杨崖集镇'], ['620422104', '𬇙水镇']];
const read = (bytes: Uint8Array) => gazetteerFromFile(bytes, decodeUtf16Buffer);

describe('gazetteerFromFile', () => {
  it('reads back every code, name and the name order the build packed', () => {
    const gazetteer = read(packGazetteer('测试', ROWS));
    expect(gazetteer.source).toBe('测试');
    expect([...gazetteer.codes]).toEqual([62, 6204, 620422, 620422103, 620422104]);
    // A name outside the Basic Multilingual Plane (two code units) keeps its place.
    expect(ROWS.map((_, i) => gazetteer.names.slice(gazetteer.nameStarts[i], gazetteer.nameStarts[i + 1]))).toEqual(ROWS.map(([, name]) => name));
    expect([...gazetteer.byName].map((i) => ROWS[i]![1])).toEqual(ROWS.map(([, name]) => name).sort());
    expect(gazetteer.nameEndings).toBe(nameEndings(ROWS.map(([, name]) => name)));
  });

  it('reads a file whose bytes do not start on a 4-byte boundary', () => {
    const packed = packGazetteer('测试', ROWS);
    const shifted = new Uint8Array(packed.length + 1);
    shifted.set(packed, 1);
    expect([...read(shifted.subarray(1)).codes]).toEqual([62, 6204, 620422, 620422103, 620422104]);
  });

  it('is the format the build script writes', () => {
    expect(FORMAT).toBe(GAZETTEER_FILE_FORMAT);
  });

  it('refuses codes it cannot store as numbers', () => {
    expect(() => packGazetteer('测试', [['062', '甘肃省']])).toThrow(/leading zero/);
    expect(() => packGazetteer('测试', [['6204001001001', '某村']])).toThrow(/2 to 9 digits/);
  });

  it('refuses another format, another file, a cut or damaged one, saying to rebuild', () => {
    // A copy of its own (a Buffer's slice shares the bytes), its header and arrays read little-endian.
    const packed = new Uint8Array(packGazetteer('测试', ROWS));
    const withFormat = (format: number) => {
      const copy = packed.slice();
      new DataView(copy.buffer).setUint32(4, format, true);
      return copy;
    };
    expect(() => read(withFormat(3))).toThrow(/format 3.*npm run build/);
    expect(() => read(new TextEncoder().encode('{"format":3}'))).toThrow(/npm run build/);
    expect(() => read(packed.subarray(0, packed.length - 4))).toThrow(/damaged.*npm run build/);
    const byteOrder = packed.slice();
    byteOrder.set([1, 2, 3, 4], 8);
    expect(() => read(byteOrder)).toThrow(/byte order.*npm run build/);
    // The text's length says more names than the starts end at.
    const names = packed.slice();
    const view = new DataView(names.buffer);
    view.setUint32(names.length - 4 * (2 * ROWS.length + 1) + 4 * ROWS.length, 99, true);
    expect(() => read(names)).toThrow(/damaged/);
    expect(() => read(new Uint8Array(0))).toThrow(/npm run build/);
  });
});
