import { describe, expect, it } from 'vitest';
import { RowsByKey } from '../../../src/core/gazetteer/rowsByKey';

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-16le').decode(bytes);

describe('RowsByKey', () => {
  const map = new Map<string, number[]>([
    ['会宁', [12]],
    ['朝阳', [40, 41, 7]],
    ['徐\u0000县', [3]],
    ['', [9]],
  ]);

  it('answers as the map it was made from, and so do its stored arrays read back', () => {
    const made = RowsByKey.ofMap(map);
    const read = RowsByKey.ofArrays(made.arrays(), decode)!;
    for (const table of [made, read]) {
      expect([...table.keys()]).toEqual([...map.keys()]);
      for (const [key, rows] of map) {
        expect(table.has(key)).toBe(true);
        expect(Array.from(table.get(key)!)).toEqual(rows);
      }
      expect(table.has('白银')).toBe(false);
      expect(table.get('白银')).toBeUndefined();
    }
  });

  it('refuses arrays whose lengths do not fit together', () => {
    const { keyUnits, keyStarts, rows, rowStarts } = RowsByKey.ofMap(map).arrays();
    expect(RowsByKey.ofArrays({ keyUnits: keyUnits.subarray(1), keyStarts, rows, rowStarts }, decode)).toBeUndefined();
    expect(RowsByKey.ofArrays({ keyUnits, keyStarts, rows: rows.subarray(1), rowStarts }, decode)).toBeUndefined();
    expect(RowsByKey.ofArrays({ keyUnits, keyStarts, rows, rowStarts: rowStarts.subarray(1) }, decode)).toBeUndefined();
    const backwards = keyStarts.slice();
    [backwards[1], backwards[2]] = [backwards[2]!, backwards[1]!];
    expect(RowsByKey.ofArrays({ keyUnits, keyStarts: backwards, rows, rowStarts }, decode)).toBeUndefined();
  });
});
