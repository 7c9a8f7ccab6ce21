import { splitParagraphs, type Paragraph } from '../text/paragraphs';
import { codeAt, isChineseTextCode } from '../text/chineseContext';
import { isProseLine } from './proseLine';
import type { CleanEdit } from './cleanEdit';
import type { CleanKind } from './cleanKind';
import { trailingRunStart } from '../text/trailingRun';
import { allMatches } from '../text/allMatches';

const BLANK = /^\s*$/;
const LEADING = /^\s+/;
/** What `\s` matches, one character at a time: `/\s+$/` is quadratic on spaces followed by a letter. */
const isSpace = (code: number): boolean => /\s/.test(String.fromCharCode(code));
/** Spaces (ASCII, ideographic, no-break, tab) between two Chinese characters or marks. */
const INNER_SPACE = /[ \t\u3000\u00a0]+/g;

/**
 * Whitespace that is formatting, not text. Every export format carries paragraphs itself
 * (a blank line, <p>, a docx paragraph), so paragraph indents — ideographic or ASCII
 * spaces — are dropped rather than kept as characters. Also: trailing spaces, stray spaces
 * between Chinese characters in prose lines (see isProseLine), and runs of blank lines,
 * which collapse to one blank line; leading blank lines go, trailing ones become one newline.
 */
export function whitespaceEdits(text: string): CleanEdit[] {
  const edits: CleanEdit[] = [];
  const add = (start: number, end: number, replacement: string, kind: CleanKind): void => {
    if (text.slice(start, end) !== replacement) edits.push({ start, end, replacement, transform: 'whitespace', kind });
  };
  const lines = splitParagraphs(text).filter((p) => !BLANK.test(p.text));
  if (lines.length === 0) {
    add(0, text.length, '', 'blankLines');
    return edits;
  }
  add(0, lines[0]!.start, '', 'blankLines');
  lines.forEach((line, n) => {
    lineEdits(line, add);
    const next = lines[n + 1];
    if (next) {
      const breaks = next.index - line.index;
      add(line.end, next.start, breaks >= 2 ? '\n\n' : '\n', 'blankLines');
    } else {
      add(line.end, text.length, text.includes('\n', line.end) ? '\n' : '', 'blankLines');
    }
  });
  return edits;
}

function lineEdits(line: Paragraph, add: (start: number, end: number, replacement: string, kind: CleanKind) => void): void {
  const indent = LEADING.exec(line.text)?.[0].length ?? 0;
  const trailing = line.text.length - trailingRunStart(line.text, isSpace);
  add(line.start, line.start + indent, '', 'indent');
  const body = line.text.slice(0, line.text.length - trailing);
  if (isProseLine(body)) {
    for (const m of allMatches(INNER_SPACE, body)) {
      const end = m.index + m[0].length;
      if (isChineseTextCode(codeAt(body, m.index - 1)) && isChineseTextCode(codeAt(body, end))) add(line.start + m.index, line.start + end, '', 'innerSpace');
    }
  }
  add(line.end - trailing, line.end, '', 'trailingSpace');
}
