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

  /** Constructions of published news, each in a sentence of the team's, with the warnings it must give (rule and first span). */
  const READINGS: [why: string, text: string, warnings: string[]][] = [
    ['a figure in brackets annotates the whole', '全市汽车保有量3.2万辆（含低速货车800辆），其中私家车2.6万辆。', []],
    ['…and the whole is still read past it', '全市汽车保有量3.2万辆（含低速货车800辆），其中私家车3.6万辆。', ['arithmetic.part-exceeds-whole 3.6万辆']],
    ['figures side by side before 其中 leave its whole unstated', '公司捐赠现金300万元和价值200万元的物资。其中，300万元现金用于救治。', []],
    ['a balance has no parts', '当月贸易顺差120亿元，其中，出口收入900亿元，进口支出780亿元。', []],
    ['parts listed with 、 end the breakdown', '医疗队累计收治患者1200人次，其中重症300人次、危重症90人次，护理患者1500人次。', []],
    ['同比 and 环比 name a period, and a stated change is no level', '3月份销量同比下降18.1%。4月份销量同比增长4.4%，环比增长43.5%。', []],
    ['…nor the base of a multiple', '客流同比上升5%，线索量同比上升15%左右，环比上升1.2倍。', []],
    ['a rate before 的 is a share of the noun after it', '银行向公司注资2亿元（约合3000万美元），并要求精减30%的员工、削减薪酬，使公司每年减少至少4000万美元的开支。', []],
    ['a rate is not given the figures of a passage after it', '资助资金2126亿元，增幅4.07%　　全年资助学生10590万人次，比上年增加789万人次，增幅8.05%。', []],
    ['the nearest parts that add up to a total after them are its list', '报名的有3000多户，截至月底，1260户已搬入新居，在建的540户，合计1800户。', []],
    ['…and a total no run of them makes is still wrong', '报名的有3000多户，截至月底，1260户已搬入新居，在建的540户，合计1900户。', ['arithmetic.sum 1900户']],
    ['parts in 个 labelled otherwise count something else', '全省12个地市新增公益岗位，其中护林岗位3.2万个、保洁岗位1.5万个。', []],
    ['…parts in 个 with no label of their own are the whole’s', '全省有12个地市，其中14个完成了任务。', ['arithmetic.part-exceeds-whole 14个']],
    ['the figure the parts after 其中 add up to is their whole', '全市共有2400名学生享受补助，包括住校生1500名，走读生900名。其中，城区1100名、乡镇800名、农村500名。', []],
    ['…also when a noun after the figure says what it counts', '去年全省共有312.40万家庭困难学生获得补助，包括城镇学生101.20万人，农村学生211.20万人。其中，山区县180.30万人、丘陵县90.60万人、平原县41.50万人。', []],
    ['…and parts adding up to no figure before them are checked against the nearest', '去年全省共有312.40万家庭困难学生获得补助，包括城镇学生101.20万人，农村学生211.20万人。其中，山区县190.30万人、丘陵县90.60万人、平原县41.50万人。', ['arithmetic.sum 211.20万人']],
    ['a label written for each item of a list is no restatement', '围绕乡村建设，提交建议120件；围绕教育公平，提交建议；围绕医疗保障，提交建议86件。', []],
    ['two breakdowns by the same labels are no restatement', '甲计划：东部地区投入资金22亿元，中部地区投入资金54亿元；乙计划：东部地区投入资金6亿元，中部地区投入资金11亿元。', []],
    ['a fall stated with an approximate level holds within its rounding', '全年提出申请的有约11.1万人，比上年减少1.85万人，降幅14.3%。', []],
    ['…and a fall it cannot reach is still wrong', '全年约有11.1万人提出申请，比上年减少1.85万人，降幅24.3%。', ['arithmetic.change-rate 24.3%']],
    ['分别 in the next sentence lists its own figures', '各部门累计安排资金1237亿元支持修复。两家银行分别发放贷款3621亿元、1529亿元。', []],
    ['…but 分别 opening it lists the total’s parts', '各部门累计安排资金1200亿元。分别用于治水700亿元、治气400亿元。', ['arithmetic.sum 1200亿元']],
    ['figures after 分别 are a list, none a total', '全年个人和企业查询量累计分别为24亿次和1.1亿次，日均分别为657万次和29.6万次。', []],
    ['a subset under 其中 restates no label', '全县处理违纪人员1.2万人，党纪处分9000人。其中，针对机关、学校、医院和国有企业开展的多轮专项整治行动共处理违纪人员1800人，党纪处分1100人。', []],
    ['a label after a code is a group of its own', '已建成4A级旅游景区3个、3A级旅游景区2个。', []],
    ['a 其中 in brackets lists only what they hold', '俱乐部由61位老科学家（其中院士45人）发起，先后有721位导师参加。', []],
    ['a whole in 个 counts what follows it, even in one character', '全市辖11个县（市、区），其中贫困县4个，贫困村259个。', []],
    ['an average is no sum of its parts', '全区地下水位平均回升0.17米，其中东部达到0.61米。', []],
    ['包括 lists the parts of a total, no restatement', '新入选古建筑62处，保护建筑234处。全市文物总量达到5058处，包括古遗址1194处、古墓葬418处、古建筑2160处、石刻307处、保护建筑952处。', []],
    ['a label that starts by counting names one item', '正在新建两个剧场，一个可以容纳700人，一个可以容纳350人。', []],
    ['figures after a comparison are thresholds: two under one label name two classes', '体重大于50公斤的学员编入甲组，体重大于70公斤的学员编入乙组。', []],
    ['…as after a negated one', '单项工程投资不大于800万元的由县里审批，单项工程投资不大于3000万元的由市里审批。', []],
    ['one label restated beside another stated once is', '全县新增就业3120人，东部园区投入资金5亿元，新增就业3210人。', ['arithmetic.restated 3210人']],
    ['two breakdowns in parallel: the figures before differ under one name', '全省小麦种子预计需求8.2亿公斤，现有供种总量9.5亿公斤，大豆种子预计需求1.3亿公斤，现有供种总量为2亿公斤，能够满足需要。', []],
    ['…or the figures after them do', '营养餐补助惠及学生86.2万人，投入资金12.4亿元。另有18个县开展试点，覆盖学校1.2万所，惠及学生31.5万人，累计支出资金5.1亿元。', []],
    ['a sentence written again word for word with other figures is one statement restated', '文化中心总投资2.6亿元，座位1200个。文化中心总投资2.9亿元，座位1500个。', ['arithmetic.restated 2.9亿元']],
    ['…and dates beside two figures name no parallel breakdown', '文化中心总投资2.6亿元，二期工程预计明年5月完工。当地媒体报道，文化中心总投资2.9亿元，二期工程预计明年8月完工。', ['arithmetic.restated 2.9亿元']],
    ['parts under 其中 named like the figures before it are subsets of those figures', '去年全市规模以上企业营业收入820亿元，利润总额65亿元。其中，民营企业营业收入310亿元、利润总额28亿元。', []],
    ['…and a part larger than the figure it is named after is still wrong', '去年全市规模以上企业营业收入820亿元，利润总额65亿元。其中，民营企业营业收入310亿元、利润总额88亿元。', ['arithmetic.part-exceeds-whole 88亿元']],
    ['the first part after 其中 says what the whole counts', '施工队在坝下挖了六个直径2米的深坑，其中两个挖到了岩层，岩层距地面15米。', []],
    ['…and a part of that kind above the whole is still wrong', '施工队在坝下挖了六个直径2米的深坑，其中八个挖到了岩层。', ['arithmetic.part-exceeds-whole 八个']],
    ['figures one more each time, with only commas between, are counted out loud', '镜头里出现了白鹭的身影，一只，两只，三只，一共四只。', []],
    ['…while labelled parts still add up to their total', '湖心岛上有白鹭，东岸两只，西岸三只，一共四只。', ['arithmetic.sum 四只']],
    ['categories counted in full-width digits declare a partition, as in ASCII ones', '全县分４类区域，分别占４１％、３３％、１９％和１２％。', ['arithmetic.shares-over-100 ４１％']],
    ['a label right after a full-width figure belongs to that figure, as after an ASCII one', '违反规定的，处以２万元以上１０万元以下罚款；情节严重的，处以３０万元以上５０万元以下罚款。', []],
    ['a clause opened by a time phrase counts a new event, not a part', '一名女子以招工为名骗了两名老人，其中一名已年过八旬，得手后3名同伙冒充警察索要了15万元。', []],
    ['…while a later clause that lists on is still a part', '事故造成两名游客受伤，其中一人轻伤，三人重伤。', ['arithmetic.part-exceeds-whole 三人']],
    ['…but the parts of an earlier breakdown are no wholes for a later one', '支付贴息资金40亿元，其中，省级资金12亿元，市县资金28亿元。支付风险补偿金52亿元，其中，省级资金30亿元，市县资金22亿元。', []],
    ['a part that names what it counts takes the figure counting the same as its whole', '基金已资助80个项目，涉及12个省份，其中45个项目已经结项。', []],
    ['…and is still wrong above that figure', '基金已资助80个项目，涉及12个省份，其中95个项目已经结项。', ['arithmetic.part-exceeds-whole 95个']],
    ['a clause opened by a verb of reaching others counts those reached, not a part', '全村回乡创业的年轻人共有170多人，其中党员58人，带动周边420多名群众增收。', []],
    ['…while a part listed on in a later clause is still one', '全村回乡创业的年轻人共有170多人，其中党员58人，致富带头人240人。', ['arithmetic.part-exceeds-whole 240人']],
    ['a rate whose clause opens with a period of its own speaks of that period, not of the figures before', '公司今年1至4月的交付量为136架，同比减少约100架，4月交付量下降超过80%。', []],
    ['…while one for the figures’ own period is still checked', '公司4月交付量为36架，同比减少约100架，4月交付量下降超过90%。', ['arithmetic.change-rate 超过90%']],
    ['a multiple compares the sentence’s subject when the nearest figure does not hold', '去年全县粮食产量达到8.4万吨，比2010年的5万吨增产60%以上，是1980年2.1万吨的4倍。', []],
    ['…and is still wrong when no figure before it holds', '去年全县粮食产量达到8.4万吨，比2010年的5万吨增产60%以上，是1980年2.1万吨的6倍。', ['arithmetic.multiple 6倍']],
    ['…named by as little as two characters', '共化解“登记难”问题210个，涉及商品房面积960万平方米、住户8.1万户。化解“交房难”问题12个，涉及商品房面积45.6万平方米、住宅5210套。', []],
  ];

  it.each(READINGS)('reads published constructions: %s', (_, text, warnings) => {
    expect(arithmetic(text).filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.spans[0]!.text}`)).toEqual(warnings);
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
