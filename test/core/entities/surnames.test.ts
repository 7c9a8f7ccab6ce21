import { describe, expect, it } from 'vitest';
import { surnameLength } from '../../../src/core/entities/surnames';

describe('surnameLength', () => {
  it('reads a compound surname before a single one, and none where the name starts with no surname', () => {
    expect(surnameLength('欧阳修')).toBe(2);
    expect(surnameLength('司马光')).toBe(2);
    // 司 alone is a surname too, but 司马 is read whole.
    expect(surnameLength('司徒')).toBe(2);
    expect(surnameLength('王小明')).toBe(1);
    expect(surnameLength('欧文')).toBe(1);
    expect(surnameLength('的确')).toBe(0);
    expect(surnameLength('𠀀王')).toBe(0);
    expect(surnameLength('')).toBe(0);
  });
});
