import { describe, expect, it } from 'vitest';
import { isHan, isHanCode } from '../../../src/core/text/cjk';

describe('isHan', () => {
  it('answers for one character as its code does, over the three Han blocks and around them', () => {
    for (const code of [0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4e00, 0x9fff, 0xa000, 0xf900, 0xfaff, 0xfb00, 0x41, 0x3002, 0xff0c]) {
      expect(isHan(String.fromCharCode(code))).toBe(isHanCode(code));
    }
    expect(isHan('县')).toBe(true);
    expect(isHan('，')).toBe(false);
  });

  it('finds Han anywhere in a longer string, and none in an empty or missing one', () => {
    expect(isHan('ab县')).toBe(true);
    expect(isHan('abc')).toBe(false);
    expect(isHan('')).toBe(false);
    expect(isHan(undefined)).toBe(false);
  });
});
