import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFastTables, packFastTables, unpackFastTables, type TypoFastTables } from '../../../../src/core/checks/typo/typoFastTables';
import { buildTypoLexicon } from '../../../../src/core/checks/typo/typoLexicon';
import { typoCheck } from '../../../../src/core/checks/typo/typoCheck';
import { runParagraph } from '../punctuation/markedCase';
import { FIXTURE_DATA } from './fixtureLexicon';

const ID = 'fixture-tables';
const CHARS = '的了时到我们遇逆境竟镜安装按修空调标准施工请尽快队员再接厉励继续作为伟他代表自己已情不能如风行';

/** Every answer the tables give on `text`: short-word costs at each position, and fits for each window length and skipped offset. */
function answers(tables: TypoFastTables, text: string): unknown[] {
  const out: unknown[] = [];
  for (let start = 0; start < text.length; start++) {
    for (const short of tables.short) if (short && start + 1 < text.length) out.push(short.find(text, start));
    for (const [length, positions] of tables.positions) {
      if (start + length > text.length) continue;
      for (let skip = -1; skip < length; skip++) out.push(positions.fits(text, start, skip < 0 ? undefined : skip));
    }
  }
  return out;
}

describe('typo fast tables as the build stores them', () => {
  const made = buildFastTables(FIXTURE_DATA.words);
  const packed = packFastTables(made, ID);

  it('read back, answer every question as the tables made from the words do', () => {
    const read = unpackFastTables(packed, ID)!;
    expect(read).toBeDefined();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...CHARS, 'A', '，'), minLength: 2, maxLength: 24 }), (text) => {
        expect(answers(read, text)).toEqual(answers(made, text));
      }),
      { numRuns: 300 },
    );
  });

  it('read from a copy that does not start on an 8-byte boundary, still answer alike', () => {
    const shifted = new Uint8Array(packed.length + 1);
    shifted.set(packed, 1);
    const read = unpackFastTables(shifted.subarray(1), ID)!;
    expect(answers(read, '遇到逆竟时请尽快按装空调')).toEqual(answers(made, '遇到逆竟时请尽快按装空调'));
  });

  it('are refused when made from other typo data, of another kind, or cut short', () => {
    expect(unpackFastTables(packed, 'another-build')).toBeUndefined();
    expect(unpackFastTables(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), ID)).toBeUndefined();
    expect(unpackFastTables(packed.subarray(0, packed.length - 4).slice(), ID)).toBeUndefined();
    expect(unpackFastTables(packed.subarray(0, 40).slice(), ID)).toBeUndefined();
  });

  it('give the typo check the same findings as the tables it would make, once a draft has searched enough to read them', () => {
    const read = unpackFastTables(packed, ID);
    let asked = 0;
    const stored = buildTypoLexicon(FIXTURE_DATA, Infinity, () => (asked++, read));
    const own = buildTypoLexicon(FIXTURE_DATA, 0);
    const texts = ['请尽快按装空调', '遇到逆竟时', '他作伟代表', '我们相信自已', '情不能自已', '记者蔡作伟报道'];
    const check = (text: string, typoLexicon: typeof own) => runParagraph(typoCheck, text, 'zh', { typoLexicon });
    // A long paragraph first: a short one never reads the stored tables.
    const long = texts.join('，').repeat(40);
    expect(asked).toBe(0);
    expect(check(long, stored)).toEqual(check(long, own));
    expect(asked).toBe(1);
    for (const text of texts) expect(check(text, stored)).toEqual(check(text, own));
    expect(asked).toBe(1);
    expect(check('遇到逆竟时', stored)).toHaveLength(1);
  });

  it('leave the typo check as it was when the build stored none', () => {
    const without = buildTypoLexicon(FIXTURE_DATA, 0, () => undefined);
    expect(runParagraph(typoCheck, '遇到逆竟时', 'zh', { typoLexicon: without })).toHaveLength(1);
  });
});
