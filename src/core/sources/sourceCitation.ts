import type { IndexedSentence, IndexedSources } from './indexedSources';
import { pageOf } from './sourceText';

/** Where a source states something: shown in messages, kept as evidence for the side-by-side view. */
export interface SourceCitation {
  sourceFile: string;
  page?: number;
  /** What the source says for the item (3927万元, 李应发, the quoted passage). */
  sourceText: string;
  /** The whole source sentence, for context. */
  sourceSentence: string;
  sourceStart: number;
  sourceEnd: number;
}

export function citeSource(indexed: IndexedSources, sentence: IndexedSentence, start: number, end: number): SourceCitation {
  const source = indexed.sources[sentence.source]!;
  const citation: SourceCitation = {
    sourceFile: source.name,
    sourceText: source.text.slice(start, end),
    sourceSentence: source.text.slice(sentence.start, sentence.end),
    sourceStart: start,
    sourceEnd: end,
  };
  const page = pageOf(source, start);
  if (page !== undefined) citation.page = page;
  return citation;
}
