import { isHanCode } from '../../text/cjk';

/** Characters of context on each side weighed with a candidate correction. */
export const CONTEXT = 3;

/**
 * The window a correction of text[start, end) is weighed in: up to CONTEXT characters on each
 * side, never across punctuation or Latin text (the Han run around it), as [left, right).
 */
export function hanContext(text: string, start: number, end: number): [number, number] {
  let left = start;
  while (left > start - CONTEXT && left > 0 && isHanCode(text.charCodeAt(left - 1))) left--;
  let right = end;
  while (right < end + CONTEXT && right < text.length && isHanCode(text.charCodeAt(right))) right++;
  return [left, right];
}
