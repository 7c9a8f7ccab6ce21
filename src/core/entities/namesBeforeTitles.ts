import { mayBeName } from './nameCharacters';
import type { ParagraphScope } from './paragraphScope';
import { surnameLength } from './surnames';
import { isOneWord } from './wordBounds';
import { allMatches } from '../text/allMatches';

/**
 * Titles written after a name as well as before it (江泽民主席, 谢子长同志, 钟敬文先生): honorifics and
 * offices. Longest first, so that 总书记 is not read as a name ending in 总.
 */
const AFTER_NAME_TITLES = ['总书记', '委员长', '同志', '先生', '女士', '主席', '总理', '总统', '首相', '书记', '教授', '院士', '大使', '部长', '省长', '市长', '县长', '局长', '校长', '院长', '主任', '老师', '医生'];
const AFTER_NAME_TITLE_RE = new RegExp(AFTER_NAME_TITLES.join('|'), 'g');
/** What may stand before such a name: the paragraph's start or punctuation, not a character of prose (一位|名医生, 中国|副总理). */
const CLEAR_BEFORE = /[\s，。、：；！？“”‘’（）《》〈〉「」『』—…,.:;!?()\u3000]/;
/**
 * First characters that are far more often a word of prose than a surname before a title (但|英国首相,
 * 应|美国总统 "at the invitation of", 和|小平同志, 向|老师, 全|党同志), and last characters that belong to the
 * title instead (国家副|主席, 印度前|总理, 原|局长) or end no name (是).
 */
const NOT_FIRST = '但应和向与据由对全';
const NOT_LAST = '副前原代是';
/** Offices of a division, written after its name: 信阳市|市长 is the city's mayor, not a person named 信阳市. */
const DIVISION_OFFICES = new Set(['省长', '市长', '县长']);
/** Forms of address, not roles: a person so addressed has no title to tell them from another (personPair). */
const HONORIFICS = new Set(['同志', '先生', '女士']);

/**
 * People written as a name followed by a title, where a clear break precedes the name: the name starts
 * with a surname, has two or three characters, is no single dictionary word (高级|教授, 于是|主任), ends
 * where a word ends (公安部|长 is no 公安 and 部长), neither starts with a preposition nor ends in a
 * title's own prefix, and is no division before its office (信阳市|市长). Each as [start, length, title],
 * the title undefined for a form of address.
 */
export function namesBeforeTitles(scope: ParagraphScope): [number, number, string | undefined][] {
  const { text } = scope;
  const found: [number, number, string | undefined][] = [];
  // Indexed loops: this runs on every paragraph, cold in a one-shot check, where for-of allocates per step (docs/architecture.md, "Cold code").
  const titles = allMatches(AFTER_NAME_TITLE_RE, text);
  for (let k = 0; k < titles.length; k++) {
    const m = titles[k]!;
    const end = m.index;
    for (let length = 3; length >= 2; length--) {
      const start = end - length;
      if (start < 0 || (start > 0 && !CLEAR_BEFORE.test(text[start - 1]!))) continue;
      if (NOT_FIRST.includes(text[start]!) || NOT_LAST.includes(text[end - 1]!)) continue;
      if (DIVISION_OFFICES.has(m[0]) && text[end - 1] === m[0][0]) continue;
      if (surnameLength(text.slice(start, start + 2)) === 0 || !mayBeName(text, start, end, false)) continue;
      const bounds = scope.bounds();
      if (!bounds.isBoundary(end) || isOneWord(bounds, start, end)) continue;
      found.push([start, length, HONORIFICS.has(m[0]) ? undefined : m[0]]);
      break;
    }
  }
  return found;
}
