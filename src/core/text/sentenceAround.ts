/** A sentence or clause boundary: the mark ends the sentence before it. */
const BOUNDARY = /[。！？!?；;\n]/;

/** The sentence holding [start, end), split around the span for highlighting, at most `reach` characters either side. */
export interface SentenceAround {
  before: string;
  span: string;
  after: string;
}

/** The sentence around a span: from the last sentence end before it to the first one after (kept). */
export function sentenceAround(text: string, start: number, end: number, reach = 60): SentenceAround {
  let from = start;
  while (from > 0 && start - from < reach && !BOUNDARY.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < reach && text[to] !== '\n') {
    to++;
    if (BOUNDARY.test(text[to - 1]!)) break;
  }
  return { before: text.slice(from, start).trimStart(), span: text.slice(start, end), after: text.slice(end, to) };
}
