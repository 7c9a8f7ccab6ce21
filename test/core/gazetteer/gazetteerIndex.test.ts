import { describe, expect, it } from 'vitest';
import { BY_NAME_DIGITS, GAZETTEER_FILE_FORMAT, gazetteerFromFile } from '../../../src/core/gazetteer/gazetteerFile';
import { gazetteerIndex } from '../../../src/core/gazetteer/gazetteerIndex';

/** A small gazetteer in the file's layout: rows in code order, byName the rows in name order. */
function gazetteerOf(rows: [string, string][]) {
  const order = rows.map((_, i) => i).sort((a, b) => (rows[a]![1] < rows[b]![1] ? -1 : rows[a]![1] > rows[b]![1] ? 1 : 0));
  return gazetteerFromFile({
    format: GAZETTEER_FILE_FORMAT,
    source: '测试',
    codes: rows.map(([code]) => code).join(' '),
    names: rows.map(([, name]) => name).join(' '),
    byName: order.map((i) => i.toString(36).padStart(BY_NAME_DIGITS, '0')).join(''),
  });
}

describe('gazetteerIndex hasName', () => {
  it('answers alike before and after a long draft has it build its set of names', () => {
    const index = gazetteerIndex(
      gazetteerOf([['62', '甘肃省'], ['6204', '白银市'], ['620422', '会宁县'], ['620422100', '会师镇'], ['620422101', '郭城驿镇'], ['620423', '景泰县']]),
    );
    const asked = ['会宁县', '会宁', '白银市', '郭城驿镇', '郭城镇', '景泰县', '甘肃省', '甘肃', '市辖区', ''];
    const first = asked.map((name) => index.hasName(name));
    expect(first).toEqual([true, false, true, true, false, true, true, false, false, false]);
    // Past a short draft's questions the answers come from a set: they must not change.
    for (let i = 0; i < 2_000; i++) index.hasName(asked[i % asked.length]!);
    expect(asked.map((name) => index.hasName(name))).toEqual(first);
  });
});
