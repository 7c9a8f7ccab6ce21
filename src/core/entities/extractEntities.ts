import type { Gazetteer } from '../gazetteer/gazetteer';
import { gazetteerIndex } from '../gazetteer/gazetteerIndex';
import { splitParagraphs } from '../text/paragraphs';
import type { Mention } from './mention';
import { extractParagraphEntities, placeMention, type ParagraphEntities } from './paragraphEntities';

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
  let sentence = 0;
  for (const p of splitParagraphs(text)) {
    if (p.text.trim().length === 0) continue;
    let entities = next.get(p.text) ?? previous?.get(p.text);
    if (!entities) entities = extractParagraphEntities(p.text, index);
    next.set(p.text, entities);
    for (const m of entities.mentions) mentions.push(placeMention(m, p.start, sentence));
    sentence += entities.sentences;
  }
  byParagraph = { gazetteer, entities: next };
  last = { text, gazetteer, mentions };
  return mentions;
}
