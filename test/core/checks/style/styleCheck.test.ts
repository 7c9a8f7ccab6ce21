import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import { parseStyleFile } from '../../../../src/core/checks/style/parseStyleFile';
import { compileStyleRules } from '../../../../src/core/checks/style/styleRules';

const HOUSE = '按装 → 安装\n残废人 → 残疾人 # 新华社禁用词\n走秀\n';

function styleFindings(text: string, styleFile = HOUSE, builtin = true) {
  const style = compileStyleRules({ files: [parseStyleFile(styleFile, 'house.txt')], builtin });
  return runChecks(text, { lang: 'zh', families: ['style'], style });
}

describe('style check', () => {
  it('flags each forbidden form as a style.term warning with the preferred form and the note', () => {
    const text = '师傅们正在楼道里按装新的消防栓。\n一名残废人自告奋勇来帮忙。';
    const findings = styleFindings(text);
    expect(findings.map((f) => [f.rule, f.severity, f.spans[0]!.text, f.suggestion?.replacement])).toEqual([
      ['style.term', 'warning', '按装', '安装'],
      ['style.term', 'warning', '残废人', '残疾人'],
    ]);
    expect(findings[1]!.message).toContain('新华社禁用词');
    expect(findings[1]!.evidence).toEqual({ of: 'details', source: 'house.txt:2', note: '新华社禁用词' });
    expect(findings[0]!.spans[0]!.start).toBe(text.indexOf('按装'));
  });

  it('flags a bare form without a suggestion', () => {
    const [finding] = styleFindings('这场发布会办成了一场走秀。');
    expect(finding!.suggestion).toBeUndefined();
    expect(finding!.message).toContain('走秀');
  });

  it('does not flag a forbidden form inside a longer word', () => {
    expect(styleFindings('施工队请大家按装修标准验收。')).toEqual([]);
    expect(styleFindings('当地把残废人员的旧称改了。', '残废人 → 残疾人\n', false)).toEqual([]);
  });

  it('does not flag a form quoted on its own, the word mentioned rather than used', () => {
    expect(styleFindings('没了助听器，他说自己就成了“残废人”。')).toEqual([]);
    expect(styleFindings('他说自己就成了“半个残废人”。')).toHaveLength(1);
  });

  it('leaves a form in a work title alone, and tells of one in quoted speech without asking to change it', () => {
    expect(styleFindings('画廊展出了一幅名为《残废人》的旧作。')).toEqual([]);
    expect(styleFindings('他在信里写道：“如果这就是残废人，我甘愿做一个。”').map((f) => [f.spans[0]!.text, f.severity])).toEqual([['残废人', 'info']]);
    expect(styleFindings('《晚报》报道，一名残废人被困。').map((f) => f.severity)).toEqual(['warning']);
  });

  it('prefers the longest entry at a position', () => {
    const findings = styleFindings('他当年是个书呆子气很重的人。', '呆子 → 智力障碍者\n书呆子气 → 书生气\n', false);
    expect(findings.map((f) => [f.spans[0]!.text, f.suggestion?.replacement])).toEqual([['书呆子气', '书生气']]);
  });

  it('lets an earlier file override a later one and the built-in list', () => {
    const near = parseStyleFile('残废人 → 残障人士 # 本报规定\n', 'near.txt');
    const far = parseStyleFile('残废人 → 伤残人\n', 'far.txt');
    const style = compileStyleRules({ files: [near, far], builtin: true });
    const [finding] = runChecks('村里有一名残废人。', { lang: 'zh', families: ['style'], style });
    expect(finding!.suggestion).toEqual({ replacement: '残障人士' });
    expect(finding!.evidence).toMatchObject({ source: 'near.txt:1' });
  });

  it('flags the built-in list by default and is silent with it switched off', () => {
    const text = '村里有一名残废人，他的儿子也在工地上帮忙。';
    const builtin = runChecks(text, { lang: 'en', families: ['style'] });
    expect(builtin.map((f) => [f.spans[0]!.text, f.suggestion?.replacement])).toEqual([['残废人', '残疾人']]);
    expect(builtin[0]!.evidence).toMatchObject({ source: 'built-in style list' });
    expect(runChecks(text, { lang: 'zh', families: ['style'], style: compileStyleRules({ files: [], builtin: false }) })).toEqual([]);
  });

  it('keeps the built-in ignore entries: a place name holding a listed form is not flagged', () => {
    expect(runChecks('边防连驻守在黑瞎子岛上。', { lang: 'zh', families: ['style'] })).toEqual([]);
    expect(runChecks('他小时候被人叫作瞎子。', { lang: 'zh', families: ['style'] })).toHaveLength(1);
  });
});
