import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { punctuationCheck } from '../../../../src/core/checks/punctuation/punctuationCheck';
import { parseMarked, runParagraph, summarize } from './markedCase';

interface Case {
  marked: string;
  rule: string;
  severity: 'error' | 'warning';
  /** One replacement per marked span; undefined where no replacement is safe. */
  replacements: (string | undefined)[];
}

const HALF = 'punctuation.half-width';

const POSITIVE: Case[] = [
  { marked: '初春时节⟦,⟧记者走进村里', rule: HALF, severity: 'warning', replacements: ['，'] },
  { marked: '今天天气很好⟦, ⟧我们出发', rule: HALF, severity: 'warning', replacements: ['，'] },
  { marked: '他问⟦:⟧你去哪里', rule: HALF, severity: 'warning', replacements: ['：'] },
  { marked: '这是第一条⟦;⟧这是第二条', rule: HALF, severity: 'warning', replacements: ['；'] },
  { marked: '你们准备去哪里⟦?⟧', rule: HALF, severity: 'warning', replacements: ['？'] },
  { marked: '这真是太好了⟦!⟧', rule: HALF, severity: 'warning', replacements: ['！'] },
  { marked: '这件事是真的吗⟦?!⟧', rule: HALF, severity: 'warning', replacements: ['？！'] },
  { marked: '会议已经结束⟦.⟧', rule: HALF, severity: 'warning', replacements: ['。'] },
  { marked: '上午的会议已经结束⟦.⟧下午继续', rule: HALF, severity: 'warning', replacements: ['。'] },
  { marked: '引进检测技术CRRT⟦,⟧为患者服务', rule: HALF, severity: 'warning', replacements: ['，'] },
  { marked: '资金占比70.25%⟦,⟧涉及项目', rule: HALF, severity: 'warning', replacements: ['，'] },
  { marked: '他说“好的”⟦,⟧转身走了', rule: HALF, severity: 'warning', replacements: ['，'] },
  { marked: '网址⟦:⟧https://www.example.com', rule: HALF, severity: 'warning', replacements: ['：'] },
  { marked: '玛丽⟦.⟧居里是物理学家', rule: HALF, severity: 'warning', replacements: [undefined] },
  { marked: '由两省共建⟦(⟧东部援建⟦)⟧的车间', rule: HALF, severity: 'warning', replacements: ['（', '）'] },
  { marked: '由两省共建（东部援建⟦)⟧的车间', rule: HALF, severity: 'warning', replacements: ['）'] },
  { marked: '测量单位⟦(⟧kg⟦)⟧要统一', rule: HALF, severity: 'warning', replacements: ['（', '）'] },
  { marked: '他说⟦"⟧我们走吧⟦"⟧', rule: 'punctuation.straight-quote', severity: 'warning', replacements: ['“', '”'] },
  { marked: "所谓⟦'⟧老带新⟦'⟧就是", rule: 'punctuation.straight-quote', severity: 'warning', replacements: ['‘', '’'] },
  { marked: '他说⟦"⟧我们走吧', rule: 'punctuation.straight-quote', severity: 'warning', replacements: [undefined] },
  { marked: '他引用⟦《⟧晨报的报道', rule: 'punctuation.unpaired', severity: 'warning', replacements: [undefined] },
  { marked: '他引用晨报⟦》⟧的报道', rule: 'punctuation.unpaired', severity: 'warning', replacements: [undefined] },
  { marked: '⟦（⟧括号没有闭合', rule: 'punctuation.unpaired', severity: 'warning', replacements: [undefined] },
  { marked: '“第一句”第二句⟦”⟧', rule: 'punctuation.unpaired', severity: 'warning', replacements: [undefined] },
  { marked: '所谓带教⟦’⟧就是', rule: 'punctuation.unpaired', severity: 'warning', replacements: [undefined] },
  { marked: '“第一句。⟦“⟧第二句。', rule: 'punctuation.unpaired', severity: 'warning', replacements: [undefined] },
  { marked: '他说“这叫⟦「⟧精准帮扶⟦」⟧”', rule: 'punctuation.mixed-quotes', severity: 'warning', replacements: ['‘', '’'] },
  { marked: '“甲”和⟦「⟧乙⟦」⟧', rule: 'punctuation.mixed-quotes', severity: 'warning', replacements: ['“', '”'] },
  { marked: '苹果、梨子等等⟦...⟧', rule: 'punctuation.ellipsis', severity: 'warning', replacements: ['……'] },
  { marked: '他沉默了⟦…⟧', rule: 'punctuation.ellipsis', severity: 'warning', replacements: ['……'] },
  { marked: '他沉默了⟦。。。⟧', rule: 'punctuation.ellipsis', severity: 'warning', replacements: ['……'] },
  { marked: '⟦......⟧后来呢', rule: 'punctuation.ellipsis', severity: 'warning', replacements: ['……'] },
];

