import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../../src/core/numbers/readQuantities';

function one(text: string) {
  const qs = readQuantities(text);
  expect(qs).toHaveLength(1);
  const q = qs[0]!;
  return { written: text.slice(q.start, q.end), kind: q.kind, value: q.value, lo: q.lo, hi: q.hi, approx: q.approx, isRange: q.isRange };
}

describe('readQuantities', () => {
  it('reads Arabic numerals with separators, decimals, scales and full-width digits', () => {
    expect(one('投资3,927万元建设')).toMatchObject({ written: '3,927万元', kind: 'money', value: 39_270_000 });
    expect(one('产值1.2亿元')).toMatchObject({ kind: 'money', value: 120_000_000, lo: 115_000_000, hi: 125_000_000 });
    expect(one('占比７０.２５％')).toMatchObject({ kind: 'percent', value: 70.25 });
    expect(one('占比70.25%').lo).toBeCloseTo(70.245, 6);
    expect(one('年产5万吨')).toMatchObject({ kind: 'mass', value: 5e7 });
  });

  it('reads a quantity standing at either end of the paragraph, and its affixes there', () => {
    expect(one('约3万人')).toMatchObject({ written: '约3万人', kind: 'people', approx: 'about' });
    expect(one('3万人左右')).toMatchObject({ written: '3万人左右', approx: 'about' });
    expect(one('500余')).toMatchObject({ written: '500余', kind: 'bare', approx: 'more' });
    expect(one('达3')).toMatchObject({ written: '3', kind: 'bare', value: 3 });
    expect(readQuantities('第3')).toHaveLength(0);
    expect(readQuantities('-3')).toHaveLength(0);
    expect(one('3——5万元')).toMatchObject({ written: '3——5万元', isRange: true, value: 40_000 });
    expect(one('三千万元')).toMatchObject({ written: '三千万元', kind: 'money', value: 3e7 });
    expect(readQuantities('两亿元')[0]).toMatchObject({ unitText: '亿元', value: 2e8 });
    expect(one('三成')).toMatchObject({ kind: 'percent', value: 30 });
  });

  it('reads Chinese numerals followed by a unit', () => {
    expect(one('资金三千九百二十七万元')).toMatchObject({ kind: 'money', value: 39_270_000 });
    expect(one('吸纳两万人就业')).toMatchObject({ kind: 'people', value: 20000 });
    expect(one('共一百零五户')).toMatchObject({ kind: 'household', value: 105 });
    expect(one('二〇二三年')).toMatchObject({ kind: 'time', value: 2023 });
    expect(one('多了三成')).toMatchObject({ kind: 'percent', value: 30 });
    expect(one('增长百分之十')).toMatchObject({ kind: 'percent', value: 10 });
  });

  it('reads a rough percentage in words as the span it names (百分之十几: 10–20 %, 百分之一点多: 1–2 %)', () => {
    expect(one('增长百分之十几')).toMatchObject({ written: '百分之十几', kind: 'percent', approx: 'more', lo: 10, hi: 20 });
    expect(one('利率是百分之一点多')).toMatchObject({ written: '百分之一点多', approx: 'more', lo: 1, hi: 2 });
    expect(one('利率是百分之三点几')).toMatchObject({ written: '百分之三点几', approx: 'more', lo: 3, hi: 4 });
  });

  it('reads 人民币 as money, and 家 before 庭 as the noun 家庭, not a count of firms', () => {
    expect(one('捐款80万人民币')).toMatchObject({ written: '80万人民币', kind: 'money', value: 800_000 });
    expect(one('惠及460万家庭')).toMatchObject({ written: '460万', kind: 'bare', value: 4_600_000 });
    expect(one('新增35家企业')).toMatchObject({ written: '35家', kind: 'organisation' });
    // 家 before 人民医院 or 乡镇 is the counter all the same.
    expect(one('新建3家人民医院')).toMatchObject({ written: '3家', kind: 'organisation' });
    expect(one('扶持5家乡镇企业')).toMatchObject({ written: '5家', kind: 'organisation' });
    expect(one('全县共35家')).toMatchObject({ written: '35家', kind: 'organisation' });
  });

  it('reads approximation words as intervals', () => {
    expect(one('3000多个岗位')).toMatchObject({ approx: 'more', lo: 3000, hi: 4000 });
    expect(one('超200人')).toMatchObject({ approx: 'over', lo: 200, hi: Infinity });
    expect(one('约4亿元')).toMatchObject({ approx: 'about' });
    expect(one('10万吨左右')).toMatchObject({ approx: 'about', written: '10万吨左右' });
    expect(one('近300人')).toMatchObject({ approx: 'under' });
    expect(one('500余吨')).toMatchObject({ approx: 'more', lo: 500_000, hi: 600_000 });
  });

  it('reads comparisons as bounds, a negated one from the other side', () => {
    expect(one('体重大于50公斤')).toMatchObject({ approx: 'over', written: '大于50公斤', lo: 50, hi: Infinity });
    expect(one('质量小于8个')).toMatchObject({ approx: 'under', written: '小于8个' });
    expect(one('人数多于30人')).toMatchObject({ approx: 'over' });
    expect(one('人数少于30人')).toMatchObject({ approx: 'under' });
    for (const [text, approx] of [
      ['不超过30人', 'under'],
      ['超过30人', 'over'],
      ['不低于30人', 'over'],
      ['低于30人', 'under'],
      ['不高于30人', 'under'],
      ['高于30人', 'over'],
      ['不大于30人', 'under'],
      ['不小于30人', 'over'],
    ] as const) {
      expect(one(text), text).toMatchObject({ approx, written: text });
    }
  });

  it('reads ranges with the unit on the second number', () => {
    expect(one('投资3—5万元')).toMatchObject({ isRange: true, kind: 'money', written: '3—5万元' });
    expect(one('每组3至5人')).toMatchObject({ isRange: true, kind: 'people' });
  });

  it.each(['一些', '一起', '一直', '统一', '万一', '第一', '一带一路', '十分', '百姓', '千万不要', '万物', '三级联动', '第3名'])(
    'does not read %s as a quantity with a unit',
    (text) => {
      expect(readQuantities(text).filter((q) => q.kind !== 'bare')).toEqual([]);
    },
  );

  it('skips phone numbers and codes mixed with letters', () => {
    expect(readQuantities('请致电0931-8159799，H5与5G')).toEqual([]);
  });
});
