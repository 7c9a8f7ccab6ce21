/** A paragraph of the draft: one line of the normalised text, with its offset. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Splits on `\n` (the draft is normalised first); empty lines are kept so indexes match lines. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    paragraphs.push({ index: index++, start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return paragraphs;
}
