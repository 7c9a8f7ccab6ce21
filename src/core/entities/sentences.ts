const SENTENCE_END = /[。！？!?；;]/g;

/** Sentence start offsets within a paragraph (a paragraph always starts a sentence). */
export function sentenceStarts(paragraph: string): number[] {
  const starts = [0];
  for (const m of paragraph.matchAll(SENTENCE_END)) {
    if (m.index + 1 < paragraph.length) starts.push(m.index + 1);
  }
  return starts;
}
