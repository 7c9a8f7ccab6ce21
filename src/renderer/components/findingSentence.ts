import { splitSentences } from '../../core/text/sentences';

/** A finding's sentence cut around its span, for the panel to show with the span highlighted. */
export interface SpanInSentence {
  before: string;
  text: string;
  after: string;
}

/** Characters of the sentence shown either side of the span: enough to read it, short enough for one line or two. */
const SIDE = 24;

/**
 * The sentence of `paragraph` (the span's line, starting at `lineStart`) holding [from, to),
 * clipped to SIDE characters either side of the span.
 */
export function spanInSentence(paragraph: string, lineStart: number, from: number, to: number): SpanInSentence {
  const start = from - lineStart;
  const end = Math.min(to - lineStart, paragraph.length);
  const sentence = splitSentences(paragraph).find((s) => s.start <= start && start < s.end) ?? { start: 0, end: paragraph.length };
  const left = Math.max(sentence.start, start - SIDE);
  const right = Math.min(Math.max(sentence.end, end), end + SIDE);
  return {
    before: (left > sentence.start ? '…' : '') + paragraph.slice(left, start),
    text: paragraph.slice(start, end),
    after: paragraph.slice(end, right) + (right < sentence.end ? '…' : ''),
  };
}
