import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { extractLatinNames } from './extractLatinNames';
import { extractOrganisations } from './extractOrganisations';
import { extractPeople } from './extractPeople';
import { extractPlaces } from './extractPlaces';
import type { TitledCandidate } from './titledCandidates';
import type { Mention } from './mention';
import type { ParagraphScope } from './paragraphScope';
import { sentenceStarts } from '../text/sentences';
import { upperBound } from '../text/upperBound';
import { wordBounds, type WordBounds } from './wordBounds';

/**
 * The mentions of one paragraph, with offsets and sentence indexes relative to the paragraph:
 * a pure function of the paragraph's text and the gazetteer, so it can be reused wherever that text stands.
 */
export interface ParagraphEntities {
  mentions: Mention[];
  /** Names after a title whose length only the rest of the draft can tell (resolveTitled). */
  titled: TitledCandidate[];
  /** Number of sentences in the paragraph, to number the next paragraph's sentences. */
  sentences: number;
}

export function extractParagraphEntities(text: string, index: GazetteerIndex | undefined): ParagraphEntities {
  const starts = sentenceStarts(text);
  let bounds: WordBounds | undefined;
  const scope: ParagraphScope = {
    text,
    offset: 0,
    index,
    sentenceAt: (local) => upperBound(starts, local) - 1,
    bounds: () => (bounds ??= wordBounds(text)),
  };
  const { people, titled } = extractPeople(scope);
  // concat, not a spread: a spread iterates each list, allocating per element in cold code (docs/architecture.md, "Cold code").
  const mentions = extractPlaces(scope).concat(extractOrganisations(scope), people, extractLatinNames(scope));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, titled, sentences: starts.length };
}

/** A paragraph's mention placed in the draft: offsets moved by the paragraph's start, sentence by its first sentence. */
export function placeMention(m: Mention, offset: number, firstSentence: number): Mention {
  return {
    ...m,
    start: m.start + offset,
    end: m.end + offset,
    form: { start: m.form.start + offset, end: m.form.end + offset, text: m.form.text, key: m.form.key },
    sentence: m.sentence + firstSentence,
  };
}
