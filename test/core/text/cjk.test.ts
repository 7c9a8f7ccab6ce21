import { describe, expect, it } from 'vitest';
import { HAN, isHan, isHanCode } from '../../../src/core/text/cjk';

describe('isHan', () => {
  it('answers for one character as the Han pattern does, on every UTF-16 code unit', () => {
    const pattern = new RegExp(`[${HAN}]`);
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (isHan(ch) !== pattern.test(ch) || isHanCode(code) !== pattern.test(ch)) expect.fail(`U+${code.toString(16).padStart(4, '0')}`);
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
