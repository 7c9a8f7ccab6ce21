import { isHanCode } from '../../text/cjk';
import { codeAt } from '../../text/chineseContext';

/**
 * A doubling with no Han on either side stands alone between marks — "是是，您说得对"、
 * "好了好了！": a spoken interjection, not a typing slip.
 */
export function isStandalone(text: string, start: number, end: number): boolean {
  return !isHanCode(codeAt(text, start - 1)) && !isHanCode(codeAt(text, end));
}

/** A paired doubling such as 的的确确 or 实实在在: the doubled pair sits next to another one. */
export function isInAabb(text: string, start: number): boolean {
  const next = codeAt(text, start + 2);
  const prev = codeAt(text, start - 1);
  return (isHanCode(next) && next === codeAt(text, start + 3)) || (isHanCode(prev) && prev === codeAt(text, start - 2));
}

const OPENING_QUOTES = new Set(['“', '「']);
const CLOSING_QUOTES = new Set(['”', '」']);

/**
 * Whether an offset is inside a quotation (direct speech allows colloquial repeats). Asked at
 * increasing offsets, the scanner reads the paragraph once: linear in its length overall.
 */
export function quoteScanner(text: string): (i: number) => boolean {
  let scanned = 0;
  let depth = 0;
  return (i) => {
    for (; scanned < i; scanned++) {
      const ch = text[scanned]!;
      if (OPENING_QUOTES.has(ch)) depth++;
      else if (CLOSING_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    }
    return depth > 0;
  };
}

/** A repeat followed by ！ (possibly after a particle) is a chant or a cry: 加油加油！ */
export function endsInExclamation(text: string, end: number): boolean {
  let i = end;
  if ('啊呀吧啦哇哟嘛'.includes(text[i] ?? '\u0000')) i++;
  const ch = text[i];
  return ch === '！' || ch === '!';
}
