import { splitSentences } from '../text/sentences';
import { splitParagraphs } from '../text/paragraphs';

/** A sentence of a whole text: [start, end) in absolute offsets, leading and trailing blanks trimmed. */
export interface TextSentence {
  start: number;
  end: number;
}

const BLANK = /[\s\u3000]/;

/** Every non-empty sentence of `text`, paragraph by paragraph (a sentence never crosses a line break). */
export function textSentences(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  for (const p of splitParagraphs(text)) {
    for (const s of splitSentences(p.text)) {
      let start = p.start + s.start;
      let end = p.start + s.end;
      while (start < end && BLANK.test(text[start]!)) start++;
      while (end > start && BLANK.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}
