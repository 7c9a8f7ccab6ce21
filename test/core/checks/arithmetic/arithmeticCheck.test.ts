import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import { findRelations } from '../../../../src/core/checks/arithmetic/findRelations';

function arithmetic(text: string) {
  return runChecks(text, { lang: 'zh', families: ['arithmetic'] });
}

/** [wrong text, rule it must raise, severity, the same relation stated right] */
const CASES: [string, string, string, string][] = [
  ['投入资金2400万元，其中修路资金900万元，占比40%。', 'arithmetic.share', 'error', '投入资金2400万元，其中修路资金900万元，占比37.5%。'],
  ['修路资金4800万元，占总投资1.2亿元的45%。', 'arithmetic.share', 'error', '修路资金4800万元，占总投资1.2亿元的40%。'],
  ['全村共有三百人，其中党员六十人，占30%。', 'arithmetic.share', 'error', '全村共有三百人，其中党员六十人，占20%。'],
  ['全镇有农户860户，其中脱贫户912户。', 'arithmetic.part-exceeds-whole', 'error', '全镇有农户960户，其中脱贫户912户。'],
  ['甲村120万元、乙村80万元、丙村50万元，合计260万元。', 'arithmetic.sum', 'error', '甲村120万元、乙村80万元、丙村50万元，合计250万元。'],
  ['三个园区共吸纳就业1500人，分别为600人、500人和300人。', 'arithmetic.sum', 'error', '三个园区共吸纳就业1400人，分别为600人、500人和300人。'],
  ['销售额由800万元增长到1000万元，增长20%。', 'arithmetic.change-rate', 'error', '销售额由800万元增长到1000万元，增长25%。'],
  ['今年产量90吨，比上年的120吨下降20%。', 'arithmetic.change-rate', 'error', '今年产量90吨，比上年的120吨下降25%。'],
  ['覆盖率从60.0%提高到65.0%，提高了5%。', 'arithmetic.percentage-point', 'warning', '覆盖率从60.0%提高到65.0%，提高了5个百分点。'],
  ['覆盖率从60.0%提高到65.0%，提高了4个百分点。', 'arithmetic.change-rate', 'error', '覆盖率从60.0%提高到65.0%，提高了5个百分点。'],
  ['今年接待游客45万人次，是去年15万人次的2倍。', 'arithmetic.multiple', 'error', '今年接待游客45万人次，是去年15万人次的3倍。'],
  ['村集体收入从20万元增加到30万元，实现翻番。', 'arithmetic.multiple', 'warning', '村集体收入从20万元增加到41万元，实现翻番。'],
  ['三类企业分别占40%、35%和30%。', 'arithmetic.shares-over-100', 'error', '三类企业分别占40%、35%和25%。'],
  ['全县新增就业3120人，带动增收明显，新增就业3210人。', 'arithmetic.restated', 'warning', '全县新增就业3120人，带动增收明显，新增就业3120人。'],
  ['收入由约100万元增至约150万元，增长150%。', 'arithmetic.change-rate', 'warning', '收入由约100万元增至约150万元，增长50%。'],
];

