import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

function consistency(text: string) {
  return runChecks(text, { lang: 'zh', gazetteer, families: ['consistency'] });
}

/** The team's own sentences reproducing what published news writes correctly: none may be flagged. */
const SILENT: [pattern: string, text: string][] = [
  ['a role after a township, its generic written twice', '五一乡的干部说，五一乡乡长带头修路。'],
  ['a role after a bureau', '国家档案局局长介绍，国家档案局今年将开放更多档案。'],
  ['a verb glued before a village', '工作队帮乔庄村修路，乔庄村的村民很高兴。'],
  ['villagers after a village', '龙凤村村民说，龙凤村的路修好了。'],
  ['a common noun, not a village', '这里要打造诗词村，建成远近闻名的诗词之村。'],
  ['rural revitalisation, not a township', '各地实施乡村振兴战略，努力实现乡村振兴。'],
  ['different leading qualifiers', '英国石油公司和美国石油公司都派了代表。'],
  ['colleges of different universities', '四川大学商学院和西藏大学文学院签订协议。'],
  ['two villages, unofficial names not read alike', '新塘村和新坪村隔河相望。'],
  ['two real bureaus of two levels', '活动由成都市文化广电旅游局主办，武侯区文体旅局承办。'],
  ['two people, given names not read alike', '村民王春华说，今年收成好。村民王春环也说，价格不错。'],
  ['a function word before an organisation', '部分课程不符合中小学生特点，不适合中小学生使用。'],
  ['two people, contrastive given names (大/小)', '村民王大明说，今年收成好。村民王小明也说，价格不错。'],
  ['two villages, contrastive names of one class (东/西)', '东关村和西关村隔河相望，东关村种菜，西关村养鱼。'],
  ['two companies, two-character own names not read alike', '禾丰集团和禾田集团都在园区建了厂，禾田集团的规模更大。'],
  ['departments called by their short names', '县城管局、县房管局和县城建局联合检查，县人社局也派了人。'],
];

/** Slips planted in the team's own drafts: each must be caught with the right forms. */
const CAUGHT: [pattern: string, text: string, rule: string, forms: string[]][] = [
  ['a person, one character read alike, without a title the second time', '村民吴美兰说，今年收成不错。\n记者再次见到吴美岚时，她正在晒谷子。', 'consistency.person', ['吴美兰', '吴美岚']],
  ['a company, one character read alike, regions before it', '云南楚雄嘉禾菌业有限公司负责收购。\n楚雄嘉和菌业有限公司的仓库在城东。', 'consistency.org', ['嘉禾菌业', '嘉和菌业']],
  ['a town of a county written in full, then by its short form', '海南白沙黎族自治县牙叉镇的茶园连片。\n白沙县牙插镇的茶农说，今年茶价好。', 'consistency.place', ['牙叉镇', '牙插镇']],
  ['a minority name in dotted parts, one character read alike', '村民阿依古丽·买买提说，今年的杏子卖得好。\n阿依古丽·卖买提还告诉记者，明年要扩种。', 'consistency.person', ['阿依古丽·买买提', '阿依古丽·卖买提']],
  ['a department with swapped components', '县卫生健康局召开会议。\n县健康卫生局的干部下乡义诊。', 'consistency.department', ['健康卫生']],
  ['a department with swapped components inside a dictionary word', '县运输交通局发布通知。', 'consistency.department', ['运输交通']],
  ['a department with one character read alike', '省卫生建康委员会发布提示。', 'consistency.department', ['卫生建康']],
  ['the short name of a department, its second character read alike', '区城棺局的执法队员清理了占道摊点。', 'consistency.department', ['城棺']],
  ['a person, one character that looks alike, found again without a title', '村民王士明说，今年收成不错。\n记者再次见到王土明时，他正在晒谷子。', 'consistency.person', ['王士明', '王土明']],
  ['a person, a contrastive character read alike (中/忠)', '副市长李建中说，新桥年底通车。\n李建忠还介绍，旧桥将改成步行桥。', 'consistency.person', ['李建中', '李建忠']],
  ['a person named by a title of public life, then misspelt in a headline', '李建忠出席会议强调\n国务委员李建中出席会议并讲话。李建中指出，要抓好落实。', 'consistency.person', ['李建中', '李建忠']],
  ['a company, a two-character own name with its second character read alike', '禾丰集团去年在园区建了冷库。\n禾峰集团的冷库今年投用。', 'consistency.org', ['禾丰', '禾峰']],
  ['a company, a two-character own name with its second character that looks alike', '泽金集团去年在园区建了冷库。\n泽钱集团的冷库今年投用。', 'consistency.org', ['泽金', '泽钱']],
  ['a person after a title the words after it cannot delimit, written again, then misspelt', '社区主任杨春燕所在的小区有八百户。\n杨春燕带着志愿者挨家挨户登记。\n登记完，杨春艳又去了下一个小区。', 'consistency.person', ['杨春燕', '杨春艳']],
  ['a town before its deputy head, then misspelt', '从新塬镇副镇长家到村委会，要走半小时。\n记者来到新原镇的一个村子。', 'consistency.place', ['新塬镇', '新原镇']],
  ['a town misspelt after a verb that introduces places', '新塬镇的秧歌队很有名。\n参加新原镇春节联欢的队伍有二十支。', 'consistency.place', ['新塬镇', '新原镇']],
  ['a county, characters of two contrast classes read alike (南/男)', '衡南县的油茶林连成片。\n记者来到衡男县的一个村子。', 'consistency.place', ['衡南县', '衡男县']],
];

