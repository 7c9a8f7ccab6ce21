import { describe, expect, it } from 'vitest';
import { CodeSet } from '../../../src/core/text/codeSet';

describe('CodeSet', () => {
  it('holds exactly the code units it was given, surrogates and the last unit included', () => {
    const codes = ['王'.charCodeAt(0), '𠀀'.charCodeAt(0), 0xffff, 0];
    const set = new CodeSet(codes);
    for (const code of codes) expect(set.has(code)).toBe(true);
    expect(set.has('李'.charCodeAt(0))).toBe(false);
    expect(set.has('𠀀'.charCodeAt(1))).toBe(false);
    expect(set.has(1)).toBe(false);
    // A position outside the text reads as -1 or NaN: never in the set, nor a code past the last unit.
    expect(set.has(-1)).toBe(false);
    expect(set.has(Number.NaN)).toBe(false);
    expect(set.has(0x10000)).toBe(false);
  });
});