describe('arithmetic check', () => {
  it.each(CASES)('flags %s', (wrong, rule, severity, right) => {
    const findings = arithmetic(wrong);
    expect(findings.map((f) => [f.rule, f.severity])).toContainEqual([rule, severity]);
    const f = findings.find((x) => x.rule === rule)!;
    expect(f.evidence).toMatchObject({ formula: expect.any(String), recomputed: expect.any(String), stated: expect.any(String) });
    expect(arithmetic(right).filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('stays silent within rounding and approximation', () => {
    for (const text of [
      '转移就业1500人，其中外出务工1301人，占86.7%。',
      '总投资约3亿元，其中企业投资2.1亿元，占70%左右。',
      '带动就业3000多人，其中返乡青年1200人。',
      '年产值由1.5亿元增长到1.8亿元，增长20%。',
    ]) expect(arithmetic(text)).toEqual([]);
  });

  describe('parts of a whole', () => {
    const exceeds = (text: string) => arithmetic(text).filter((f) => f.rule === 'arithmetic.part-exceeds-whole');

    it('passes over a figure in brackets to the whole they annotate', () => {
      expect(exceeds('全市汽车保有量3.2万辆（含低速货车800辆），其中私家车2.6万辆。')).toEqual([]);
      expect(exceeds('全市汽车保有量3.2万辆（含低速货车800辆），其中私家车3.6万辆。').map((f) => f.spans[0]!.text)).toEqual(['3.6万辆']);
    });

    it('takes no whole from figures listed side by side before 其中', () => {
      expect(exceeds('公司捐赠现金300万元和价值200万元的物资。其中，300万元现金用于救治。')).toEqual([]);
    });

    it('takes no whole from a balance', () => {
      expect(exceeds('当月贸易顺差120亿元，其中，出口收入900亿元，进口支出780亿元。')).toEqual([]);
    });

    it('ends the parts with the list that follows 其中', () => {
      expect(exceeds('医疗队累计收治患者1200人次，其中重症300人次、危重症90人次，护理患者1500人次。')).toEqual([]);
    });
  });

  describe('what a change, a sum or a whole is read against', () => {
    const warned = (text: string) => arithmetic(text).filter((f) => f.severity !== 'info').map((f) => f.rule);

    it('reads 同比 and 环比 as the period compared, and a stated change as no level', () => {
      expect(warned('3月份销量同比下降18.1%。4月份销量同比增长4.4%，环比增长43.5%。')).toEqual([]);
      expect(warned('客流同比上升5%，线索量同比上升15%左右，环比上升1.2倍。')).toEqual([]);
    });

    it('reads a rate before 的 as a share of the noun after it', () => {
      expect(warned('银行向公司注资2亿元（约合3000万美元），并要求精减30%的员工、削减薪酬，使公司每年减少至少4000万美元的开支。')).toEqual([]);
    });

    it('does not give a rate the figures of a passage after it', () => {
      expect(warned('资助资金2126亿元，增幅4.07%　　全年资助学生10590万人次，比上年增加789万人次，增幅8.05%。')).toEqual([]);
    });

    it('takes the nearest parts that add up to a total stated after them as its list', () => {
      expect(warned('报名的有3000多户，截至月底，1260户已搬入新居，在建的540户，合计1800户。')).toEqual([]);
      expect(warned('报名的有3000多户，截至月底，1260户已搬入新居，在建的540户，合计1900户。')).toEqual(['arithmetic.sum']);
    });

    it('compares parts in 个 with a whole in 个 only when they count the same thing', () => {
      expect(warned('全省12个地市新增公益岗位，其中护林岗位3.2万个、保洁岗位1.5万个。')).toEqual([]);
      expect(warned('全省有12个地市，其中14个完成了任务。')).toEqual(['arithmetic.part-exceeds-whole']);
    });

    it('takes the figure the parts after 其中 add up to as their whole', () => {
      expect(warned('全市共有2400名学生享受补助，包括住校生1500名，走读生900名。其中，城区1100名、乡镇800名、农村500名。')).toEqual([]);
    });
  });

  describe('restatements', () => {
    const restated = (text: string) => arithmetic(text).filter((f) => f.rule === 'arithmetic.restated');

    it('reads a label written for each item of a list as no restatement', () => {
      expect(restated('围绕乡村建设，提交建议120件；围绕教育公平，提交建议；围绕医疗保障，提交建议86件。')).toEqual([]);
    });

    it('reads two breakdowns by the same labels (东部…中部…东部…中部) as no restatement', () => {
      expect(restated('甲计划：东部地区投入资金22亿元，中部地区投入资金54亿元；乙计划：东部地区投入资金6亿元，中部地区投入资金11亿元。')).toEqual([]);
    });

    it('still reports one label restated beside another stated once', () => {
      expect(restated('全县新增就业3120人，东部园区投入资金5亿元，新增就业3210人。').map((f) => f.spans[0]!.text)).toEqual(['3210人']);
    });
  });

  it('gives the implied total of a share stated without one', () => {
    const [f] = arithmetic('今年用于产业发展的资金5621万元，占比80.35%。');
    expect(f).toMatchObject({ rule: 'arithmetic.implied-total', severity: 'info' });
    expect(f!.spans[0]!.text).toBe('80.35%');
    // 5621 ÷ 0.8035 = 6995.6; 0.80345–0.80355 gives 6995.2–6996.1.
    expect(f!.message).toContain('≈6996万元');
    expect(f!.message).toContain('6995.6万元');
    expect(f!.message).toMatch(/6995\.2万元.*6996\.1万元/);
  });

  it('lists consistent relations with their recomputed values', () => {
    const relations = findRelations('今年累计转移就业1500人，其中外出务工1300人。');
    expect(relations).toContainEqual(expect.objectContaining({ rule: 'arithmetic.part-exceeds-whole', verdict: 'consistent', recomputed: '86.7%' }));
  });

  it('raises nothing but info on a clean report full of numbers', () => {
    const text = readFileSync(new URL('../../../fixtures/numbers/clean-report.txt', import.meta.url), 'utf8');
    expect(runChecks(text, { lang: 'zh', families: ['arithmetic', 'date', 'number'] }).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('speaks English when asked', () => {
    const [f] = runChecks('资金5621万元，占比80.35%。', { lang: 'en', families: ['arithmetic'] });
    expect(f!.message).toMatch(/^80\.35% is stated without a total/);
  });
});
