import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameLengths } from '../../../src/core/entities/nameLengths';
import { nameEndings } from '../../../scripts/build-gazetteer.mjs';

describe('NameLengths', () => {
  it('offers, longest first, the length of every name that ends at a position', () => {
    const lengths = new NameLengths([['会宁县', '宁县', '白银市', '北京', '京']]);
    expect(lengths.endingAt('甘肃会宁县', 5)).toEqual([3, 2]);
    expect(lengths.endingAt('到北京', 3)).toEqual([2, 1]);
    expect(lengths.endingAt('京', 1)).toEqual([1]);
    expect(lengths.endingAt('的的的', 3)).toEqual([]);
    expect(lengths.endingAt('会宁县', 0)).toEqual([]);
  });

  it('never leaves out a name that is there', () => {
    const chars = fc.constantFrom(...'会宁县白银市镇乡甲乙');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }), fc.string({ unit: chars, maxLength: 30 }), (names, text) => {
        const lengths = new NameLengths([names]);
        for (let end = 0; end <= text.length; end++) {
          const offered = lengths.endingAt(text, end);
          for (const name of names) {
            if (name.length <= end && text.slice(end - name.length, end) === name) expect(offered).toContain(name.length);
          }
          expect([...offered]).toEqual([...offered].sort((a, b) => b - a));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('marks as an ending code every last character endingAt can offer a length for, and no other', () => {
    const chars = fc.constantFrom(...'会宁县白银市镇乡甲乙');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }), fc.string({ unit: chars, maxLength: 30 }), (names, text) => {
        const lengths = new NameLengths([names]);
        const codes = lengths.endingCodes();
        for (let end = 1; end <= text.length; end++) {
          if (codes[text.charCodeAt(end - 1)] === 0) expect(lengths.endingAt(text, end)).toEqual([]);
        }
        for (const ch of '会宁县白银市镇乡甲乙') expect(codes[ch.charCodeAt(0)] !== 0).toBe(names.some((name) => name.endsWith(ch)));
      }),
      { numRuns: 200 },
    );
  });

  it('hands out its ending codes as a copy: marking more codes in it leaves the table as it was', () => {
    const lengths = new NameLengths([['会宁县', '北京']]);
    lengths.endingCodes().fill(1);
    expect(lengths.endingCodes()['镇'.charCodeAt(0)]).toBe(0);
    expect(lengths.endingCodes()['县'.charCodeAt(0)]).not.toBe(0);
  });

  it('answers from the endings the build stored as from the names themselves', () => {
    const chars = fc.constantFrom(...'会宁县白银市镇乡甲乙');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }), fc.string({ unit: chars, maxLength: 30 }), (names, text) => {
        const fromNames = new NameLengths([names]);
        const fromStored = new NameLengths([], nameEndings(names));
        // Stored beside names given apart (short names), as the gazetteer's are.
        const mixed = new NameLengths([names.slice(0, 3)], nameEndings(names.slice(3)));
        for (let end = 0; end <= text.length; end++) {
          expect(fromStored.endingAt(text, end)).toEqual(fromNames.endingAt(text, end));
          expect(mixed.endingAt(text, end)).toEqual(fromNames.endingAt(text, end));
        }
      }),
      { numRuns: 200 },
    );
  });
});
