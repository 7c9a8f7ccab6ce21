import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { WordBounds } from './wordBounds';

/** What every extractor sees of one paragraph. */
export interface ParagraphScope {
  text: string;
  /** Offset of the paragraph in the draft. */
  offset: number;
  /** Sentence index (draft-wide) of a paragraph offset. */
  sentenceAt(local: number): number;
  /** The paragraph's word boundaries, segmented on first use: paragraphs without a suffix need none. */
  bounds(): WordBounds;
  index: GazetteerIndex | undefined;
}
