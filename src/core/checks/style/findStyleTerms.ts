import { wordBounds, type WordBounds } from '../../entities/wordBounds';
import type { StyleTerm } from './styleFile';
import type { StyleRules } from './styleRules';

export interface StyleTermMatch {
  start: number;
  end: number;
  term: StyleTerm;
}

/**
 * The forbidden forms in one paragraph, longest match first at each position, kept only where
 * the form starts and ends on a word boundary, so a form inside a longer legitimate word
 * (按装 in 按装修标准) is not flagged. The paragraph is segmented only where a form matched.
 * A form quoted on its own (他就是“聋子”) is the word mentioned, not used, and is not flagged; nor
 * is one inside a book or work title (《傻子》): a title is cited as it was published.
 */
export function findStyleTerms(paragraph: string, rules: StyleRules): StyleTermMatch[] {
  const matches: StyleTermMatch[] = [];
  let bounds: WordBounds | undefined;
  let i = 0;
  while (i < paragraph.length) {
    if (rules.firstChars[paragraph.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const term = rules.termsByFirst.get(paragraph.charCodeAt(i))!.find((c) => {
      const end = i + c.forbidden.length;
      if (!paragraph.startsWith(c.forbidden, i) || isQuotedAlone(paragraph, i, end) || inBookTitle(paragraph, i, end)) return false;
      bounds ??= wordBounds(paragraph);
      return bounds.isBoundary(i) && bounds.isBoundary(end);
    });
    if (!term) {
      i++;
      continue;
    }
    matches.push({ start: i, end: i + term.forbidden.length, term });
    i += term.forbidden.length;
  }
  return matches;
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' };

function isQuotedAlone(paragraph: string, start: number, end: number): boolean {
  const close = QUOTE_PAIRS[paragraph[start - 1] ?? ''];
  return close !== undefined && paragraph[end] === close;
}

/** Whether [start, end) lies between a 《 and its 》. */
function inBookTitle(paragraph: string, start: number, end: number): boolean {
  const open = paragraph.lastIndexOf('《', start);
  if (open === -1 || paragraph.lastIndexOf('》', start) > open) return false;
  const close = paragraph.indexOf('》', end);
  return close !== -1 && (paragraph.indexOf('《', end) === -1 || paragraph.indexOf('《', end) > close);
}
