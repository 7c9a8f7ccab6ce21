import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../src/core/diff/diffRevisions';
import { applyHunks } from '../../../src/core/diff/hunkWriter';

const OLD = '记者走进柳河乡蔬菜大棚,工人们正忙着分拣黄瓜。\n目前园区已吸纳就业520人。';
const WIDTH_ONLY = '记者走进柳河乡蔬菜大棚，工人们正忙着分拣黄瓜。\n目前园区已吸纳就业520人。';
const SPACE_ONLY = '记者走进柳河乡蔬菜大棚,工人们正忙着 分拣黄瓜。\n目前园区已吸纳就业520人。 ';

describe('ignore options', () => {
  it('reports a punctuation-width change by default', () => {
    const d = diffRevisions(OLD, WIDTH_ONLY);
    expect(d.summary.paragraphsChanged).toBe(1);
    expect(d.hunks).toMatchObject([{ oldText: ',', newText: '，', trivial: false }]);
  });

  it('hides a punctuation-width change but keeps the hunk that rebuilds the text', () => {
    const d = diffRevisions(OLD, WIDTH_ONLY, { ignorePunctuationWidth: true });
    expect(d.summary).toMatchObject({ paragraphsChanged: 0, charsAdded: 0, charsRemoved: 0 });
    expect(d.paragraphs[0]).toMatchObject({ kind: 'same', trivial: true });
    expect(d.hunks).toMatchObject([{ oldText: ',', newText: '，', trivial: true }]);
    expect(applyHunks(OLD, d.hunks)).toBe(WIDTH_ONLY);
  });

  it('hides whitespace-only changes with ignoreWhitespace, not with ignorePunctuationWidth', () => {
    expect(diffRevisions(OLD, SPACE_ONLY, { ignoreWhitespace: true }).summary.paragraphsChanged).toBe(0);
    expect(diffRevisions(OLD, SPACE_ONLY, { ignorePunctuationWidth: true }).summary.paragraphsChanged).toBe(2);
    const d = diffRevisions(OLD, SPACE_ONLY, { ignoreWhitespace: true });
    expect(d.hunks.every((h) => h.trivial)).toBe(true);
    expect(applyHunks(OLD, d.hunks)).toBe(SPACE_ONLY);
  });

  it('still reports a real change next to a hidden one', () => {
    const next = '记者走进柳河乡蔬菜大棚，工人们正忙着分拣西红柿。\n目前园区已吸纳就业520人。';
    const d = diffRevisions(OLD, next, { ignorePunctuationWidth: true });
    expect(d.summary.paragraphsChanged).toBe(1);
    const parts = d.paragraphs[0]!.parts!.filter((p) => p.op !== 'equal');
    expect(parts.filter((p) => p.trivial).map((p) => p.text)).toEqual([',', '，']);
    expect(parts.filter((p) => !p.trivial).map((p) => p.text).join('|')).toContain('西红柿');
  });
});
