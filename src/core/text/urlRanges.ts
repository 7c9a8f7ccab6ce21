import { oneOf, trailingRunStart } from './trailingRun';

/**
 * URLs and e-mail addresses (ASCII only, so Chinese text glued to a URL stays outside it):
 * their dots, colons and commas are not Chinese punctuation. Found by one left-to-right scan
 * rather than a regular expression: the e-mail pattern `[…]+@…` backtracks over every start
 * of a long run of letters, quadratic in the run (a 100,000-letter run took 10 s).
 */
const SCHEMES = ['http://', 'https://', 'ftp://'];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const isUrlChar = oneOf(`${ALNUM}-._~:/?#[]@!$&'()*+,;=%`);
const isWwwChar = oneOf(`${ALNUM}-._~/?#@!$&'()*+,;=%`);
const isLocalChar = oneOf(`${ALNUM}._%+-`);
const isLabelChar = oneOf(`${ALNUM}-`);
const DOT = 0x2e;
const AT = 0x40;
/** Sentence punctuation right after a URL belongs to the sentence, not the URL. */
const isTrailingMark = oneOf(`.,;:!?)'"`);
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@/;

/** Half-open [start, end) ranges of a paragraph taken by URLs and e-mail addresses, in order. */
export function urlRanges(paragraph: string): [number, number][] {
  // The cheap test first: most paragraphs of a news draft hold no address at all.
  if (!MAY_HOLD_ADDRESS.test(paragraph)) return [];
  const ranges: [number, number][] = [];
  /** The e-mail local part starting at or before here has been judged up to this index. */
  let localJudgedUntil = 0;
  for (let i = 0; i < paragraph.length; ) {
    const end = addressEndAt(paragraph, i, localJudgedUntil);
    if (end === undefined) {
      if (i >= localJudgedUntil) localJudgedUntil = runEnd(paragraph, i, isLocalChar);
      i++;
      continue;
    }
    const kept = trailingRunStart(paragraph, isTrailingMark, end);
    if (kept > i) ranges.push([i, kept]);
    i = end;
    localJudgedUntil = end;
  }
  return ranges;
}

/**
 * The end of the address starting at `at`, if one does, trying a URL with a scheme, then
 * `www.`, then an e-mail address (the regular expression's order). An e-mail local part is
 * judged once per run of its characters: a later start inside the same run reaches the same `@`.
 */
function addressEndAt(text: string, at: number, localJudgedUntil: number): number | undefined {
  const scheme = SCHEMES.find((s) => text.startsWith(s, at));
  if (scheme !== undefined) {
    const end = runEnd(text, at + scheme.length, isUrlChar);
    if (end > at + scheme.length) return end;
  }
  if (text.startsWith('www.', at)) {
    const end = runEnd(text, at + 4, isWwwChar);
    if (end > at + 4) return end;
  }
  if (at < localJudgedUntil || !isLocalChar(text.charCodeAt(at))) return undefined;
  const localEnd = runEnd(text, at, isLocalChar);
  return text.charCodeAt(localEnd) === AT ? domainEnd(text, localEnd + 1) : undefined;
}

/** `label(.label)+`: at least two labels, a trailing dot left out. */
function domainEnd(text: string, from: number): number | undefined {
  let end = runEnd(text, from, isLabelChar);
  if (end === from) return undefined;
  let labels = 1;
  while (text.charCodeAt(end) === DOT && isLabelChar(text.charCodeAt(end + 1))) {
    end = runEnd(text, end + 1, isLabelChar);
    labels++;
  }
  return labels >= 2 ? end : undefined;
}

function runEnd(text: string, from: number, belongs: (code: number) => boolean): number {
  let end = from;
  while (end < text.length && belongs(text.charCodeAt(end))) end++;
  return end;
}
