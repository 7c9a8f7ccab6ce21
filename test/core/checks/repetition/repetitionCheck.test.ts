import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { repetitionCheck } from '../../../../src/core/checks/repetition/repetitionCheck';
import { runChecks } from '../../../../src/core/checkEngine';
import { parseMarked, runParagraph, summarize } from '../punctuation/markedCase';
import { FIXTURE_LEXICON } from '../typo/fixtureLexicon';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';

/** Each case: the marked slip and the single form to put in its place. */
const POSITIVE: [marked: string, rule: string, replacement: string][] = [
  ['我们⟦的的⟧工作很扎实', 'repetition.character', '的'],
  ['他已经走⟦了了⟧。', 'repetition.character', '了'],
  ['这⟦是是⟧一个好消息', 'repetition.character', '是'],
  ['他⟦在在⟧北京工作', 'repetition.character', '在'],
  ['学生⟦和和⟧老师一起', 'repetition.character', '和'],
  ['项目⟦已已⟧经完工', 'repetition.character', '已'],
  ['我们⟦的的的⟧工作', 'repetition.character', '的'],
  ['交⟦给给⟧他处理', 'repetition.character', '给'],
  // A run of a character off the list, then one of a listed character right after it.
  ['大家看看⟦的的的⟧书', 'repetition.character', '的'],
  ['他笑了笑说哈哈哈⟦了了了⟧', 'repetition.character', '了'],
  // A two-character content word doubled may be reduplication: flagged for the reader to decide, not as a slip.
  ['促进⟦就业就业⟧是头等大事', 'repetition.reduplication', '就业'],
  ['⟦我们我们⟧要抓紧', 'repetition.word', '我们'],
  ['经济⟦发展发展⟧迅速', 'repetition.reduplication', '发展'],
  ['“⟦因为因为⟧下雨，”他说', 'repetition.word', '因为'],
  ['村里成立了⟦合作社合作社⟧，带动增收', 'repetition.word', '合作社'],
  ['两地推进⟦东西部协作东西部协作⟧取得成效', 'repetition.word', '东西部协作'],
  ['这是⟦我们我们我们⟧的心愿', 'repetition.word', '我们'],
  ['天气很好⟦，，⟧我们出发', 'repetition.punctuation', '，'],
  ['会议结束了⟦。。⟧', 'repetition.punctuation', '。'],
  ['苹果⟦、、⟧梨子', 'repetition.punctuation', '、'],
];

/** Legitimate reduplication, word seams and colloquial repeats: none may be flagged. */
const SILENT: string[] = [
  '阵阵清香', '他常常来', '你看看这个', '谢谢大家', '天天锻炼', '人人有责', '天色渐渐暗了', '往往如此', '他刚刚到',
  '妈妈和星星', '个个都好', '家家户户', '高高兴兴', '清清楚楚', '我们讨论讨论再说', '这个问题要研究研究', '五星红旗冉冉升起',
  '一一对应', '一些些', '房间号11', '苹果、梨子等等', '的的确确是这样', '实实在在地干', '是是非非', '他现在在北京',
  '为了了解情况', '不了了之', '我受不了了', '这场争论没完没了了', '古人把这种境界叫作“知之之谓明”', '关键是是否可行', '研究所所长', '双方就就业问题交换意见', '在在建项目中',
  '达到目的的手段', '一把把钥匙', '一个一个地检查', '一步一步来', '哈哈哈哈', '加油加油！', '“是是，您说得对。”',
  '“好了好了，别说了。”', '雪白雪白的墙', '雨哗啦哗啦地下', '北京大学大学生', '他对对联很感兴趣', '好吗？？', '他沉默了。。。',
  '“你去商量商量，琢磨琢磨。”', '各地积极发展发展中国家之间的贸易',
  // A short reply said twice in a quotation; as far as one can go; an idiom ending in 是 before the copula.
  '“他问能不能进屋，我说可以可以，快请进！”', '“今后能走多远走多远。”', '坚持实事求是是我们的传家宝',
  // Word seams and reduplication patterns published news uses (the team's own sentences).
  '三大队大队长说', '提升基层党组织组织力', '社会组织党组织党员', '给乡亲们带来越来越多的实惠', '区纪委监委监督检查室',
  '获得二等奖等奖项', '邮政支局支局长', '走着走着天就黑了', '说着说着笑了起来', '要感谢的人太多太多', '等了很久很久',
  '好大好大的雪', '工人整箱整箱地搬运', '逐项逐项对照检查', '是不是不用排队', '会不会不下雨了', '剪刀咔嚓咔嚓地响',
  '游客来到新西兰玛塔玛塔', '主人说，快吃饭吧吃饭吧。', '工作要做实做实再做实', '把这些经验归纳归纳看',
  '请专家把把关', '请老师帮忙把把文字关', '钟鼓喤喤，磬管将将。', '牧民乌仁其其格说', '访问利比亚的的黎波里',
  '山坡上大片大片的油菜花', '在弹幕网站哔哩哔哩上', '身边还有许多许多这样的人', '别总说我们村如何如何落后', '能帮多少帮多少',
  '见面就说恭喜恭喜', '以房产为标的的合同', '律所所在的大楼', '以以危险方法危害公共安全罪论处',
];

