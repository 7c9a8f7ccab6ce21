import { describe, expect, it } from 'vitest';
import { GAZETTEER_FILE_FORMAT, gazetteerFromFile } from '../../../src/core/gazetteer/gazetteerFile';
import { FORMAT } from '../../../scripts/build-gazetteer.mjs';

describe('gazetteerFromFile', () => {
  it('splits the two columns and keeps the name order as stored', () => {
    const gazetteer = gazetteerFromFile({ format: GAZETTEER_FILE_FORMAT, source: '测试', codes: '62 6204 620422', names: '甘肃省 白银市 会宁县', byName: '000200000001' });
    expect(gazetteer).toEqual({ format: 2, source: '测试', codes: ['62', '6204', '620422'], names: ['甘肃省', '白银市', '会宁县'], byName: '000200000001' });
  });

  it('is the format the build script writes', () => {
    expect(FORMAT).toBe(GAZETTEER_FILE_FORMAT);
  });

  it('refuses an index of the older layout or with columns of different lengths, saying to rebuild', () => {
    expect(() => gazetteerFromFile({ format: 1, source: '测试', divisions: [['62', '甘肃省']] })).toThrow(/npm run build/);
    expect(() => gazetteerFromFile({ format: GAZETTEER_FILE_FORMAT, source: '测试', codes: '62 6204', names: '甘肃省', byName: '0000' })).toThrow(/npm run build/);
    expect(() => gazetteerFromFile({ format: GAZETTEER_FILE_FORMAT, source: '测试', codes: '62', names: '甘肃省' })).toThrow(/npm run build/);
    expect(() => gazetteerFromFile({ format: GAZETTEER_FILE_FORMAT, source: '测试', codes: '62', names: '甘肃省', byName: '000' })).toThrow(/npm run build/);
    // A name order cut short (one position for two rows): the build writes one per row.
    expect(() => gazetteerFromFile({ format: GAZETTEER_FILE_FORMAT, source: '测试', codes: '62 6204', names: '甘肃省 白银市', byName: '0000' })).toThrow(/npm run build/);
    expect(() => gazetteerFromFile(null)).toThrow(/npm run build/);
  });
});
