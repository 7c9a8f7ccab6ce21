import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTypoData } from '../../../scripts/buildTypoData';
import { loadTypoLexicon } from '../../../src/node/loadTypoLexicon';
import { typoCheck } from '../../../src/core/checks/typo/typoCheck';
import type { TypoLexicon } from '../../../src/core/checks/typo/typoLexicon';
import { isHan } from '../../../src/core/text/cjk';
import { runParagraph } from '../../core/checks/punctuation/markedCase';

const LIST = join(__dirname, '..', '..', '..', 'resources', 'typo', 'recent-words.txt');
const words = readFileSync(LIST, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .flatMap((line) => line.split(/\s+/).filter(Boolean));

let lexicon: TypoLexicon;
beforeAll(async () => {
  buildTypoData();
  lexicon = (await loadTypoLexicon())!;
});

describe('the recent news words', () => {
  it('are words of one to four Han characters, each listed once', () => {
    for (const word of words) {
      expect(word.length, word).toBeLessThanOrEqual(4);
      expect([...word].every(isHan), word).toBe(true);
    }
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('are in the built dictionary', () => {
    expect(words.filter((word) => lexicon.cost(word, 0, word.length) === undefined)).toEqual([]);
  });

  it.each([
    // Without the list each is read as a slip for an older word one sound-alike away (抗议, 申诉).
    '医护人员连夜奔赴抗疫一线。',
    '检察机关落实少捕慎诉的刑事司法政策。',
    // A national body's short name: 中证协 (the securities association), not 中政协.
    '对违规申购新股的机构，中证协将不受理其配售对象备案申请。',
    // A chip brand of the smartphone years: 骁龙, not 小龙.
    '新机搭载骁龙旗舰芯片，续航明显提升。',
  ])('are not read as slips in %s', (sentence) => {
    expect(runParagraph(typoCheck, sentence, 'zh', { typoLexicon: lexicon })).toEqual([]);
  });
});
