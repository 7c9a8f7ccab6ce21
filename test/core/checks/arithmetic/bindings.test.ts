import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';

/** Warnings and errors only: info (an implied total) is what a check says when it is unsure. */
function flagged(text: string) {
  return runChecks(text, { lang: 'zh', families: ['arithmetic'] })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.severity]);
}

describe('arithmetic binds only quantities that belong together', () => {
  it.each([
    ['一个 is an article, not a whole of one', '这些县区呈现出一个共同趋势。其中，沿河等4个乡镇增幅最大。'],
    ['a whole before 其中 stays in its own sentence', '报名人数同比增长35%，其中，南湖等6个社区增长最快。'],
    ['分别占总数的… gives each share its own total', '全年受理意见4210件、建议2630件，分别占总数的91.2%和86%，均已办结。'],
    ['a stated increase is compared with the earlier value it implies', '专项补助资金512亿元，比上年增加64亿元，增长14.3%。'],
    ['an approximate increase after 比…增加了', '参观人数已达36万余人次，比去年同期增加了近15万人次，同比增长了68.2%。'],
    ['a year-to-date total and one month are different quantities', '1—9月，全省税收收入9.36万亿元。9月当月，全省税收收入1.12万亿元。'],
    ['the increase is not the whole of the 其中 parts', '节日期间共受理投诉96件，较上年增加8件，同比增长9.1%。其中电商平台81件，线下门店15件。'],
    ['a share may be of a larger part listed after 其中', '该院医护人员共有240人，其中护士150人，取得高级职称的有54人，占比约36%。'],
    ['two lists of shares in one sentence are two partitions', '东、中、西部地区销售额比重分别为62%、25%和13%，利润比重分别为58.5%、27.5%和14%。'],
    ['shares of different measures, each of its own total', '烟尘、二氧化硫、氮氧化物排放量分别占全省41%、36%、45%；'],
    ['shares of overlapping attributes are not a partition', '全县中小学全部通电，其中接入宽带的学校占97.5%，建有图书室的学校占86.2%。'],
    ['one label counting different things', '各地已清理180件规章，已修订260件规章，已清理6420件规范性文件。'],
    ['a label after a number names a different group', '全村96户农户共412人，已有40户农户共175人搬进新居。'],
    ['a price per unit differs by whom it is charged to', '该厂以每吨1.20元的价格向甲企业供水，以每吨0.95元的价格向乙企业供水。'],
    ['a subset scoped by 在…中', '全网相关报道达820万条。在海外社交平台中，相关报道达26.4万条。'],
    ['two years in one paragraph', '2017年，全村集体收入6万元；2018年，全村集体收入超过25万元。'],
    ['last year\'s figure of another subject', '去年全镇税收4.2亿元。今年工业税收2.6亿元，比上年增长30%。'],
  ])('%s', (_why, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('stays silent on a correct sentence with a rate, an increase, parts and their shares', () => {
    const sentence = '今年以来，全县实现产值3.5亿元，同比增长12.5%，比上年增加0.4亿元；其中农业1.2亿元、工业1.8亿元、服务业0.5亿元，分别占34.3%、51.4%和14.3%。';
    // 3.5 ÷ 1.125 = 3.11, so the increase is 0.39, which the draft rounds to 0.4: within rounding.
    expect(flagged(sentence)).toEqual([]);
    expect(flagged(sentence.repeat(40))).toEqual([]);
  });
});

/** [wrong, rule it must raise, the same relation stated right] */
const MISSING: [string, string, string][] = [
  ['全镇有学员126人，其中木工班58人、电工班47人、焊工班23人。', 'arithmetic.sum', '全镇有学员128人，其中木工班58人、电工班47人、焊工班23人。'],
  ['养殖户中，养牛的占38%，养羊的占27%，养猪的占24%，其他占19%。', 'arithmetic.shares-over-100', '养殖户中，养牛的占38%，养羊的占27%，养猪的占24%，其他占11%。'],
  ['养殖户中，养牛的占38%，养羊的占27%，养猪的占24%，其他占5%。', 'arithmetic.shares-under-100', '养殖户中，养牛的占38%，养羊的占27%，养猪的占24%，其他占11%。'],
  ['合作社营业额从2.1亿元增加到2.8亿元，增长25%。', 'arithmetic.change-rate', '合作社营业额从2.1亿元增加到2.8亿元，增长33.3%。'],
  ['专项补助资金512亿元，比上年增加64亿元，增长12.5%。', 'arithmetic.change-rate', '专项补助资金512亿元，比上年增加64亿元，增长14.3%。'],
  ['景区客流量由12万人次增至48万人次，增长了2倍。', 'arithmetic.multiple', '景区客流量由12万人次增至36万人次，增长了2倍。'],
  ['去年全镇税收4.2亿元。今年全镇税收4.6亿元，比上年增长15%。', 'arithmetic.change-rate', '去年全镇税收4.2亿元。今年全镇税收4.6亿元，比上年增长9.5%。'],
  ['全市投资2.4亿元，其中甲区0.9亿元、乙区0.6亿元，分别占37.5%和30%。', 'arithmetic.share', '全市投资2.4亿元，其中甲区0.9亿元、乙区0.6亿元，分别占37.5%和25%。'],
  ['全县分四类区域，分别占41%、33%、19%和12%。', 'arithmetic.shares-over-100', '全县分四类区域，分别占41%、33%、16%和10%。'],
];

describe('arithmetic finds the relations a fact-checker expects', () => {
  it.each(MISSING)('flags %s', (wrong, rule, right) => {
    expect(flagged(wrong).map(([r]) => r)).toContain(rule);
    expect(flagged(right)).toEqual([]);
  });

  it('is silent within rounding', () => {
    for (const text of [
      '全镇有学员126人，其中木工班58人、电工班45人。',
      '养殖户中，养牛的占38.4%，养羊的占27.3%，养猪的占23.8%，其他占10.6%。',
      '合作社营业额从2.1亿元增加到2.8亿元，增长33%。',
    ]) expect(flagged(text)).toEqual([]);
  });
});
