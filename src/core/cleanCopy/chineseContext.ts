import { HAN, isHan } from '../text/cjk';

/** Full-width punctuation of Chinese text: a neighbour that puts a mark in Chinese context. */
const CJK_PUNCTUATION = new Set('，。！？；：、（）【】《》〈〉「」『』〔〕“”‘’…—·～');

/** A Han character or a Chinese punctuation mark: what makes the text around a mark "Chinese text". */
export function isChineseSide(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || CJK_PUNCTUATION.has(ch));
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
}

const SENTENCE_MARK = new RegExp(`[。！？，；、]|[${HAN}][,;!?.]`);

/**
 * A line that reads as running prose (it has sentence punctuation). Headlines, bylines and
 * captions without punctuation use spaces as separators ("产业帮扶 打造引擎", "记者 张三"), so
 * spaces there are deliberate; in prose a space between two Chinese characters is stray.
 */
export function isProseLine(line: string): boolean {
  return SENTENCE_MARK.test(line);
}