/** Text that must produce no punctuation finding at all. */
const SILENT: string[] = [
  '增长3.5个百分点',
  '共有1,000人参加',
  '时间是12:30，地点在礼堂',
  '日期2023.07.10',
  ' 2023/07/10/ 23:28 来源：本报',
  '比分3:2',
  '详见第1.2节',
  '请登录https://www.example.com/a,b.html?x=1&y=2查询',
  '请发送邮件至press.office@example.com，我们会回复',
  '附件名为报告.docx',
  '请致电0931-8159799',
  '采用H5、AR、VR等技术',
  '全县首例CRRT治疗',
  'Hello, world. How are you?',
  'Wait... what?',
  '他用英语说：“Hello, world.”',
  '函数f(x)的值',
  '1)首先，要统一思想',
  'China’s economy grew; it’s fine.',
  "It's the students' day.",
  '‘Hello,’ she said. It’s fine.',
  '他说：“我们的口号是‘H5’。”',
  '进入Yahoo!中国',
  '他停了一会儿……又说',
  '…………',
  '软件升级到v2.0版本',
  'Mr. Smith来自U.S.办公室',
  '“第一段引语没有闭合，下一段接着引用。',
  '他说：“我们的口号是‘老带新’，人人都要学。”',
  '（一）总体要求',
  '《人民日报》【评论】〔2024〕',
];

describe('punctuation check', () => {
  it.each(POSITIVE)('flags $marked', ({ marked, rule, severity, replacements }) => {
    const { text, spans } = parseMarked(marked);
    const expected = spans.map((s, k) => ({ rule, severity, start: s.start, end: s.end, replacement: replacements[k] }));
    expect(summarize(runParagraph(punctuationCheck, text))).toEqual(expected);
  });

  it.each(SILENT)('is silent on %s', (text) => {
    expect(summarize(runParagraph(punctuationCheck, text))).toEqual([]);
  });

  it('says what is wrong in Chinese for a zh reader', () => {
    const [finding] = runParagraph(punctuationCheck, '时节,走进');
    expect(finding?.message).toBe('中文语境中应使用全角逗号“，”，而非半角“,”。');
  });

  it('speaks English for an en reader', () => {
    const [finding] = runParagraph(punctuationCheck, '时节,走进', 'en');
    expect(finding?.message).toBe('Chinese text takes the full-width comma "，", not the half-width ",".');
  });

  it('finds nothing in a correctly punctuated news draft', () => {
    const draft = readFileSync(new URL('../../../fixtures/punctuation/clean-news.txt', import.meta.url), 'utf8');
    const findings = draft.split('\n').flatMap((p) => runParagraph(punctuationCheck, p));
    expect(findings).toEqual([]);
  });

  it('flags every half-width comma of a draft written with them', () => {
    const draft = readFileSync(new URL('../../../fixtures/punctuation/half-width-news.txt', import.meta.url), 'utf8');
    const paragraphs = draft.split('\n');
    const commas = paragraphs.flatMap((p) => runParagraph(punctuationCheck, p).filter((f) => f.suggestion?.replacement === '，'));
    const expected = paragraphs.reduce((n, p) => n + (p.match(/[\u4e00-\u9fff%”],|,[\u4e00-\u9fff“]/g) ?? []).length, 0);
    expect(expected).toBeGreaterThan(10);
    expect(commas).toHaveLength(expected);
  });
});
