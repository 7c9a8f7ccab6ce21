import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import type { Finding } from '../../../../src/core/finding';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

function organisationFindings(text: string): Finding[] {
  return runChecks(text, { lang: 'zh', gazetteer, families: ['consistency'] }).filter((f) => f.rule === 'consistency.org');
}

/** The forms a finding names, by the spans it marks. */
function formsOf(f: Finding): string[] {
  return [...new Set(f.spans.map((s) => s.text))];
}

describe('slips of a body name the draft writes', () => {
  it('groups a department written once with a character read alike', () => {
    const found = organisationFindings('国家统计局今天发布了数据。国家统计局表示，经济运行总体平稳。国家统技局同时公布了物价指数。');
    expect(found).toHaveLength(1);
    expect(formsOf(found[0]!)).toEqual(['国家统计局', '国家统技局']);
    expect(found[0]!.suggestion?.replacement).toBe('国家统计局');
  });

  it('groups a slip whose own part no longer reads as a name', () => {
    // 日 not followed by 本 starts no own name (a day's 日), so the slip has no form to compare.
    const found = organisationFindings('日本银行宣布维持利率不变。日本银行行长在记者会上说明了理由。此前日体银行曾多次入市干预。');
    expect(found).toHaveLength(1);
    expect(formsOf(found[0]!)).toEqual(['日本银行', '日体银行']);
  });

  it('reads a body named with and without its last ending as one slip', () => {
    const found = organisationFindings('南方电子集团公司今年扩大了生产。南方电子集团公司表示订单充足。老牌企业南芳电子集团公司也在转型。');
    expect(found).toHaveLength(1);
    expect(formsOf(found[0]!)).toEqual(['南方电子集团公司', '南芳电子集团公司']);
  });

  it('is silent on two bodies each written again and again', () => {
    expect(organisationFindings('港口由海事局和海市局共同管理。海事局负责航道，海市局负责码头。')).toEqual([]);
  });

  it('is silent on a contrast, the first character of the own part, and a stretch starting inside a name', () => {
    // 内 and 南 look alike, but one for the other is another part of town.
    expect(organisationFindings('城南供水公司负责片区供水。城南供水公司表示管网已更新，城内供水公司也在检修。')).toEqual([]);
    expect(organisationFindings('黄河公司承建了大桥。黄河公司的工人日夜施工，皇河公司负责运输。')).toEqual([]);
    expect(organisationFindings('京师大学堂建于清末，是一所新式学堂。北京市大学生运动会今天开幕，京师大学的旧址也对外开放。')).toEqual([]);
  });

  it('reads a name that only says what kind of body it is (区属民营医院, 私立学校) as no slip of a body named alike', () => {
    expect(organisationFindings('城北的民英医院是区属民营医院，去年接诊了三万人次。民英医院今年新开了儿科门诊，民英医院的夜间门诊也将开放。')).toEqual([]);
    expect(organisationFindings('思立学校是全市最早的私立学校之一。思立学校今年招了三个班，思立学校的老师说，生源比去年好。')).toEqual([]);
    // A name of its own one character off is still a slip: 民英 and 民莺 are both names.
    expect(organisationFindings('城北的民英医院去年接诊了三万人次。民英医院今年新开了儿科门诊，民莺医院的夜间门诊也将开放。').map(formsOf)).toEqual([['民英', '民莺']]);
  });

  it('reads no slips in a draft naming more bodies than prose does (a list: the work is bounded)', () => {
    const slip = '国家统计局今天发布了数据。国家统计局表示，经济运行总体平稳。国家统技局同时公布了物价指数。';
    const filler = (count: number) => {
      const chars = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬梅兰竹菊松柏杨柳山川河海云雨风雷金木水火土';
      const names: string[] = [];
      for (let i = 0; names.length < count; i++) names.push(`${chars[i % chars.length]}${chars[Math.floor(i / chars.length) % chars.length]}${chars[Math.floor(i / chars.length ** 2) % chars.length]}公司`);
      return names.map((name) => `。${name}参加了展会`).join('');
    };
    expect(organisationFindings(slip + filler(100)).map(formsOf)).toContainEqual(['国家统计局', '国家统技局']);
    expect(organisationFindings(slip + filler(2_100)).map(formsOf)).not.toContainEqual(['国家统计局', '国家统技局']);
  });
});
