import { buildTypoLexicon, TYPO_DATA_FORMAT, type TypoData, type TypoLexicon } from '../../../../src/core/checks/typo/typoLexicon';
import { buildWordTables } from '../../../../src/core/checks/typo/wordTables';

/**
 * A miniature of resources/generated/typo.json, written by the team for the tests: a few hundred
 * thousand occurrences of ordinary words, a few confusion groups and listed misspellings.
 */
const WORDS: [string, number][] = [
  ['的', 3_000_000], ['了', 800_000], ['时', 300_000], ['到', 100_000], ['我们', 200_000], ['遇到', 50_000],
  ['逆境', 20_000], ['逆', 100], ['竟', 3_000], ['境', 2_000], ['镜', 1_000],
  ['安装', 30_000], ['按', 40_000], ['装', 8_000], ['装修', 20_000], ['空调', 10_000], ['标准', 30_000], ['施工', 10_000],
  ['请', 50_000], ['尽快', 10_000], ['队员', 10_000], ['们', 30_000], ['再接再厉', 3_000], ['继续', 40_000],
  ['作为', 20_000], ['作', 200], ['伟', 200], ['为', 500_000], ['他', 400_000], ['代表', 30_000], ['记者', 20_000], ['报道', 10_000], ['蔡', 300],
  ['王晓明', 3_000], ['李如松', 3_000], ['稿件', 5_000], ['编辑', 20_000], ['行', 30_000], ['如', 90_000], ['风', 9_000],
  ['自己', 90_000], ['情', 5_000], ['不能', 60_000], ['自', 9_000], ['已', 50_000],
  ['设备', 30_000], ['装设', 50], ['工人', 20_000], ['正在', 60_000], ['书记', 30_000], ['要求', 60_000], ['纪要', 2_000], ['会议', 50_000],
  ['努力', 40_000], ['莉', 100], ['娜', 100], ['大家', 40_000], ['拉动', 10_000], ['消费', 30_000], ['翻译', 10_000], ['今年', 50_000], ['来到', 20_000], ['工厂', 10_000],
];

export const FIXTURE_DATA: TypoData = {
  format: TYPO_DATA_FORMAT,
  source: 'test fixture',
  words: buildWordTables(WORDS),
  sound: ['竟境镜静', '为伟维位', '汪王', '立李', '力莉丽利'],
  shape: ['已己巳'],
  listed: [
    ['按装', '安装', '“安装”的“安”是安放', []],
    ['再接再励', '再接再厉', '“厉”同“砺”', []],
    ['自已', '自己', '“己”是自己', ['不能自已']],
    ['记要', '纪要', '“纪”是记录', []],
  ],
};

export const FIXTURE_LEXICON: TypoLexicon = buildTypoLexicon(FIXTURE_DATA);
