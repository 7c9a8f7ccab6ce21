import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/core/checkEngine';
import { parseStyleFile } from '../../src/core/checks/style/parseStyleFile';
import { compileStyleRules } from '../../src/core/checks/style/styleRules';
import type { Family } from '../../src/core/finding';
import type { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../fixtures/entities/testGazetteer';
import { FIXTURE_LEXICON } from './checks/typo/fixtureLexicon';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

function rulesOf(text: string, family: Family, ignore: string[]) {
  const style = compileStyleRules({ files: [parseStyleFile(`[忽略]\n${ignore.join('\n')}\n`, 'user.txt')], builtin: true });
  return runChecks(text, { lang: 'zh', gazetteer, typoLexicon: FIXTURE_LEXICON, families: [family], style }).map((f) => f.rule);
}

/** Each case: a family's finding, and the word whose ignore entry silences it. */
const CASES: [family: Family, text: string, word: string][] = [
  ['consistency', '河东绿野农机合作社添了新机器。\n河西绿叶农机合作社也来参观，绿野农机合作社的社长讲了经验。', '绿叶农机'],
  ['gazetteer', '会宁县党家岘镇的药材今年丰收。', '党家岘镇'],
  ['repetition', '村里成立了合作社合作社，带动增收。', '合作社合作社'],
  ['style', '一名残废人也来帮忙。', '残废人'],
  ['typo', '请尽快按装空调。', '按装'],
];

describe('the ignore list', () => {
  it.each(CASES)('silences a %s finding on the ignored text', (family, text, word) => {
    expect(rulesOf(text, family, [])).not.toEqual([]);
    expect(rulesOf(text, family, [word])).toEqual([]);
  });

  it('silences a finding whose span lies inside a longer ignored phrase, and nothing elsewhere', () => {
    const text = '成立了合作社合作社，他们在在村口等着。';
    expect(rulesOf(text, 'repetition', [])).toHaveLength(2);
    expect(rulesOf(text, 'repetition', ['成立了合作社合作社'])).toEqual(['repetition.character']);
    expect(rulesOf(text, 'repetition', ['合作社，他们'])).toHaveLength(2);
  });
});
