/** A sentence of a paragraph: [start, end) including its closing mark. */
export interface SentenceRange {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;…]+[”」』）)]?/g;

/** Relations stay within a sentence or reach into the one before; this is where they stop. */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Index of the sentence holding `offset` (the last one when past the end). */
export function sentenceAt(sentences: SentenceRange[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Sentence start offsets within a paragraph (a paragraph always starts a sentence). */
export function sentenceStarts(paragraph: string): number[] {
  const starts = [0];
  const sentences = splitSentences(paragraph);
  // Indexed: run on every paragraph, cold in a one-shot check, where for-of allocates per step (docs/architecture.md, "Cold code").
  for (let k = 0; k < sentences.length; k++) if (sentences[k]!.end < paragraph.length) starts.push(sentences[k]!.end);
  return starts;
}
