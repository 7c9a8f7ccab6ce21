import type { Gazetteer } from '../gazetteer/gazetteer';
import { gazetteerIndex } from '../gazetteer/gazetteerIndex';
import { splitParagraphs } from '../text/paragraphs';
import { extractLatinNames } from './extractLatinNames';
import { extractOrganisations } from './extractOrganisations';
import { extractPeople } from './extractPeople';
import { extractPlaces } from './extractPlaces';
import type { Mention } from './mention';
import type { ParagraphScope } from './paragraphScope';
import { sentenceStarts } from './sentences';
import { wordBounds, type WordBounds } from './wordBounds';

let last: { text: string; gazetteer: Gazetteer | undefined; mentions: Mention[] } | undefined;

/**
 * Every entity mention in the draft, in text order, one paragraph at a time. The last result is
 * kept, since the consistency and gazetteer checks both read the same draft in one run.
 */
export function extractEntities(text: string, gazetteer: Gazetteer | undefined): Mention[] {
  if (last && last.text === text && last.gazetteer === gazetteer) return last.mentions;
  const index = gazetteer ? gazetteerIndex(gazetteer) : undefined;
  const mentions: Mention[] = [];
  let sentence = 0;
  for (const p of splitParagraphs(text)) {
    if (p.text.trim().length === 0) continue;
    const starts = sentenceStarts(p.text);
    const first = sentence;
    let bounds: WordBounds | undefined;
    sentence += starts.length;
    const scope: ParagraphScope = {
      text: p.text,
      offset: p.start,
      index,
      sentenceAt: (local) => first + upperBound(starts, local) - 1,
      bounds: () => (bounds ??= wordBounds(p.text)),
    };
    mentions.push(...extractPlaces(scope), ...extractOrganisations(scope), ...extractPeople(scope), ...extractLatinNames(scope));
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  last = { text, gazetteer, mentions };
  return mentions;
}

/** Number of sorted values ≤ x. */
function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
