import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { isHanCode } from '../../text/cjk';
import { codeAt, isAsciiAlnumCode, isBlankCode, isChineseAfter, isChineseBefore } from '../../text/chineseContext';
import { fullWidthOf, halfWidthMessage } from './halfWidthName';
import type { PunctuationRule } from './punctuationRule';
import type { Mark } from './scanMarks';
import { cachedMessage } from './cachedMessage';

export const HALF_WIDTH_RULE = 'punctuation.half-width';

/** A foreign name written with a dot for the interpunct (玛丽.居里) has a short Han run before it. */
const NAME_PART_MAX = 4;

/** Where the run of blanks ending at `from` starts. */
function blankRunStart(text: string, from: number): number {
  let start = from;
  while (start > 0 && isBlankCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Where the run of blanks starting at `from` ends. */
function blankRunEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isBlankCode(text.charCodeAt(end))) end++;
  return end;
}

/**
 * , ; : ? ! next to Chinese text. Blanks around the mark join the span: full-width marks carry
 * their own spacing, so "时节, 走进" becomes "时节，走进". A mark with digits or Latin on both
 * sides (1,000 · 12:30 · Hello, world) is never Chinese text.
 */
function judgeSeparator(text: string, mark: Mark, lang: Lang): RawFinding | undefined {
  const start = blankRunStart(text, mark.index);
  const end = blankRunEnd(text, mark.index + mark.text.length);
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  const exclaims = mark.text[0] === '?' || mark.text[0] === '!';
  // "Yahoo!中国": after a Latin word ! and ? belong to the word, not the Chinese sentence.
  const chinese = isChineseBefore(before) || (isChineseAfter(after) && !(exclaims && isAsciiAlnumCode(before)));
  if (!chinese) return undefined;
  // Mechanical style, never a fact: a warning however sure the reading (docs/architecture.md, "Severity").
  return {
    rule: HALF_WIDTH_RULE,
    severity: 'warning',
    message: halfWidthMessage(lang, mark.text),
    spans: [{ start, end }],
    suggestion: { replacement: fullWidthOf(mark.text) },
  };
}

/** Whether the character right after a dot makes it part of a file name, domain or number. */
function continuesToken(code: number): boolean {
  if (code < 0 || code >= 0x80) return false;
  if (isBlankCode(code)) return false;
  return code !== 0x22 && code !== 0x27 && code !== 0x29; // " ' )
}

function hanRunBefore(text: string, end: number, limit: number): number {
  let n = 0;
  while (n <= limit && end - n - 1 >= 0 && isHanCode(text.charCodeAt(end - n - 1))) n++;
  return n;
}

/**
 * A single dot after Chinese text. Not when a Latin letter, digit or symbol follows it
 * (报告.docx, 新华网.cn). Between a short Han run and more Han it may stand for the
 * interpunct of a foreign name, so the message offers both readings and no replacement.
 */
function judgeDot(text: string, mark: Mark, lang: Lang): RawFinding | undefined {
  const i = mark.index;
  if (!isChineseBefore(codeAt(text, i - 1)) || continuesToken(codeAt(text, i + 1))) return undefined;
  const end = blankRunEnd(text, i + 1);
  const run = hanRunBefore(text, i, NAME_PART_MAX);
  if (isHanCode(codeAt(text, i + 1)) && run >= 1 && run <= NAME_PART_MAX) {
    return { rule: HALF_WIDTH_RULE, severity: 'warning', message: cachedMessage(lang, 'punctuation.halfWidthDot'), spans: [{ start: i, end: i + 1 }] };
  }
  return {
    rule: HALF_WIDTH_RULE,
    severity: 'warning',
    message: halfWidthMessage(lang, '.'),
    spans: [{ start: i, end }],
    suggestion: { replacement: '。' },
  };
}

/** GB/T 15834: Chinese text takes full-width , . ; : ? ! (parentheses: halfWidthParentheses). */
export const halfWidthMarks: PunctuationRule = ({ text, marks }, lang) => {
  const findings: RawFinding[] = [];
  for (const mark of marks) {
    const first = mark.text[0];
    let finding: RawFinding | undefined;
    if (first === ',' || first === ';' || first === ':' || first === '?' || first === '!') finding = judgeSeparator(text, mark, lang);
    else if (mark.text === '.') finding = judgeDot(text, mark, lang);
    if (finding) findings.push(finding);
  }
  return findings;
};
