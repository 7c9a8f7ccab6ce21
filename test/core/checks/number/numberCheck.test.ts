import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';

function numbers(text: string) {
  return runChecks(text, { lang: 'zh', families: ['number'] }).map((f) => [f.rule, f.severity, f.spans[0]!.text]);
}

describe('number usage check', () => {
  it('flags the rarer thousands-separator style', () => {
    expect(numbers('投资3,927万元。\n收入1498万元，支出2286万元。')).toEqual([['number.separator-mixed', 'info', '3,927']]);
    expect(numbers('投资3927万元。\n收入1498万元。')).toEqual([]);
    expect(numbers('投资3,927万元。\n收入1,498万元。')).toEqual([]);
  });

  it('ignores years, phone numbers and bare digits', () => {
    expect(numbers('2023年投资3,927万元，请致电0931-8159799，编号20231234。')).toEqual([]);
  });

  it('flags 百分之十 in a draft that writes percentages with %', () => {
    expect(numbers('增长百分之十。\n占比25%。')).toEqual([['number.percent-mixed', 'warning', '百分之十']]);
    expect(numbers('增长百分之十，占比百分之二十五。')).toEqual([]);
    expect(numbers('增长10%，占比25%，提高3个百分点。')).toEqual([]);
  });

  it('keeps headlines and quoted speech to info', () => {
    expect(numbers('全年产值同比增百分之五点六\n全年产值增长5.6%，利润增长3.1%。')).toEqual([['number.percent-mixed', 'info', '百分之五点六']]);
    expect(numbers('“我们这儿的增幅有百分之十二。”他说。全年产值增长5.6%。')).toEqual([['number.percent-mixed', 'info', '百分之十二']]);
  });

  it('leaves rough percentages in words, which digits cannot write (百分之十几, 百分之一点多)', () => {
    expect(numbers('增幅有百分之十几，全年产值增长5.6%。')).toEqual([]);
    expect(numbers('定期存款的利率一直是百分之一点多，今年上调到2.5%。')).toEqual([]);
    expect(numbers('利率一直是百分之一，今年上调到2.5%。')).toEqual([['number.percent-mixed', 'warning', '百分之一']]);
  });
});
