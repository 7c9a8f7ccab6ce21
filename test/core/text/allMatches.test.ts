import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/core/text/allMatches';

/** What String.prototype.matchAll gives, as plain arrays with their index and groups. */
function viaMatchAll(re: RegExp, text: string) {
  return [...text.matchAll(re)].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));
}

function viaAllMatches(re: RegExp, text: string) {
  return allMatches(re, text).map((m) => ({ all: [...m], index: m.index, groups: m.groups }));
}

describe('allMatches', () => {
  it.each([
    [/有限公司|公司|集团/g, '天津某某食品有限公司与某某集团签约，公司负责人出席。'],
    [/(?<year>\d{4})年/g, '2023年到2024年，再到2025年'],
    [/x*/g, '甲x乙xx丙'],
    [/(?:)/gu, '𠀀甲𠀁'],
    [/[。！？]/g, '没有句号的一段话'],
  ])('finds what matchAll finds in %s', (re, text) => {
    expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
  });

  it('leaves the pattern at the start, so the same pattern can be used again inside the loop', () => {
    const re = /村/g;
    const outer = allMatches(re, '东村和西村');
    expect(re.lastIndex).toBe(0);
    expect(outer.map(() => allMatches(re, '南村北村').length)).toEqual([2, 2]);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/村/, '东村')).toThrow(TypeError);
  });
});
