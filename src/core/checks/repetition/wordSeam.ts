import { wordSegmenter } from '../../text/wordSegmenter';

/** Characters of context on each side: enough for the dictionary to see the words around the run, and a bounded cost per run. */
const CONTEXT = 8;

/**
 * Whether a repeated run starts or ends inside a dictionary word, so that words, not a slip, put
 * the copies side by side: 二大队|大队长, 纪委|监委|监督, 越来|越来越, 党组织|党组织|党员.
 * Segments only a small window around the run (runs are rare), so the cost per paragraph stays linear.
 */
export function isWordSeam(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const boundaries = new Set<number>();
  for (const s of wordSegmenter().segment(text.slice(from, to))) boundaries.add(from + s.index);
  boundaries.add(to);
  return !boundaries.has(start) || !boundaries.has(end);
}
