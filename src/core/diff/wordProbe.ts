import { HAN } from '../text/cjk';
import { wordSegmenter } from '../text/wordSegmenter';

/** A word of a short window of text, with absolute offsets; `single` marks a lone Han character. */
export interface WindowWord {
  start: number;
  end: number;
  single: boolean;
}

/**
 * Intl.Segmenter word boundaries around one change, under a budget.
 *
 * Why a budget: ICU's word segmenter costs ≈ 1.6 µs per character on whole paragraphs and
 * ≈ 10–40 µs per call on short windows (measured here, Node 20). Segmenting both revisions of a
 * 1 MB draft would alone take longer than git's whole character diff, so words are looked up only
 * in a small window around a change, and at most `budget` windows per comparison. Ordinary
 * revisions (hundreds of changes) never reach it; a mass rewrite does, and then the remaining
 * changes keep character granularity and `changesTruncated` is set.
 */
export class WordProbe {
  private remaining: number;

  constructor(budget: number) {
    this.remaining = budget;
  }

  get exhausted(): boolean {
    return this.remaining <= 0;
  }

  /** Words of text[from, to), or null once the budget is spent. */
  words(text: string, from: number, to: number): WindowWord[] | null {
    if (this.remaining <= 0) return null;
    this.remaining--;
    const words: WindowWord[] = [];
    for (const s of wordSegmenter().segment(text.slice(from, to))) {
      const start = from + s.index;
      words.push({ start, end: start + s.segment.length, single: s.segment.length === 1 && HAN_CHAR.test(s.segment) });
    }
    return words;
  }
}

const HAN_CHAR = new RegExp(`^[${HAN}]$`);
