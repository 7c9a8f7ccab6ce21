import { beforeAll, describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import { runChecks } from '../../../src/core/checkEngine';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

function places(text: string): string[] {
  return extractEntities(text, gazetteer)
    .filter((m) => m.kind === 'place')
    .map((m) => m.text);
}

describe('slips of the draft’s own place names', () => {
  it('finds a slip glued to the word before it, which the paragraph reader takes for no name', () => {
    const text = '苏州市今年新建学校十所。苏州市教育局表示将继续推进。\n近两年苏皱市基层学校发展很快。';
    expect(places(text)).toEqual(['苏州市', '苏州市', '苏皱市']);
  });

  it('finds a slip whose body reads as a word, and one after a region written short', () => {
    expect(places('北京市各区代表队均已报名，北京市体育局表示支持。\n这次比赛由北井市乒乓球协会主办。')).toContain('北井市');
    expect(places('田东县位于广西西部，田东县的芒果很有名。\n从桂西田动县县城出发。')).toContain('田动县');
  });

  it('takes no other real name, no unrelated character, no generic that starts a word and no other first character for a slip', () => {
    const known = '北京市各区代表队均已报名，北京市体育局表示支持。\n';
    expect(places(`${known}北海市的代表也来了。`)).toEqual(['北京市', '北京市', '北海市']);
    expect(places(`${known}近两年北方市县发展很快。`)).toEqual(['北京市', '北京市']);
    expect(places(`${known}北井市场里人来人往。`)).toEqual(['北京市', '北京市']);
    expect(places(`${known}去年百京市发展很快。`)).toEqual(['北京市', '北京市']);
  });

  it('reads no slip of a division named like a body, which stands inside bodies’ names (国家林业局: 林业局)', () => {
    expect(places('国家林业局发出通知，国家林业局要求做好防火。\n国家林野局今天发出紧急通知。')).not.toContain('林野局');
  });

  it('reads no slip where the draft writes no official name to be a slip of', () => {
    expect(places('近两年苏皱市基层学校发展很快。')).toEqual([]);
  });

  it('groups a slip with the place it is a slip of, never with a second real place one character from it', () => {
    const findings = runChecks('北京市各区代表队均已报名，北京市体育局表示支持。北海市的代表也来了。\n这次比赛由北井市乒乓球协会主办。', {
      lang: 'zh',
      gazetteer,
      families: ['consistency'],
    });
    expect(findings.map((f) => [f.rule, f.spans.map((s) => s.text)])).toEqual([['consistency.place', ['北京市', '北京市', '北井市']]]);
    expect(findings[0]!.suggestion).toEqual({ replacement: '北京市' });
  });
});
