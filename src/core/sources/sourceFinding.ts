import type { SourceCitation } from './sourceCitation';

export type SourceRule = 'source.number-differs' | 'source.name-differs' | 'source.date-differs' | 'source.quote-altered' | 'source.unsourced';

/** What an unsourced sentence states that no source does. */
export type UnsourcedItem = 'number' | 'date' | 'name' | 'quote';

/** A difference between the draft and its sources before it is worded: the source check turns it into a finding. */
export interface SourceDifference {
  rule: SourceRule;
  start: number;
  end: number;
  citation?: SourceCitation;
  /** For an unsourced sentence: what in it needs a source. */
  items?: UnsourcedItem[];
  /** The source's wording of the item, offered as the fix. */
  replacement?: string;
}