describe('names on real-news patterns', () => {
  it.each(SILENT)('is silent on %s', (_, text) => {
    expect(consistency(text).map((f) => `${f.rule} ${f.spans.map((s) => s.text).join('/')}`)).toEqual([]);
  });

  it.each(CAUGHT)('catches %s', (_, text, rule, forms) => {
    const findings = consistency(text);
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect([...new Set(findings[0]!.spans.map((s) => s.text))].sort()).toEqual([...forms].sort());
  });

  it('tells a slip in a short name as such, not as a name the reform changed', () => {
    const [finding] = consistency('市房惯局回应了业主的投诉。');
    expect(finding!.suggestion).toEqual({ replacement: '房管' });
    expect(finding!.message).toContain('部门简称');
    expect(finding!.message).not.toContain('机构改革');
  });

  it('suggests the standard department name', () => {
    const [finding] = consistency('县健康卫生局的干部下乡义诊。');
    expect(finding!.suggestion).toEqual({ replacement: '卫生健康' });
    expect(finding!.message).toContain('2018年机构改革');
  });

  it('counts every occurrence of a titled person, so the majority form is suggested', () => {
    const [finding] = consistency('村民李宝华说，今年收成好。李宝华还说，价格也不错。\n李保华回忆，过去靠天吃饭。');
    expect(finding!.rule).toBe('consistency.person');
    expect(finding!.suggestion).toEqual({ replacement: '李宝华' });
  });

  it('takes a long list of names sharing a pattern for a list, not for hundreds of slips (pairs stay bounded)', () => {
    // 2,000 different people 王?华, quoted one after another in one paragraph; many given names read alike.
    const names = Array.from({ length: 2000 }, (_, i) => `王${String.fromCharCode(0x4e00 + ((i * 7919) % 20000))}华`);
    const text = names.map((name) => `${name}说，`).join('');
    expect(consistency(text).filter((f) => f.rule === 'consistency.person')).toEqual([]);
  });

  it('takes the official form of a town written by the county short form from the gazetteer', () => {
    const [finding] = consistency('海南白沙黎族自治县牙叉镇的茶园连片。\n白沙县牙插镇的茶农说，今年茶价好。');
    expect(finding!.suggestion).toEqual({ replacement: '牙叉镇' });
  });
});
