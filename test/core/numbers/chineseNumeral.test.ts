import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../src/core/numbers/chineseNumeral';

describe('parseChineseNumeral', () => {
  it.each([
    ['三千九百二十七', 3927, 1],
    ['两万', 20000, 10000],
    ['一百零五', 105, 1],
    ['十五', 15, 1],
    ['二十', 20, 10],
    ['一万二千', 12000, 1000],
    ['三点五万', 35000, 1000],
    ['一亿二千万', 120000000, 10000000],
  ])('reads %s', (text, value, lastPlace) => {
    expect(parseChineseNumeral(text)).toEqual({ value, lastPlace });
  });

  it('reads digit-by-digit years only when asked', () => {
    expect(parseChineseNumeral('二〇二三', { digitByDigit: true })?.value).toBe(2023);
    expect(parseChineseNumeral('二〇二三')).toBeNull();
  });

  it.each(['万一', '千万', '一一', '六七十', '一百五'])('rejects %s', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});