describe('repetition check', () => {
  it.each(POSITIVE)('flags %s', (marked, rule, replacement) => {
    const { text, spans } = parseMarked(marked);
    expect(summarize(runParagraph(repetitionCheck, text))).toEqual(
      spans.map((s) => ({ rule, severity: rule === 'repetition.reduplication' ? 'info' : 'warning', start: s.start, end: s.end, replacement })),
    );
  });

  it.each(SILENT)('is silent on %s', (text) => {
    expect(summarize(runParagraph(repetitionCheck, text))).toEqual([]);
  });

  it('reads a run held to its neighbours by dictionary words as no doubling, once the typo dictionary has loaded', () => {
    const withWords = (text: string) => runParagraph(repetitionCheck, text, 'zh', { typoLexicon: FIXTURE_LEXICON }).map((f) => f.rule);
    // 基层党组织|组织群众: the first 组织 ends 党组织; 夯实|抓实|抓细: the first 实 ends 夯实.
    expect(runParagraph(repetitionCheck, '增强基层党组织组织群众的能力')).toHaveLength(1);
    expect(withWords('增强基层党组织组织群众的能力')).toEqual([]);
    expect(withWords('夯实抓实抓细的作风')).toEqual([]);
    // A word starting with the second copy is no evidence: still a doubling.
    expect(withWords('促进就业就业是头等大事')).toEqual(['repetition.reduplication']);
  });

  it('asks the zh reader to delete the extra character', () => {
    const [finding] = runParagraph(repetitionCheck, '我们的的工作');
    expect(finding?.message).toBe('“的”连写成了“的的”，疑为多打，请删去多余的“的”。');
  });

  it('speaks English for an en reader', () => {
    const [finding] = runParagraph(repetitionCheck, '促进我们我们', 'en');
    expect(finding?.message).toBe('"我们" is repeated, probably a typing slip: delete the repetition.');
  });

  it('finds nothing in ordinary news prose full of reduplication', () => {
    const draft = readFileSync(new URL('../../../fixtures/punctuation/clean-news.txt', import.meta.url), 'utf8');
    expect(runChecks(draft, { lang: 'zh', families: ['repetition'] })).toEqual([]);
  });

  it('reports draft offsets through the engine with the span text', () => {
    const { text, spans } = parseMarked('第一段没有问题。\n第二段里⟦的的⟧问题');
    const findings = runChecks(text, { lang: 'zh', families: ['repetition'] });
    expect(findings.map((f) => f.spans)).toEqual([[{ ...spans[0]!, text: '的的' }]]);
  });
});

describe('repetition: division names that meet', () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await testGazetteer();
  });
  const doubled = (text: string, withGazetteer = true) =>
    runChecks(text, { lang: 'zh', families: ['repetition'], ...(withGazetteer && { gazetteer }) }).map((f) => f.spans[0]!.text);

  it('reads a county-level city followed by its seat town of the same name as an address, not a doubling', () => {
    // 绥化市|安达市|安达镇, 牡丹江市|海林市|海林镇, 锦州市|北镇市|北镇街道: each division within the one before.
    expect(doubled('记者来到绥化市安达市安达镇采访。', false)).toEqual(['市安达市安达']);
    expect(doubled('记者来到绥化市安达市安达镇采访。')).toEqual([]);
    expect(doubled('她在牡丹江市海林市海林镇工作。')).toEqual([]);
    expect(doubled('他在锦州市北镇市北镇街道工作。')).toEqual([]);
  });

  it('still reports the run where the names do not nest, or the middle one is itself written twice', () => {
    // 同江市 lies in 佳木斯市, not in 哈尔滨市; 遵化市遵化市 is the city written twice.
    expect(doubled('她在哈尔滨市同江市同江镇工作。')).toEqual(['市同江市同江']);
    expect(doubled('记者来到唐山市遵化市遵化市采访。')).toEqual(['市遵化市遵化']);
  });
});
