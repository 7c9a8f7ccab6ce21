import { splitParagraphs, type Paragraph } from '../text/paragraphs';
import type { CleanEdit } from './cleanEdit';
import { chromeLine, isChromeAnchor, isHeadChrome, type ChromeLine } from './chromeLine';

/** Page furniture sits above the article: look no further than this many non-blank lines. */
const HEAD_LINES = 8;
/** A line that ends a sentence (or is long) is article text: the head ends there. */
const BODY_LINE = /[。！？!?…]["”’」』）)]*$/;

/**
 * Web-page chrome at the start and end of the draft, never inside the body.
 *
 * Head: among the lines before the first body line (at most HEAD_LINES), each breadcrumb,
 * date-and-source stamp or share/print widget line is removed; the title and byline between
 * them stay. Tail: the longest run of chrome-like lines ending the draft is found, and removed
 * from its first strong line (a 版权声明 heading, 版权所有, 未经授权不得转载, 责任编辑:, a widget)
 * to the end — so a contact line or an organisation's name goes only when it follows such a
 * line, and a body paragraph that merely mentions 版权 is never reached.
 */
export function stripChromeEdits(text: string): CleanEdit[] {
  const lines = splitParagraphs(text).filter((p) => p.text.trim().length > 0);
  const kinds = lines.map((l) => chromeLine(l.text.trim()));
  const head = headChromeLines(lines, kinds);
  // The tail is looked for after the head furniture, so one line is never claimed twice.
  const tailStart = trailingBlockStart(kinds, head.length > 0 ? head[head.length - 1]! + 1 : 0);
  const edits: CleanEdit[] = [];
  for (const j of head) {
    const kind = kinds[j];
    const line = lines[j]!;
    // Take the blank lines after it too, so no empty paragraph is left where it was.
    const end = j + 1 < tailStart ? lines[j + 1]!.start : line.end;
    if (isHeadChrome(kind)) edits.push({ start: line.start, end, replacement: '', transform: 'stripChrome', kind });
  }
  const anchor = kinds[tailStart];
  if (isChromeAnchor(anchor)) {
    const start = tailStart > 0 ? lines[tailStart - 1]!.end : lines[0]!.start;
    edits.push({ start, end: lines[lines.length - 1]!.end, replacement: '', transform: 'stripChrome', kind: anchor });
  }
  return edits;
}

/** Indexes of the breadcrumb, stamp and widget lines above the first body line. */
function headChromeLines(lines: readonly Paragraph[], kinds: readonly (ChromeLine | undefined)[]): number[] {
  const head: number[] = [];
  for (let j = 0; j < Math.min(lines.length, HEAD_LINES); j++) {
    const line = lines[j]!.text.trim();
    if (isHeadChrome(kinds[j])) head.push(j);
    else if (BODY_LINE.test(line) || line.length > 100) break;
  }
  return head;
}

/** Index of the first line of the trailing chrome block at or after `from`, or lines.length when there is none. */
function trailingBlockStart(kinds: readonly (ChromeLine | undefined)[], from: number): number {
  let k = kinds.length;
  while (k > from && kinds[k - 1] !== undefined) k--;
  for (let j = k; j < kinds.length; j++) if (isChromeAnchor(kinds[j])) return j;
  return kinds.length;
}
