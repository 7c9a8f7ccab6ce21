import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

function gazetteerFindings(text: string) {
  return runChecks(text, { lang: 'zh', gazetteer, families: ['gazetteer'] }).map((f) => [f.rule, f.severity, f.spans[0]!.text, f.suggestion?.replacement ?? '']);
}

describe('gazetteer: which county a town is read in, and what it may be', () => {
  it('reads a town in the nearest county of its sentence, not another one the sentence names', () => {
    expect(gazetteerFindings('会宁县的客商来到靖远县，参观了杨集镇的枸杞基地。')).toEqual([]);
    expect(gazetteerFindings('靖远县的客商来到会宁县，参观了杨集镇的车间。')).toEqual([['gazetteer.unknown-town', 'error', '杨集镇', '杨崖集镇']]);
  });

  it('reads a town in a county of its paragraph, and in none from another paragraph', () => {
    expect(gazetteerFindings('会宁县今年扩种马铃薯。杨集镇的车间开工了。')).toEqual([['gazetteer.unknown-town', 'error', '杨集镇', '杨崖集镇']]);
    expect(gazetteerFindings('会宁县今年扩种马铃薯。\n杨集镇的车间开工了。')).toEqual([]);
  });

  it('notes 乡 ↔ 镇 on the same stem as possibly renamed, in either direction', () => {
    expect(gazetteerFindings('靖远县兴隆镇的枸杞丰收了。')).toEqual([['gazetteer.renamed-town', 'info', '兴隆镇', '']]);
    expect(gazetteerFindings('会宁县党家岘镇的村民在种药材。')).toEqual([['gazetteer.renamed-town', 'info', '党家岘镇', '']]);
  });

  it('suggests a town only for one slip after the first character', () => {
    expect(gazetteerFindings('会宁县韩家极镇的大棚连片。')).toEqual([['gazetteer.unknown-town', 'error', '韩家极镇', '韩家集镇']]);
    // A different first character, or a stem character not read alike, is another town.
    expect(gazetteerFindings('会宁县汤家集镇的大棚连片。')).toEqual([]);
    expect(gazetteerFindings('会宁县杨崖山镇的大棚连片。')).toEqual([]);
  });

  it('takes a county short form (白沙县 for 白沙黎族自治县) as the county', () => {
    expect(gazetteerFindings('白沙县牙插镇的茶农说，今年茶价好。')).toEqual([['gazetteer.unknown-town', 'error', '牙插镇', '牙叉镇']]);
  });

  it('does not read a role, a count or a common word as part of a town', () => {
    expect(gazetteerFindings('会宁县杨崖集镇镇长说，车间开工了。')).toEqual([]);
    expect(gazetteerFindings('会宁县杨崖集、韩家集两镇都建了车间。')).toEqual([]);
    expect(gazetteerFindings('会宁县新庄村乡风文明，村容整洁。')).toEqual([]);
  });

  it('shows a misspelt town once when the draft also writes the official name (the consistency finding carries the evidence)', () => {
    const findings = runChecks('会宁县杨集镇的车间开工了。\n会宁县杨崖集镇还建了冷库。', { lang: 'zh', gazetteer, families: ['consistency', 'gazetteer'] });
    expect(findings.map((f) => f.rule)).toEqual(['consistency.place']);
    expect(findings[0]!.message).toContain('甘肃省白银市会宁县杨崖集镇');
  });
});
