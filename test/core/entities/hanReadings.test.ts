import { describe, expect, it } from 'vitest';
import { pinyinReadings } from '../../../scripts/buildHanReadings';
import { FIRST_HAN, LAST_HAN, readingsOf } from '../../../src/core/entities/hanReadings';
import { soundAlike } from '../../../src/core/entities/soundAlike';

describe('the generated table of Han readings', () => {
  it('gives every character of U+4E00–U+9FFF the readings pinyin-pro gives it (re-run scripts/buildHanReadings.ts when this fails)', () => {
    const differing: string[] = [];
    for (let code = FIRST_HAN; code <= LAST_HAN; code++) {
      const ch = String.fromCharCode(code);
      const expected = pinyinReadings(ch);
      const actual = readingsOf(ch);
      if (expected.join() !== actual.join()) differing.push(`${ch}: ${actual.join('/')} ≠ ${expected.join('/')}`);
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('reads polyphonic characters every way and merges -ng into -n', () => {
    expect(readingsOf('行')).toEqual(expect.arrayContaining(['xin', 'han']));
    expect(readingsOf('京')).toEqual(['jin']);
  });

  it('has no readings outside the table, so only equal characters there sound alike', () => {
    expect(readingsOf('A')).toEqual([]);
    expect(readingsOf('㐀')).toEqual([]);
    expect(soundAlike('A', 'A')).toBe(true);
    expect(soundAlike('A', 'a')).toBe(false);
  });

  it('finds the slips of ear in names and keeps different sounds apart', () => {
    expect(soundAlike('岚', '兰')).toBe(true);
    expect(soundAlike('金', '京')).toBe(true);
    expect(soundAlike('明', '名')).toBe(true);
    expect(soundAlike('明', '兰')).toBe(false);
  });
});
