import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import type { Pairing } from './markPairs';
import type { Mark } from './scanMarks';

/** A paragraph with its marks scanned and paired once, shared by every punctuation rule. */
export interface ParagraphMarks {
  text: string;
  marks: readonly Mark[];
  pairing: Pairing;
}

/** One GB/T 15834 rule: offsets relative to the paragraph, as a ParagraphCheck reports them. */
export type PunctuationRule = (p: ParagraphMarks, lang: Lang) => RawFinding[];
