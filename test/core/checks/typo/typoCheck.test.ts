import { describe, expect, it } from 'vitest';
import { typoCheck } from '../../../../src/core/checks/typo/typoCheck';
import { CheckEngine, runChecks } from '../../../../src/core/checkEngine';
import type { Lang } from '../../../../src/core/i18n/lang';
import { parseMarked, runParagraph, summarize } from '../punctuation/markedCase';
import { FIXTURE_LEXICON } from './fixtureLexicon';

function run(text: string, lang: Lang = 'zh') {
  return runParagraph(typoCheck, text, lang, { typoLexicon: FIXTURE_LEXICON });
}

/** Each case: the marked misspelling, the rule that must catch it and the correction offered. */
const CAUGHT: [marked: string, rule: string, replacement: string][] = [
  ['请尽快⟦按装⟧空调', 'typo.listed', '安装'],
  // 按装设备 holds the rare word 装设, but 安装设备 reads far better: the overlap does not excuse it.
  ['工人正在⟦按装⟧设备', 'typo.listed', '安装'],
  ['整理⟦记要⟧', 'typo.listed', '纪要'],
  ['努力扩大⟦销费⟧', 'typo.listed', '消费'],
  ['队员们⟦再接再励⟧，继续前进', 'typo.listed', '再接再厉'],
  ['我们相信⟦自已⟧', 'typo.listed', '自己'],
  ['遇到⟦逆竟⟧时', 'typo.confusable', '逆境'],
  ['他⟦作伟⟧代表', 'typo.confusable', '作为'],
  ['大家都很⟦努莉⟧', 'typo.confusable', '努力'],
  // 努莉拉 is a run of characters foreign names are written with, but only the slip's own 莉 marks it as one.
  ['大家⟦努莉⟧拉动消费', 'typo.confusable', '努力'],
  // After no title, a surname-initial window that makes a word is read as a slip.
  ['球队打出⟦汪牌⟧', 'typo.confusable', '王牌'],
  ['门前种了⟦亿棵⟧树', 'typo.confusable', '一棵'],
  ['他的态度很⟦阎肃⟧', 'typo.confusable', '严肃'],
  ['⟦既使⟧下雨，我们也要去', 'typo.listed', '即使'],
  // The tail of the correlative pair in the next sentence leaves the first one alone.
  ['⟦既使⟧下雨也要去。他又来了', 'typo.listed', '即使'],
  ['进入新⟦释纪⟧', 'typo.confusable', '世纪'],
  // A list whose other item holds another character where the slip stands: no frame written again.
  ['以案说德、以案⟦释纪⟧', 'typo.confusable', '世纪'],
  ['努力创造⟦条践⟧', 'typo.confusable', '条件'],
];

/** Correct text, listed forms read as parts of other words, quotations and names: none may be flagged. */
const SILENT: string[] = [
  '请尽快安装空调',
  '队员们再接再厉，继续前进',
  '按装修标准施工',
  // 记要 overlaps 书记 and 要求, and 书纪要求 reads worse: two words, not a misspelling.
  '书记要求工人',
  // 承销费 holds 销费 but reads 承销 / 费: corrected, 承 would stand in no word.
  '公司获得承销费',
  '情不能自已',
  '遇到逆境时',
  '他说：“遇到逆竟时，请尽快按装空调。”',
  '《再接再励》是一首歌',
  '记者蔡作伟报道',
  '稿件编辑：汪晓明',
  '立如松，行如风',
  // A foreign name written by sound: 娜 after the window marks 努莉娜 as a name, not a slip for 努力.
  '翻译努莉娜今年来到工厂',
  // A name after a title, and a name beside the middle dot of a foreign name.
  '球队请来教练汪牌执教',
  '来访的逆竟·史密斯说',
  // 阎 is a surname as 闫 is: after a title the two characters are a name (词作家|阎某).
  '词作家阎肃创作的歌',
  // A numeral's unit after its digits, and a doubled word written on purpose.
  '全省种下1.5亿棵树',
  '全省种下１５亿棵树',
  // After a numeral 条 is a classifier (5条|践学线路): no word starts there.
  '开通5条践学线路',
  '开通五条践学线路',
  '扛着大袋大袋的粮食',
  // The same character at the same place in the items of a list: the frame is written again on purpose.
  '做到以案释德、以案释纪、以案释法',
  '切实做到慎捕、慎诉',
  // 既…又…: 既使 here is 既 with a verb, the pair's tail follows in the same sentence.
  '既使各方充分表达意见，又使参与有序',
];

describe('typo check', () => {
  it.each(CAUGHT)('catches %s', (marked, rule, replacement) => {
    const { text, spans } = parseMarked(marked);
    expect(summarize(run(text))).toEqual([{ rule, severity: 'warning', ...spans[0]!, replacement }]);
  });

  it.each(SILENT)('stays silent on %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('is silent until the host has loaded its data', () => {
    const text = '请尽快按装空调';
    expect(runParagraph(typoCheck, text)).toEqual([]);
  });

  it('explains the listed correction in the user language', () => {
    const [zh] = run('请尽快按装空调');
    const [en] = run('请尽快按装空调', 'en');
    expect(zh!.message).toContain('“安装”的“安”是安放');
    expect(en!.message).toMatch(/^"按装" is a common misspelling of "安装"/);
  });

  describe('across the draft', () => {
    const runDraft = (engine: CheckEngine, text: string) =>
      engine.check(text, { lang: 'zh', families: ['typo'], typoLexicon: FIXTURE_LEXICON }).map((f) => `${f.rule}:${f.spans[0]!.text}`);
    const once = '球队打出汪牌。';

    it('reports a confusable form the draft writes once', () => {
      expect(runDraft(new CheckEngine(), once)).toEqual(['typo.confusable:汪牌']);
    });

    it('takes a form written again and again, never as its correction, for the draft own term', () => {
      const engine = new CheckEngine();
      expect(runDraft(engine, `${once}\n\n球队又打出汪牌。`)).toEqual([]);
      // The paragraphs' cached findings are untouched: with the second paragraph gone the first is reported again.
      expect(runDraft(engine, once)).toEqual(['typo.confusable:汪牌']);
    });

    it('still reports the form where the draft also writes the correction', () => {
      expect(runDraft(new CheckEngine(), `${once}\n\n球队又打出汪牌，那是王牌。`)).toEqual(['typo.confusable:汪牌', 'typo.confusable:汪牌']);
    });

    it('reports a listed misspelling however often it is written', () => {
      expect(runDraft(new CheckEngine(), '请尽快按装空调。\n\n工人正在按装设备。')).toEqual(['typo.listed:按装', 'typo.listed:按装']);
    });
  });

  it('re-checks cached paragraphs once the data arrives', () => {
    const text = '请尽快按装空调';
    const without = runChecks(text, { lang: 'zh', families: ['typo'] });
    const engineRun = runChecks(text, { lang: 'zh', families: ['typo'], typoLexicon: FIXTURE_LEXICON });
    expect(without).toEqual([]);
    expect(engineRun.map((f) => f.rule)).toEqual(['typo.listed']);
  });
});
