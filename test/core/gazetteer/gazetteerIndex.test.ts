import { describe, expect, it } from 'vitest';
import { gazetteerFromFile } from '../../../src/core/gazetteer/gazetteerFile';
import { gazetteerIndex } from '../../../src/core/gazetteer/gazetteerIndex';
import { packGazetteer } from '../../../scripts/build-gazetteer.mjs';
import { decodeUtf16Buffer } from '../../../src/node/loadGazetteer';

/** A small gazetteer as the build packs it: rows in code order. */
function gazetteerOf(rows: [string, string][]) {
  return gazetteerFromFile(packGazetteer('测试', rows), decodeUtf16Buffer);
}

describe('gazetteerIndex hasName', () => {
  it('answers alike before and after a long draft has it build its set of names', () => {
    const index = gazetteerIndex(
      gazetteerOf([['62', '甘肃省'], ['6204', '白银市'], ['620422', '会宁县'], ['620422100', '会师镇'], ['620422101', '郭城驿镇'], ['620423', '景泰县']]),
    );
    const asked = ['会宁县', '会宁', '白银市', '郭城驿镇', '郭城镇', '景泰县', '甘肃省', '甘肃', '市辖区', ''];
    const first = asked.map((name) => index.hasName(name));
    expect(first).toEqual([true, false, true, true, false, true, true, false, false, false]);
    // Past a short draft's questions the answers come from a hash of the names: they must not change.
    for (let i = 0; i < 2_000; i++) index.hasName(asked[i % asked.length]!);
    expect(asked.map((name) => index.hasName(name))).toEqual(first);
  });

  it('answers about a stretch of text in place as about the name cut out of it, before and after the hash is built', () => {
    const index = gazetteerIndex(gazetteerOf([['21', '辽宁省'], ['2114', '市辖区'], ['211321', '朝阳县'], ['211321100', '柳城镇']]));
    const text = '辽宁省市辖区朝阳县柳城镇';
    const everyStretch = (): boolean[] => {
      const answers: boolean[] = [];
      for (let start = 0; start < text.length; start++) {
        for (let end = start + 1; end <= text.length; end++) {
          const inPlace = index.hasNameAt(text, start, end);
          expect(inPlace, text.slice(start, end)).toBe(index.hasName(text.slice(start, end)));
          answers.push(inPlace);
        }
      }
      return answers;
    };
    const before = everyStretch();
    expect(before.filter(Boolean)).toHaveLength(3);
    for (let i = 0; i < 2_000; i++) index.hasName('朝阳县');
    expect(everyStretch()).toEqual(before);
  });
});

describe('gazetteerIndex look-ups', () => {
  const index = gazetteerIndex(
    gazetteerOf([
      ['21', '辽宁省'], ['2113', '朝阳市'], ['211321', '朝阳县'], ['211321100', '柳城镇'], ['211321101', '西营子镇'],
      ['2114', '市辖区'], ['22', '吉林省'], ['2224', '延边朝鲜族自治州'], ['222401', '延吉市'], ['222401100', '柳城镇'],
    ]),
  );

  it('finds divisions by code and their children, and never a filler row by name', () => {
    expect(index.place('211321')?.name).toBe('朝阳县');
    expect(index.place('2113213')).toBeUndefined();
    expect(index.place('99')).toBeUndefined();
    expect(index.childrenOf('211321').map((p) => p.name)).toEqual(['柳城镇', '西营子镇']);
    expect(index.childrenOf('21').map((p) => p.code)).toEqual(['2113', '2114']);
    expect(index.named('市辖区')).toEqual([]);
    expect(index.hasName('市辖区')).toBe(false);
  });

  it('lists every division of a name, each level, and the short names', () => {
    expect(index.named('柳城镇').map((p) => p.parentCode)).toEqual(['211321', '222401']);
    expect(index.count('province')).toBe(2);
    expect(index.count('city')).toBe(3);
    expect(index.count('county')).toBe(2);
    expect(index.count('town')).toBe(3);
    expect(index.atLevel('city').map((p) => p.name)).toEqual(['朝阳市', '延边朝鲜族自治州']);
    expect(index.shortNamed('朝阳').map((p) => p.code)).toEqual(['2113', '211321']);
    expect(index.hasShortName('延边')).toBe(true);
    expect(index.hasShortName('柳城')).toBe(false);
  });
});
