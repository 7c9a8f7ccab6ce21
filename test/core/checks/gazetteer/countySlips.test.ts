import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { countySlips } from '../../../../src/core/gazetteer/countySlips';
import { gazetteerIndex } from '../../../../src/core/gazetteer/gazetteerIndex';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

function findings(text: string, families: ('gazetteer' | 'consistency')[] = ['gazetteer', 'consistency']) {
  return runChecks(text, { lang: 'zh', gazetteer, families });
}

describe('countySlips', () => {
  it('finds the cities and counties one sound-alike character after the first away', () => {
    const index = gazetteerIndex(gazetteer);
    expect(countySlips(index, '会凝县').map((p) => p.name)).toEqual(['会宁县']);
    expect(countySlips(index, '定溪市').map((p) => p.name)).toEqual(['定西市']);
  });

  it('finds them one look-alike character away too (定酒市 → 定西市)', () => {
    const index = gazetteerIndex(gazetteer);
    expect(countySlips(index, '定酒市').map((p) => p.name)).toEqual(['定西市']);
    const [finding, ...rest] = findings('甘肃省定酒市今年扩种马铃薯。');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'gazetteer.unknown-county', suggestion: { replacement: '定西市' } });
  });

  it('finds nothing for a real name, a different first character, a word or a character read differently', () => {
    const index = gazetteerIndex(gazetteer);
    for (const name of ['会宁县', '惠宁县', '贫困县', '大城市', '会老县', '县']) expect(countySlips(index, name)).toEqual([]);
  });
});

