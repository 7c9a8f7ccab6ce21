import { CodeSet } from '../text/codeSet';
import { mentionForm, type Mention } from './mention';

/**
 * A name written after a title whose length the words after it do not tell (主任杨春敏所在的社区):
 * the readings it may have, longest first. Offsets and sentence as the extractor that found it sets them.
 */
export interface TitledCandidate {
  start: number;
  lengths: number[];
  title: string;
  sentence: number;
}

/**
 * The candidates the draft itself confirms: a reading written again elsewhere in the draft is the
 * name (主任杨春敏所在… 杨春敏带着…), the longest such reading first. One pass over the draft,
 * looking up only positions that start some candidate.
 */
export function resolveTitled(text: string, candidates: readonly TitledCandidate[]): Mention[] {
  if (candidates.length === 0) return [];
  const counts = new Map<string, number>();
  // The readings' lengths by their first character: a window of any other length starting there is no reading.
  const lengthsByFirst = new Map<number, Set<number>>();
  for (const c of candidates) {
    const first = text.charCodeAt(c.start);
    const lengths = lengthsByFirst.get(first) ?? new Set<number>();
    lengthsByFirst.set(first, lengths);
    for (const length of c.lengths) {
      counts.set(text.slice(c.start, c.start + length), 0);
      lengths.add(length);
    }
  }
  const firsts = new CodeSet(lengthsByFirst.keys());
  for (let i = 0; i < text.length; i++) {
    const first = text.charCodeAt(i);
    if (!firsts.has(first)) continue;
    for (const length of lengthsByFirst.get(first)!) {
      const reading = text.slice(i, i + length);
      const count = counts.get(reading);
      if (count !== undefined) counts.set(reading, count + 1);
    }
  }
  return candidates.flatMap((c) => {
    const length = c.lengths.find((l) => counts.get(text.slice(c.start, c.start + l))! >= 2);
    if (length === undefined) return [];
    const name = text.slice(c.start, c.start + length);
    return [{ kind: 'person', start: c.start, end: c.start + length, text: name, form: mentionForm(c.start, c.start + length, name), category: 'person', sentence: c.sentence, title: c.title }];
  });
}
