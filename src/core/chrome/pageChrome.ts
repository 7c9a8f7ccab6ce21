import { splitParagraphs, type Paragraph } from '../text/paragraphs';
import { chromeLine, isChromeAnchor, isHeadChrome, type ChromeAnchor, type ChromeLine, type HeadChrome } from './chromeLine';

/** Page furniture sits above the article: look no further than this many non-blank lines. */
const HEAD_LINES = 8;
/** A line that ends a sentence (or is long) is article text: the head ends there. */
const BODY_LINE = /[。！？!?…]["”’」』）)]*$/;

/** One stretch of web-page furniture in the draft: [start, end) and the line that marked it. */
export interface ChromeBlock {
  start: number;
  end: number;
  kind: HeadChrome | ChromeAnchor;
  /** Every kind of strong line in the block, `kind` first (a footer may hold 责任编辑, 版权声明 and a share bar). */
  kinds: (HeadChrome | ChromeAnchor)[];
}

/**
 * Web-page chrome at the start and end of the draft, never inside the body: the one recognition
 * that the editor dims, the checks and claims skip, and clean copy strips.
 *
 * Head: among the lines before the first body line (at most HEAD_LINES), each breadcrumb,
 * date-and-source stamp or share/print widget line is chrome (with the blank lines after it); the
 * title and byline between them are not. Tail: the longest run of chrome-like lines ending the
 * draft is found, and is chrome from its first strong line (a 版权声明 heading, 版权所有,
 * 未经授权不得转载, 责任编辑:, a widget) to the end — so a contact line or an organisation's name
 * counts only when it follows such a line, and a body paragraph that mentions 版权 is never reached.
 * Only the head and the tail lines are classified; the body is only split into lines.
 */
export function pageChrome(text: string): ChromeBlock[] {
  const lines = splitParagraphs(text).filter((p) => p.text.trim().length > 0);
  if (lines.length === 0) return [];
  const head = headChromeLines(lines);
  // The tail is looked for after the head furniture, so one line is never claimed twice.
  const tailStart = trailingBlockStart(lines, head.length > 0 ? head[head.length - 1]!.index + 1 : 0);
  const blocks: ChromeBlock[] = head.map(({ index, kind }) => {
    const line = lines[index]!;
    // Take the blank lines after it too, so no empty paragraph is left where it was.
    const end = index + 1 < tailStart.index ? lines[index + 1]!.start : line.end;
    return { start: line.start, end, kind, kinds: [kind] };
  });
  if (tailStart.kinds.length > 0) {
    const start = tailStart.index > 0 ? lines[tailStart.index - 1]!.end : lines[0]!.start;
    blocks.push({ start, end: lines[lines.length - 1]!.end, kind: tailStart.kinds[0]!, kinds: tailStart.kinds });
  }
  return blocks;
}

/** The breadcrumb, stamp and widget lines above the first body line. */
function headChromeLines(lines: readonly Paragraph[]): { index: number; kind: HeadChrome }[] {
  const head: { index: number; kind: HeadChrome }[] = [];
  for (let j = 0; j < Math.min(lines.length, HEAD_LINES); j++) {
    const line = lines[j]!.text.trim();
    const kind = chromeLine(line);
    if (isHeadChrome(kind)) head.push({ index: j, kind });
    else if (BODY_LINE.test(line) || line.length > 100) break;
  }
  return head;
}

/** The first line of the trailing chrome block at or after `from` and the kinds of its strong lines; index lines.length when there is none. */
function trailingBlockStart(lines: readonly Paragraph[], from: number): { index: number; kinds: ChromeAnchor[] } {
  const kinds: (ChromeLine | undefined)[] = [];
  for (let k = lines.length - 1; k >= from; k--) {
    const kind = chromeLine(lines[k]!.text.trim());
    if (kind === undefined) break;
    kinds.push(kind);
  }
  kinds.reverse();
  const first = lines.length - kinds.length;
  const anchor = kinds.findIndex(isChromeAnchor);
  if (anchor === -1) return { index: lines.length, kinds: [] };
  return { index: first + anchor, kinds: [...new Set(kinds.slice(anchor).filter(isChromeAnchor))] };
}
