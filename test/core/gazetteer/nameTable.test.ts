import { describe, expect, it } from 'vitest';
import { NameTable } from '../../../src/core/gazetteer/nameTable';

/** Names stored as the gazetteer stores them: concatenated, with where each starts and where the last ends. */
function stored(names: readonly string[]): { names: string; nameStarts: Uint32Array } {
  const nameStarts = new Uint32Array(names.length + 1);
  for (let i = 0; i < names.length; i++) nameStarts[i + 1] = nameStarts[i]! + names[i]!.length;
  return { names: names.join(''), nameStarts };
}

describe('NameTable', () => {
  const NAMES = ['甘肃省', '会宁县', '会师镇', '郭城驿镇', '柳城镇', '柳城镇', '朝阳县', '朝阳市', '县', '延边朝鲜族自治州'];
  const { names, nameStarts } = stored(NAMES);
  const table = new NameTable(names, nameStarts);

  it('answers for every stretch of a text as a set of the names would', () => {
    const text = '甘肃省会宁县会师镇和郭城驿镇，辽宁朝阳县柳城镇；延边朝鲜族自治州县城';
    const set = new Set(NAMES);
    let found = 0;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const expected = set.has(text.slice(start, end));
        expect(table.has(text, start, end), text.slice(start, end)).toBe(expected);
        if (expected) found++;
      }
    }
    expect(found).toBe(10);
  });

  it('keeps every name when more of them share slots than a sparse table would see', () => {
    // 2,000 names of a few characters each: probes run into one another and must still find each.
    const many = Array.from({ length: 2_000 }, (_, n) => String.fromCharCode(0x4e00 + (n % 97), 0x4e00 + Math.floor(n / 97)) + (n % 3 === 0 ? '镇' : ''));
    const big = stored(many);
    const bigTable = new NameTable(big.names, big.nameStarts);
    for (const name of many) expect(bigTable.has(`在${name}`, 1, name.length + 1)).toBe(true);
    expect(bigTable.has('镇镇', 0, 2)).toBe(false);
    expect(bigTable.has('一', 0, 1)).toBe(false);
  });

  it('says where the rows of a name start in the order it is given, as a binary search there would', () => {
    const order = Uint32Array.from(NAMES.map((_, row) => row).sort((a, b) => (NAMES[a]! < NAMES[b]! ? -1 : NAMES[a]! > NAMES[b]! ? 1 : a - b)));
    const ordered = new NameTable(names, nameStarts, { order });
    for (const name of new Set(NAMES)) {
      const first = order.findIndex((row) => NAMES[row] === name);
      expect(ordered.firstAt(name, 0, name.length), name).toBe(first);
      expect(table.firstAt(name, 0, name.length), name).toBe(NAMES.indexOf(name));
    }
    expect(NAMES[order[ordered.firstAt('柳城镇', 0, 3) + 1]!]).toBe('柳城镇');
    expect(ordered.firstAt('柳城', 0, 2)).toBe(-1);
    const rebuilt = new NameTable(names, nameStarts, { order, slots: ordered.storedSlots() });
    expect(rebuilt.firstAt('会师镇', 0, 3)).toBe(ordered.firstAt('会师镇', 0, 3));
  });
});
