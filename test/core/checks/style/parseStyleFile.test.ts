import { describe, expect, it } from 'vitest';
import { parseStyleFile } from '../../../../src/core/checks/style/parseStyleFile';
import { styleProblemMessage } from '../../../../src/core/checks/style/styleProblemMessage';

describe('parseStyleFile', () => {
  it('reads forbidden → preferred entries, -> arrows, bare forms, notes and comments', () => {
    const parsed = parseStyleFile('\uFEFF# 本报用语\n按装 → 安装\n帐号->账号   # 按新规范\n\n副作用大的说法\r\n走秀 #慎用\n', 'house.txt');
    expect(parsed.problems).toEqual([]);
    expect(parsed.terms).toEqual([
      { forbidden: '按装', preferred: '安装', origin: { file: 'house.txt', line: 2 } },
      { forbidden: '帐号', preferred: '账号', note: '按新规范', origin: { file: 'house.txt', line: 3 } },
      { forbidden: '副作用大的说法', origin: { file: 'house.txt', line: 5 } },
      { forbidden: '走秀', note: '慎用', origin: { file: 'house.txt', line: 6 } },
    ]);
  });

  it('reads the ignore section under its Chinese or English name, and returns to terms with [用语]', () => {
    const parsed = parseStyleFile('[忽略]\n青石县\n[terms]\n按装 → 安装\n[ignore]\n白水河 # 本地河名\n', null);
    expect(parsed.ignored.map((i) => [i.word, i.origin.line])).toEqual([['青石县', 2], ['白水河', 6]]);
    expect(parsed.terms.map((t) => t.forbidden)).toEqual(['按装']);
  });

  it('reports each bad line with its number and keeps every other entry', () => {
    const parsed = parseStyleFile('按装 → 安装\n→ 安装\n按装 →\n甲 → 乙 → 丙\n同样 → 同样\n[杂项]\n不算 → 数\n[忽略]\n甲 → 乙\n青石县\n', 'house.txt');
    expect(parsed.problems.map((p) => [p.line, p.key])).toEqual([
      [2, 'style.problem.emptyForm'],
      [3, 'style.problem.emptyForm'],
      [4, 'style.problem.extraArrow'],
      [5, 'style.problem.sameForms'],
      [6, 'style.problem.unknownSection'],
      [9, 'style.problem.arrowInIgnore'],
    ]);
    expect(parsed.terms.map((t) => t.forbidden)).toEqual(['按装']);
    expect(parsed.ignored.map((i) => i.word)).toEqual(['青石县']);
  });

  it('says where a problem is and what to write instead', () => {
    const [problem] = parseStyleFile('按装 →\n', 'house.txt').problems;
    expect(styleProblemMessage('house.txt', problem!, 'en')).toBe(
      'style list house.txt:1: "按装 →" has nothing on one side of the arrow: write "forbidden → preferred", or the forbidden form alone.',
    );
    expect(styleProblemMessage('house.txt', problem!, 'zh')).toMatch(/^用语表 house\.txt:1：/);
  });
});
