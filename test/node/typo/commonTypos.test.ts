import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTypoData } from '../../../scripts/buildTypoData';
import { loadTypoLexicon } from '../../../src/node/loadTypoLexicon';
import { typoCheck } from '../../../src/core/checks/typo/typoCheck';
import type { TypoLexicon } from '../../../src/core/checks/typo/typoLexicon';
import { runParagraph } from '../../core/checks/punctuation/markedCase';

const LIST = join(__dirname, '..', '..', '..', 'resources', 'typo', 'common-typos.tsv');
const entries = readFileSync(LIST, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t'));

/** The team's sentences, each with one listed misspelling, and the correction expected. */
const CAUGHT: [sentence: string, wrong: string, right: string][] = [
  ['主队在第三节已稳操胜卷，观众陆续离场。', '稳操胜卷', '稳操胜券'],
  ['这家面包店的烘培师傅每天凌晨四点开工。', '烘培', '烘焙'],
  ['晚会节目高潮叠起，掌声不断。', '高潮叠起', '高潮迭起'],
  ['突如其来的暴雨让赶路的人措手不急。', '措手不急', '措手不及'],
  ['入汛以来，沿江各县加紧防讯准备。', '防讯', '防汛'],
];

let lexicon: TypoLexicon;
beforeAll(async () => {
  buildTypoData();
  lexicon = (await loadTypoLexicon())!;
});

function typos(text: string) {
  return runParagraph(typoCheck, text, 'zh', { typoLexicon: lexicon });
}

describe('the common-typos list', () => {
  it('has a correct form of the same length, different from the written one, and a note on every line', () => {
    for (const [wrong, right, note] of entries) {
      expect(right, wrong).not.toBe(wrong);
      expect(right!.length, wrong).toBe(wrong!.length);
      expect(note?.trim(), wrong).toBeTruthy();
    }
  });

  it('lists each written form once', () => {
    const wrongs = entries.map(([wrong]) => wrong);
    expect(wrongs.filter((w, i) => wrongs.indexOf(w) !== i)).toEqual([]);
  });

  it.each(CAUGHT)('catches the listed form in %s and is silent once it is corrected', (sentence, wrong, right) => {
    expect(typos(sentence).map((f) => [f.rule, f.spans[0]!.start, f.suggestion?.replacement])).toEqual([['typo.listed', sentence.indexOf(wrong), right]]);
    expect(typos(sentence.replace(wrong, right))).toEqual([]);
  });

  it('looks only where two characters start a listed form, and reads every other pair without error', () => {
    // Every Han character of the unified block once, in a scrambled order: thousands of pairs, among
    // them some that the filter's hash lets through and no listed form starts.
    const codes = Array.from({ length: 0x9fa5 - 0x4e00 + 1 }, (_, i) => 0x4e00 + ((i * 7919) % (0x9fa5 - 0x4e00 + 1)));
    const text = String.fromCharCode(...codes);
    const listed = typos(text).filter((f) => f.rule === 'typo.listed');
    const wrongs = new Set(entries.map(([wrong]) => wrong));
    for (const f of listed) expect(wrongs.has(text.slice(f.spans[0]!.start, f.spans[0]!.end))).toBe(true);
  });

  it('stays silent where a listed form is read across two words', () => {
    // 学习贯彻 holds 习贯, 企业积极 holds 业积: both read as two words.
    expect(typos('各地企业积极学习贯彻会议精神。')).toEqual([]);
  });
});
