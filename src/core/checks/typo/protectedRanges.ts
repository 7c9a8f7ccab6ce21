import { scanMarks } from '../punctuation/scanMarks';
import { pairMarks, type PairKind } from '../punctuation/markPairs';
import { urlRanges } from '../../text/urlRanges';
import { extractParagraphEntities } from '../../entities/paragraphEntities';
import type { Gazetteer } from '../../gazetteer/gazetteer';
import { gazetteerIndex } from '../../gazetteer/gazetteerIndex';

/** Quotations and titles are the writer's source's words: a copy desk does not correct them. */
const QUOTING: ReadonlySet<PairKind> = new Set(['double', 'single', 'corner', 'whiteCorner', 'title']);

/**
 * The parts of a paragraph the typo check never touches: quoted text and titles, URLs, and the names
 * of people, places and organisations (a name is not a misspelling of the common word it resembles).
 * Built on first use, since most paragraphs have no candidate typo at all.
 */
export class ProtectedRanges {
  private ranges: [number, number][] | undefined;

  /** `gazetteer`: its index is made (or found) only when a candidate asks, so a draft without one never makes it. */
  constructor(
    private readonly paragraph: string,
    private readonly gazetteer: Gazetteer | undefined,
  ) {}

  /** Whether [start, end) overlaps a protected part. */
  touches(start: number, end: number): boolean {
    this.ranges ??= this.collect();
    return this.ranges.some(([s, e]) => s < end && start < e);
  }

  private collect(): [number, number][] {
    const ranges = urlRanges(this.paragraph);
    for (const pair of pairMarks(scanMarks(this.paragraph)).pairs) {
      if (QUOTING.has(pair.kind)) ranges.push([pair.open.index, pair.close.index + 1]);
    }
    const index = this.gazetteer ? gazetteerIndex(this.gazetteer) : undefined;
    for (const m of extractParagraphEntities(this.paragraph, index).mentions) ranges.push([m.start, m.end]);
    return ranges;
  }
}
