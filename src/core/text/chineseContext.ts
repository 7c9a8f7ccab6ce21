/**
 * Character classes that decide whether a mark stands in Chinese text (GB/T 15834 applies)
 * or in Latin text, a number, a URL. Char-code tests, not regexes: they run once per mark
 * on megabyte drafts.
 */

import { isHanCode } from './cjk';

const CLOSING_MARKS = new Set([...'”）》】」』〕'].map((ch) => ch.charCodeAt(0)));
const OPENING_MARKS = new Set([...'“（《【「『〔'].map((ch) => ch.charCodeAt(0)));

/** Every full-width mark of Chinese text, opening, closing or neither. */
const CHINESE_MARKS = new Set([...'，。！？；：、（）【】《》〈〉「」『』〔〕“”‘’…—·～'].map((ch) => ch.charCodeAt(0)));

/** A Han character or any Chinese mark: what makes the text on either side of a space Chinese text. */
export function isChineseTextCode(code: number): boolean {
  return isHanCode(code) || CHINESE_MARKS.has(code);
}

/**
 * The character before a mark puts it in Chinese text: a Han character or a closing Chinese mark.
 * ’ is left out because English uses it as an apostrophe (it’s,).
 */
export function isChineseBefore(code: number): boolean {
  return isHanCode(code) || CLOSING_MARKS.has(code);
}

/** The character after a mark puts it in Chinese text: a Han character or an opening Chinese mark. */
export function isChineseAfter(code: number): boolean {
  return isHanCode(code) || OPENING_MARKS.has(code);
}

export function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isAsciiAlnumCode(code: number): boolean {
  return isAsciiDigitCode(code) || isAsciiLetterCode(code);
}

/** Spaces and tabs (not line breaks: a paragraph has none). */
export function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/**
 * Whether text[from, to) holds a Han character, answered in O(1) per question after one O(n)
 * pass made on the first one: nested pairs such as ((((…)))) ask about overlapping ranges, and
 * scanning each range would be quadratic in the paragraph.
 */
export function hanBetween(text: string): (from: number, to: number) => boolean {
  let nextHan: Int32Array | undefined;
  return (from, to) => {
    nextHan ??= nextHanIndex(text);
    return from < to && nextHan[from]! < to;
  };
}

/** For each position, the index of the first Han character at or after it (text.length when none). */
function nextHanIndex(text: string): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) next[i] = isHanCode(text.charCodeAt(i)) ? i : next[i + 1]!;
  return next;
}

/** The UTF-16 code at i, or -1 outside the text (an edge is neither Chinese nor Latin). */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** Whether the mark at i has Chinese text right before or right after it. */
export function touchesChinese(text: string, i: number): boolean {
  return isChineseBefore(codeAt(text, i - 1)) || isChineseAfter(codeAt(text, i + 1));
}

/** Straight quotes and brackets are looked through when judging what a run stands after: "走吧"... is Chinese. */
const TRANSPARENT = new Set([0x22, 0x27, 0x28, 0x29]);

/** The code before i, looking past straight quotes and brackets (-1 at the start). */
export function codeBeforeStraightMarks(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && TRANSPARENT.has(text.charCodeAt(j))) j--;
  return codeAt(text, j);
}
