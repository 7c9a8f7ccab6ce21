import type { Gazetteer } from '../gazetteer/gazetteer';
import { gazetteerIndex } from '../gazetteer/gazetteerIndex';
import { splitParagraphs } from '../text/paragraphs';
import type { Mention } from './mention';
import { extractParagraphEntities, placeMention, type ParagraphEntities } from './paragraphEntities';
import { sentenceStarts } from '../text/sentences';
import { soundAlike } from './soundAlike';
import { soundAlikePeople, type PlacedParagraph } from './soundAlikePeople';
import { trimGluedPlaces } from './trimGluedPlaces';
import { upperBound } from '../text/upperBound';

/**
 * The last draft's paragraphs' entities, keyed by paragraph text, for the gazetteer they were read
 * with. Replaced on every call, so it holds only the current draft's paragraphs: after an edit only
 * the changed paragraphs are read again.
 */
let byParagraph: { gazetteer: Gazetteer | undefined; entities: Map<string, ParagraphEntities> } | undefined;
/** The last result: the consistency and gazetteer checks both read the same draft in one run. */
let last: { text: string; gazetteer: Gazetteer | undefined; mentions: Mention[] } | undefined;

/** Every entity mention in the draft, in text order, read one paragraph at a time. */
export function extractEntities(text: string, gazetteer: Gazetteer | undefined): Mention[] {
  if (last && last.text === text && last.gazetteer === gazetteer) return last.mentions;
  const index = gazetteer ? gazetteerIndex(gazetteer) : undefined;
  const previous = byParagraph && byParagraph.gazetteer === gazetteer ? byParagraph.entities : undefined;
  const next = new Map<string, ParagraphEntities>();
  const mentions: Mention[] = [];
  const placed: PlacedParagraph[] = [];
  let sentence = 0;
  for (const p of splitParagraphs(text)) {
    if (p.text.trim().length === 0) continue;
    let entities = next.get(p.text) ?? previous?.get(p.text);
    if (!entities) entities = extractParagraphEntities(p.text, index);
    next.set(p.text, entities);
    for (const m of entities.mentions) mentions.push(placeMention(m, p.start, sentence));
    placed.push(placedParagraph(p.start, p.text, sentence));
    sentence += entities.sentences;
  }
  const people = mentions.filter((m) => m.kind === 'person');
  if (people.length > 0) {
    mentions.push(...soundAlikePeople(placed, people, soundAlike));
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const trimmed = trimGluedPlaces(mentions);
  byParagraph = { gazetteer, entities: next };
  last = { text, gazetteer, mentions: trimmed };
  return trimmed;
}

/** A paragraph placed in the draft; its sentence starts are found only if a name is found in it. */
function placedParagraph(start: number, text: string, firstSentence: number): PlacedParagraph {
  let starts: number[] | undefined;
  return {
    start,
    text,
    sentenceAt: (local) => {
      starts ??= sentenceStarts(text);
      return firstSentence + upperBound(starts, local) - 1;
    },
  };
}
