import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../src/core/diff/diffRevisions';
import { packDiff, unpackDiff } from '../../../src/renderer/worker/packedDiff';

const OLD = ['河湾村今年种下樱桃树1200株，村民李秀兰说，挂果后每亩能多收三千元。', '合作社的冷库去年建成，能存放鲜果80吨。', '乡里还修通了一条产业路。', '果农说,路通了,心里也亮堂了。'].join('\n');
const NEW = ['合作社的冷库去年建成，能存放鲜果86吨。', '河湾村今年种下樱桃树1200株，村民李秀岚说，挂果后每亩能多收三千元。', '乡里还修通了一条产业路,方便果农运货。', '果农说，路通了，心里也亮堂了。'].join('\n');

/** Unpacked rows with every row's parts decoded, comparable with diffRevisions' own rows. */
function roundTrip(oldText: string, newText: string, options = {}) {
  const diff = diffRevisions(oldText, newText, options);
  const shown = unpackDiff(structuredClone(packDiff(diff)), oldText, newText);
  const rows = shown.paragraphs.map((row, i) => {
    const parts = shown.partsOf(i);
    return parts ? { ...row, parts } : row;
  });
  return { diff, shown, rows };
}

describe('packDiff / unpackDiff', () => {
  it('gives back the rows, parts, moves, changes and summary of the diff, without the hunks', () => {
    const { diff, shown, rows } = roundTrip(OLD, NEW);
    expect(diff.moves.length).toBeGreaterThan(0);
    expect(diff.paragraphs.some((row) => row.parts)).toBe(true);
    expect(rows).toEqual(diff.paragraphs);
    expect(shown.summary).toEqual(diff.summary);
    expect(shown.moves).toEqual(diff.moves);
    expect(shown.changes).toEqual(diff.changes);
    expect(shown.changesTruncated).toBe(diff.changesTruncated);
    expect('hunks' in shown).toBe(false);
  });

  it('keeps the trivial flags of hidden width changes', () => {
    const { diff, rows } = roundTrip(OLD, NEW, { ignorePunctuationWidth: true });
    expect(diff.paragraphs.some((row) => row.parts?.some((part) => part.trivial))).toBe(true);
    expect(rows).toEqual(diff.paragraphs);
  });

  it('round-trips random edits of Chinese text', () => {
    const paragraph = fc.array(fc.constantFrom(...'村民说今年收入增加了百分之十，合作社1234567890。,'), { maxLength: 30 }).map((chars) => chars.join(''));
    const text = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((ps) => ps.join('\n'));
    fc.assert(
      fc.property(text, text, fc.boolean(), (oldText, newText, ignoreWidth) => {
        const { diff, rows } = roundTrip(oldText, newText, { ignorePunctuationWidth: ignoreWidth });
        expect(rows).toEqual(diff.paragraphs);
      }),
      { numRuns: 200 },
    );
  });
});