describe('misspelt cities and counties', () => {
  it('flags a county its province and city do not have, and names the one it resembles there', () => {
    const [finding, ...rest] = findings('甘肃省白银市会凝县今年扩种马铃薯。');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'gazetteer.unknown-county', severity: 'error', suggestion: { replacement: '会宁县' } });
    expect(finding!.spans.map((s) => s.text)).toEqual(['会凝县']);
    expect(finding!.evidence).toMatchObject({ county: '白银市', path: ['甘肃省', '白银市', '会宁县'] });
  });

  it('flags a slip written on its own, after a stop word or a province written short, and every occurrence of it', () => {
    const text = '记者来到会凝县采访。\n甘肃会凝县的梯田连成一片，会凝县的农户说今年收成好。';
    const [finding, ...rest] = findings(text);
    expect(rest).toEqual([]);
    expect(finding!.rule).toBe('gazetteer.unknown-county');
    expect(finding!.spans).toHaveLength(3);
  });

  it('flags a slip right after a verb of two or more characters (督促|, 起诉|), not after a single character', () => {
    const found = findings('县里已督促会凝县的合作社整改。\n公司决定起诉定溪市的一家供应商。');
    expect(found.map((f) => [f.rule, f.spans[0]!.text, f.suggestion?.replacement])).toEqual([
      ['gazetteer.unknown-county', '会凝县', '会宁县'],
      ['gazetteer.unknown-county', '定溪市', '定西市'],
    ]);
  });

  it('reads a municipality and a city before their own bodies (市委, 市政府) and where the segmenter glues the generic on', () => {
    const found = findings('北颈市的地铁线网又延长了。\n上还市委召开全会。\n《定溪市人民政府关于春节假期的通知》发布。');
    expect(found.map((f) => [f.rule, f.spans[0]!.text, f.suggestion?.replacement])).toEqual([
      ['gazetteer.unknown-county', '北颈市', '北京市'],
      ['gazetteer.unknown-county', '上还市', '上海市'],
      ['gazetteer.unknown-county', '定溪市', '定西市'],
    ]);
  });

  it('reads a slip before 市民 as a slip, where its body is no word (北颈|市民 for 北京)', () => {
    const found = findings('北颈市民踊跃参加义务植树。');
    expect(found.map((f) => [f.rule, f.spans[0]!.text, f.suggestion?.replacement])).toEqual([['gazetteer.unknown-county', '北颈市', '北京市']]);
  });

  it('reads a slip whose last character and generic happen to name a one-character county (华荣县: 荣县 is real)', () => {
    const found = findings('记者来到华荣县的一个村子，看到新修的水渠。');
    expect(found.map((f) => [f.rule, f.spans[0]!.text, f.suggestion?.replacement])).toEqual([['gazetteer.unknown-county', '华荣县', '华容县']]);
  });

  it('leaves words that end in a generic, real short names and foreign names alone', () => {
    for (const text of [
      '新兴市场国家的需求还在增长。',
      '新房子距离市区不远，城乡区域发展更协调了。',
      '他家住河南滑县的一个村子，去年考上了大学。',
      '代表团在伊普尔市参加了纪念活动。',
      '全县今年没有一个贫困县，大城市和超市都很热闹。',
      '国际大都市的夜市很热闹，新上市的年货卖得好。',
      '市政协委员走进市政务服务中心，了解市政建设。',
      // 新县|县委: a real county, then a word starting with its generic.
      '新县县委组织部召开会议。',
      // 新疆|县以上, 都|道府县: the generic starts a word, or the name sits in one.
      '新疆县以上医院全部开放。',
      '日本全部都道府县解除了紧急状态。',
      // 大量|市民: the generic starts the word for a place's people.
      '灯会吸引了大量市民前来观赏。',
    ]) {
      expect(findings(text), text).toEqual([]);
    }
  });

  it('leaves a district named after a county alone: no county lies within one (an older or informal area)', () => {
    expect(findings('他出生在浏阳北盛区的一个山村。')).toEqual([]);
  });

  it('lets the consistency check show both forms when the draft also writes the real name', () => {
    const found = findings('会宁县的马铃薯远近闻名。\n会凝县今年又扩种了三万亩。');
    expect(found.map((f) => f.rule)).toEqual(['consistency.place']);
    expect(found[0]!.suggestion).toEqual({ replacement: '会宁县' });
  });

  it('pairs a real place with a slip of it even when the character changed usually makes a different name (北/备)', () => {
    const found = findings('张北县的风电场连成一片。\n记者随后来到张备县的一个村子。', ['consistency']);
    expect(found.map((f) => f.rule)).toEqual(['consistency.place']);
    expect(found[0]!.spans.map((s) => s.text).sort()).toEqual(['张北县', '张备县']);
  });

  it('leaves the divisions of Taiwan, Hong Kong and Macau alone, which the codes do not list (桃园县 is no slip for 桃源县)', () => {
    expect(findings('民进党桃园县党部主委出席了茶会。\n区议会选举中，西贡区的投票率最高。')).toEqual([]);
    expect(findings('湖南省常德市桃园县今年扩种油茶。').map((f) => f.rule)).toEqual(['gazetteer.unknown-county']);
  });

  it('reads a common word and a generic as a description, unless a province or city stands before it', () => {
    expect(findings('师范生毕业后须按协议到定向县的中小学任教。')).toEqual([]);
    expect(findings('山西省忻州市定向县今年新建了三所小学。').map((f) => f.rule)).toEqual(['gazetteer.unknown-county']);
  });

  it('reads a generic that ends a common noun (市区, 省区, 市县, 景区) as that noun, unless a province or city stands before it', () => {
    // 离|市区 (离石区), 七|省区 (七星区), 和|市县 (和硕县), 新|景区 (新津区): a word of its own before the noun.
    expect(findings('派出所离市区有30公里。')).toEqual([]);
    expect(findings('新线纵行七省区，全长1000多公里。')).toEqual([]);
    expect(findings('省市县三级法院和市县两级政府一道推进。')).toEqual([]);
    expect(findings('这里是全省文化旅游新景区，被称为小江南。')).toEqual([]);
    expect(findings('山西省吕梁市离市区的干部来到村里。').map((f) => f.rule)).toEqual(['gazetteer.unknown-county']);
    expect(findings('四川省成都市新景区的干部来到村里。').map((f) => f.rule)).toEqual(['gazetteer.unknown-county']);
  });

  it('reads no slips without the gazetteer', () => {
    expect(runChecks('甘肃省白银市会凝县今年扩种马铃薯。', { lang: 'zh', families: ['gazetteer', 'consistency'] })).toEqual([]);
  });
});
