import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import type { VariantGroupEvidence } from '../../../../src/core/checks/consistency/variantEvidence';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';
import { FIXTURE_LEXICON } from '../typo/fixtureLexicon';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

/** `withGazetteer: false` runs the check as a host without the index would. */
function consistency(text: string, withGazetteer = true) {
  return runChecks(text, { lang: 'zh', gazetteer: withGazetteer ? gazetteer : undefined, families: ['consistency'] });
}

describe('consistency check', () => {
  it('groups a town written two ways and takes the right form from the gazetteer, even in the minority', () => {
    const [finding, ...rest] = consistency('走进会宁县韩集镇，韩集镇的大棚连成片。\n会宁县韩家集镇的干部介绍了情况。');
    expect(rest).toEqual([]);
    expect(finding!.rule).toBe('consistency.place');
    expect(finding!.severity).toBe('error'); // the gazetteer confirms one form: a fact
    expect(finding!.spans.map((s) => s.text)).toEqual(['韩集镇', '韩集镇', '韩家集镇']);
    expect(finding!.suggestion).toEqual({ replacement: '韩家集镇' });
    const evidence = finding!.evidence as unknown as VariantGroupEvidence;
    expect(evidence.basis).toBe('gazetteer');
    expect(evidence.forms.map((f) => [f.text, f.count])).toEqual([['韩集镇', 2], ['韩家集镇', 1]]);
    expect(evidence.forms[1]!.division?.path).toEqual(['甘肃省', '白银市', '会宁县', '韩家集镇']);
    expect(finding!.message).toContain('据行政区划');
  });

  it('says the divisions could not decide only of a place name, never of a person’s', () => {
    const [person] = consistency('局长王泽民今天会见了客人。\n王泽民说，合作前景广阔。会后，王泽敏参观了展览。');
    expect(person!.rule).toBe('consistency.person');
    expect(person!.message).toContain('多数处写作「王泽民」');
    expect(person!.message).not.toContain('行政区划');
    const [place] = consistency('走进张家湾村，张家湾村的大棚连成片。\n张家弯村的干部介绍了情况。');
    expect(place!.rule).toBe('consistency.place');
    expect(place!.message).toContain('行政区划无从判断');
  });

  it('takes two names listed side by side and apart by an unrelated character for two bodies, and still groups a slip in a list or them written apart', () => {
    expect(consistency('巡视组进驻兰州绿源达食品有限公司、兰州绿森达食品有限公司等企业。')).toEqual([]);
    expect(consistency('巡视组进驻兰州绿源达食品有限公司。\n随后又去了兰州绿森达食品有限公司。').map((f) => f.rule)).toEqual(['consistency.org']);
    expect(consistency('巡视组进驻兰州绿源达食品有限公司、兰州绿缘达食品有限公司等企业。').map((f) => f.rule)).toEqual(['consistency.org']);
  });

  it('groups an organisation by its own name inside full names and suggests the majority form', () => {
    const [finding, ...rest] = consistency('天津绿源达食品有限公司投资建厂。\n甘肃绿缘达食品有限公司负责运营。绿源达公司还建了冷库。');
    expect(rest).toEqual([]);
    expect(finding!.rule).toBe('consistency.org');
    expect(finding!.spans.map((s) => s.text)).toEqual(['绿源达', '绿缘达', '绿源达']);
    expect(finding!.suggestion).toEqual({ replacement: '绿源达' });
    expect(finding!.message).toContain('多数处');
    const evidence = finding!.evidence as unknown as VariantGroupEvidence;
    expect(evidence.forms[0]!.mentions).toEqual(['天津绿源达食品有限公司', '绿源达公司']);
  });

  it('gives no suggestion when the forms tie and nothing decides', () => {
    const [finding] = consistency('天津绿源达食品有限公司投资建厂。甘肃绿缘达食品有限公司负责运营。');
    expect(finding!.suggestion).toBeUndefined();
    expect((finding!.evidence as unknown as VariantGroupEvidence).basis).toBe('none');
  });

  it('groups a person and a Latin name', () => {
    const rules = consistency('村党支部书记王德明说，路修好了。\n“明年种药材。”王德名表示。\n合作方Greenfield派人考察，Grenfield方面很满意。').map((f) => f.rule);
    expect(rules.sort()).toEqual(['consistency.latin', 'consistency.person']);
  });

  it('reads two organisations that differ by ordinary words as two (农业/农林, 计算/计算机), and a slip as one', () => {
    const withWords = (text: string) => runChecks(text, { lang: 'zh', gazetteer, families: ['consistency'], typoLexicon: FIXTURE_LEXICON }).map((f) => f.rule);
    expect(withWords('省农业科学院与省农林科学院签约。')).toEqual([]);
    expect(withWords('计算科学研究中心与计算机科学研究中心联合招生。')).toEqual([]);
    // 原 (former) before a name: the body as it was called, not a slip.
    expect(consistency('南开大学原化学研究所所长说。南开大学化学研究所已更名。').map((f) => f.rule)).toEqual([]);
    expect(withWords('天津绿源达食品有限公司投资建厂。甘肃绿缘达食品有限公司负责运营。')).toEqual(['consistency.org']);
    // Without the dictionary (before the typo data has loaded) the forms are compared as before.
    expect(consistency('省农业科学院派出专家。省农林科学院负责接待。').map((f) => f.rule)).toEqual(['consistency.org']);
  });

  it('works without the gazetteer (organisations still compared)', () => {
    expect(consistency('天津绿源达食品有限公司投资建厂。甘肃绿缘达食品有限公司负责运营。', false).map((f) => f.rule)).toEqual(['consistency.org']);
  });

  describe('never flags', () => {
    const traps: [string, string][] = [
      ['a county and its short form', '会宁县的土豆好，会宁的小杂粮也好。'],
      ['a city district written with and without its city', '天津市和平区的志愿者说，和平区将继续帮扶。'],
      ['a company and its short name', '天津绿源达食品有限公司投资建厂，绿源达公司负责人表示满意。'],
      ['look-alike districts that are both real', '北京市东城区和西城区都开展了活动。'],
      ['a district and a town sharing a name', '天津市和平区与榆中县和平镇结对。'],
      ['two real towns of one county', '靖远县北滩镇和北湾镇都种枸杞，北滩镇的更早。'],
      ['numbered schools', '会宁县第一中学和第二中学联合办学。'],
      ['two people with different titles', '主任医师张志强坐诊，村民张志刚带母亲看病。'],
      ['full-width and half-width forms of one name', '合作方ＡＢＣＤＥ公司与ABCDE公司是一家。'],
      ['acronyms one letter apart', '展会有AR、VR体验区。'],
      ['two-character short names one character apart in length', '华粮集团和华储粮集团签署协议，华储粮集团负责仓储。'],
      ['the draft’s town beside a real name of elsewhere, a character apart and not read alike', '杭州市清河街道的居民代表发了言。杭州市上城区清波街道的社区书记随后介绍了经验。'],
    ];
    for (const [name, text] of traps) {
      it(name, () => expect(consistency(text)).toEqual([]));
    }
  });
});
