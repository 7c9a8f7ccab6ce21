import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../src/core/diff/diffRevisions';

function facts(oldText: string, newText: string) {
  return diffRevisions(oldText, newText).changes.map((c) => [c.kind, c.old, c.new]);
}

describe('changed numbers, dates and names', () => {
  it('reports a number with its unit', () => {
    expect(facts('全县共有合作社386家，带动农户4170户。', '全县共有合作社368家，带动农户4170户。')).toEqual([['number', '386家', '368家']]);
  });

  it('reports amounts with magnitude and percentages whole', () => {
    expect(facts('项目总投资2.6亿元，占比42.3%。', '项目总投资2.8亿元，占比43.2%。')).toEqual([
      ['number', '2.6亿元', '2.8亿元'],
      ['number', '42.3%', '43.2%'],
    ]);
  });

  it('reports a quantity with its measure word and approximation', () => {
    expect(facts('春运期间加开列车186趟。', '春运期间加开列车168趟。')).toEqual([['number', '186趟', '168趟']]);
    expect(facts('现场来了80多人。', '现场来了120多人。')).toEqual([['number', '80多人', '120多人']]);
    expect(facts('项目投资约3.5万元。', '项目投资约4.5万元。')).toEqual([['number', '约3.5万元', '约4.5万元']]);
  });

  it('reports a whole date when only its month changed', () => {
    expect(facts('2024年9月18日，丰收节开幕。', '2024年10月18日，丰收节开幕。')).toEqual([['date', '2024年9月18日', '2024年10月18日']]);
  });

  it('reports a personal name the dictionary does not know', () => {
    expect(facts('种植户韩春梅笑着说。', '种植户韩春海笑着说。')).toEqual([['name', '韩春梅', '韩春海']]);
  });

  it('reports a place name that lost a character, split from the county before it', () => {
    expect(facts('记者来到青石县柳河集镇采访。', '记者来到青石县柳集镇采访。')).toEqual([['name', '柳河集镇', '柳集镇']]);
  });

  it('does not call a changed dictionary word a name', () => {
    expect(facts('收入比去年增长了。', '收入比去年增加了。')).toEqual([]);
  });

  it('gives offsets that point at the reported texts', () => {
    const oldText = '第一段不变。\n县里共有合作社386家。';
    const newText = '第一段不变。\n县里共有合作社391家。';
    const [change] = diffRevisions(oldText, newText).changes;
    expect(change).toBeDefined();
    expect(oldText.slice(change!.oldStart, change!.oldEnd)).toBe(change!.old);
    expect(newText.slice(change!.newStart, change!.newEnd)).toBe(change!.new);
    expect([change!.oldIndex, change!.newIndex]).toEqual([1, 1]);
  });
});
