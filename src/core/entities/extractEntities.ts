import type { Gazetteer } from '../gazetteer/gazetteer';
import { gazetteerIndex } from '../gazetteer/gazetteerIndex';
import { splitParagraphs } from '../text/paragraphs';
import type { Mention } from './mention';
import { extractParagraphEntities, placeMention, type ParagraphEntities } from './paragraphEntities';
import { sentenceStarts } from '../text/sentences';
import { slipAlike } from './slipAlike';
import { alikePeople, type PlacedParagraph } from './alikePeople';
import { alikePlaces } from './alikePlaces';
import { resolveTitled, type TitledCandidate } from './titledCandidates';
import { trimGluedPlaces } from './trimGluedPlaces';
import { ParagraphMemo } from '../text/paragraphMemo';
import { upperBound } from '../text/upperBound';

/**
 * The last draft's paragraphs' entities, for the gazetteer they were read with: after an edit only
 * the changed paragraphs are read again.
 */
let byParagraph: { gazetteer: Gazetteer | undefined; memo: ParagraphMemo<ParagraphEntities> } | undefined;
/** The last result: the consistency and gazetteer checks both read the same draft in one run. */
let last: { text: string; gazetteer: Gazetteer | undefined; mentions: Mention[] } | undefined;

/** Every entity mention in the draft, in text order, read one paragraph at a time. */
export function extractEntities(text: string, gazetteer: Gazetteer | undefined): Mention[] {
  if (last && last.text === text && last.gazetteer === gazetteer) return last.mentions;
  const index = gazetteer ? gazetteerIndex(gazetteer) : undefined;
  if (!byParagraph || byParagraph.gazetteer !== gazetteer) byParagraph = { gazetteer, memo: new ParagraphMemo() };
  const memo = byParagraph.memo;
  memo.begin();
  const mentions: Mention[] = [];
  const placed: PlacedParagraph[] = [];
  const titled: TitledCandidate[] = [];
  let sentence = 0;
  const paragraphs = splitParagraphs(text);
  // Indexed loops: they run once per draft, cold, where for-of allocates per step (docs/architecture.md, "Cold code").
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    if (p.text.trim().length === 0) continue;
    const entities = memo.get(p.text, (paragraph) => extractParagraphEntities(paragraph, index));
    for (let i = 0; i < entities.mentions.length; i++) mentions.push(placeMention(entities.mentions[i]!, p.start, sentence));
    for (let i = 0; i < entities.titled.length; i++) {
      const c = entities.titled[i]!;
      titled.push({ ...c, start: c.start + p.start, sentence: c.sentence + sentence });
    }
    placed.push(placedParagraph(p.start, p.text, sentence));
    sentence += entities.sentences;
  }
  mentions.push(...resolveTitled(text, titled));
  const people = mentions.filter((m) => m.kind === 'person');
  const places = mentions.filter((m) => m.kind === 'place');
  const alike = [...(people.length > 0 ? alikePeople(placed, people, slipAlike) : []), ...(index && places.length > 0 ? alikePlaces(placed, places, index, slipAlike) : [])];
  // Titled names resolved across paragraphs and the slips found come after the paragraphs' own mentions: back into text order.
  if (alike.length > 0 || people.length > 0) {
    mentions.push(...alike);
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const trimmed = trimGluedPlaces(mentions);
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
