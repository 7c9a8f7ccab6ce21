import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checkEngine';
import { placeNameLengths } from '../../../src/core/entities/regionPrefixes';
import { countySlips } from '../../../src/core/gazetteer/countySlips';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { gazetteerIndex } from '../../../src/core/gazetteer/gazetteerIndex';
import { deriveGazetteerTables, packGazetteerTables, unpackGazetteerTables, type GazetteerTables } from '../../../src/core/gazetteer/gazetteerTables';
import { DRAFT_WITH_SLIPS } from '../../fixtures/drafts/draftWithSlips';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-16le').decode(bytes);

/** The test gazetteer as a run without stored tables has it, and as one with the tables read back from their file. */
let bare: Gazetteer;
let stored: Gazetteer;
let tables: GazetteerTables;
beforeAll(async () => {
  const loaded = await testGazetteer();
  bare = { ...loaded, tables: undefined };
  tables = unpackGazetteerTables(packGazetteerTables(deriveGazetteerTables(bare), bare.checksum), bare.checksum, decode)!;
  stored = { ...bare, tables };
});

/** Places, short names, county forms and slips of the team's own writing, besides the fixture draft. */
const PLACES = [
  DRAFT_WITH_SLIPS,
  '甘肃会宁的农民合作社与白银市平川区签约，平川的企业派人到会宁县郭城驿镇考察。',
  '广西、内蒙古和宁夏的代表来到朝阳县柳城镇，随后去了罗评县和定酒市。',
  '延边朝鲜族自治州的干部说，白沙县的茶农明年要去临洮参观。',
].join('\n');

describe('stored gazetteer tables', () => {
  it('read back as the tables a run would make', () => {
    const made = deriveGazetteerTables(bare);
    expect(Array.from(tables.nameSlots)).toEqual(Array.from(made.nameSlots));
    expect([...tables.shortNameRows.keys()]).toEqual([...made.shortNameRows.keys()]);
    for (const key of made.shortNameRows.keys()) expect(Array.from(tables.shortNameRows.get(key)!)).toEqual(Array.from(made.shortNameRows.get(key)!));
    expect([...tables.slips.rowsByMask.keys()]).toEqual([...made.slips.rowsByMask.keys()]);
    expect([...tables.slips.shapes]).toEqual([...made.slips.shapes]);
    for (const part of ['keys', 'masks', 'lastChars'] as const) expect(Array.from(tables.placeNameLengths[part])).toEqual(Array.from(made.placeNameLengths[part]));
  });

  it('are what the index uses when the gazetteer carries them', () => {
    const index = gazetteerIndex(stored);
    expect(index.storedTables).toBe(tables);
    expect(placeNameLengths(index).arrays().keys).toBe(tables.placeNameLengths.keys);
    expect(gazetteerIndex(bare).storedTables).toBeUndefined();
  });

  it('give the same answers and the same findings as the tables a run makes', () => {
    const withTables = gazetteerIndex(stored);
    const without = gazetteerIndex(bare);
    for (const name of ['会凝县', '罗评县', '定酒市', '徐吻县', '会宁县', '贫困县']) {
      expect(countySlips(withTables, name).map((p) => p.code), name).toEqual(countySlips(without, name).map((p) => p.code));
    }
    expect(countySlips(withTables, '罗评县').map((p) => p.name)).toEqual(['罗平县']);
    for (const name of ['会宁', '朝阳', '广西', '平川', '白银']) expect(withTables.shortNamed(name), name).toEqual(without.shortNamed(name));
    const families = ['gazetteer', 'consistency', 'source'] as const;
    const found = runChecks(PLACES, { lang: 'zh', gazetteer: stored, families: [...families] });
    expect(found.some((f) => f.rule.startsWith('gazetteer.'))).toBe(true);
    expect(found).toEqual(runChecks(PLACES, { lang: 'zh', gazetteer: bare, families: [...families] }));
  });

  it('are refused when made from another index, of another format or damaged', () => {
    const packed = packGazetteerTables(deriveGazetteerTables(bare), bare.checksum);
    expect(unpackGazetteerTables(packed, (bare.checksum + 1) >>> 0, decode)).toBeUndefined();
    expect(unpackGazetteerTables(packed.subarray(0, packed.length - 64), bare.checksum, decode)).toBeUndefined();
    const otherMagic = packed.slice();
    otherMagic[0] = 0x41;
    expect(unpackGazetteerTables(otherMagic, bare.checksum, decode)).toBeUndefined();
  });
});
