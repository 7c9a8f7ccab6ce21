import type { DateMention } from '../dates/dateMention';
import { readDates } from '../dates/readDates';
import { extractParagraphEntities, placeMention } from '../entities/paragraphEntities';
import type { Mention } from '../entities/mention';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { gazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { Quantity } from '../numbers/quantity';
import { readQuantities } from '../numbers/readQuantities';
import { splitParagraphs } from '../text/paragraphs';
import { BigramIndex } from './bigramIndex';
import { bigramsOf, contentKeys } from './contentKeys';
import { textSentences } from './sentenceRange';
import { SourceQuantities } from './sourceQuantities';
import type { SourceText } from './sourceText';

/** One sentence of one source, with what it states; offsets are absolute in that source's text. */
export interface IndexedSentence {
  source: number;
  start: number;
  end: number;
  grams: Set<number>;
  quantities: Quantity[];
  dates: DateMention[];
  names: Mention[];
}

/** The sources read once: their sentences, what each states, and an index to find them by wording. */
export interface IndexedSources {
  sources: readonly SourceText[];
  sentences: IndexedSentence[];
  index: BigramIndex;
  /** Each source's text without blanks, for finding a quotation verbatim across line breaks. */
  compact: string[];
  /** Every quantity, name and date the sources state, for "is this anywhere in the sources". */
  quantities: SourceQuantities;
  names: Set<string>;
  dates: DateMention[];
}

const cache = new WeakMap<readonly SourceText[], { gazetteer: Gazetteer | undefined; indexed: IndexedSources }>();

/**
 * Indexes the sources once per list (the app and the CLI keep the same list while the draft
 * changes). Linear in the sources' length: one pass to split, one to read quantities, dates and
 * names, one to build the bigram lists.
 */
export function indexSources(sources: readonly SourceText[], gazetteer: Gazetteer | undefined): IndexedSources {
  const hit = cache.get(sources);
  if (hit && hit.gazetteer === gazetteer) return hit.indexed;
  const places = gazetteer ? gazetteerIndex(gazetteer) : undefined;
  const sentences: IndexedSentence[] = [];
  for (const [sourceIndex, source] of sources.entries()) {
    const names = sourceNames(source.text, places);
    let nameAt = 0;
    for (const s of textSentences(source.text)) {
      const sentenceText = source.text.slice(s.start, s.end);
      const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + s.start, end: x.end + s.start });
      while (nameAt < names.length && names[nameAt]!.start < s.start) nameAt++;
      const inside: Mention[] = [];
      for (let k = nameAt; k < names.length && names[k]!.start < s.end; k++) if (names[k]!.end <= s.end) inside.push(names[k]!);
      sentences.push({
        source: sourceIndex,
        start: s.start,
        end: s.end,
        grams: bigramsOf(contentKeys(source.text, s.start, s.end)),
        quantities: readQuantities(sentenceText).map((q) => ({ ...shift(q), numStart: q.numStart + s.start, numEnd: q.numEnd + s.start })),
        dates: readDates(sentenceText).map(shift),
        names: inside,
      });
    }
  }
  const indexed: IndexedSources = {
    sources,
    sentences,
    index: new BigramIndex(sentences.map((s) => s.grams)),
    compact: sources.map((s) => s.text.replace(BLANKS, '')),
    quantities: new SourceQuantities(sentences.flatMap((s) => s.quantities)),
    names: new Set(sentences.flatMap((s) => s.names.map((m) => m.text))),
    dates: sentences.flatMap((s) => s.dates),
  };
  cache.set(sources, { gazetteer, indexed });
  return indexed;
}

const BLANKS = /[\s\u3000]+/g;

function sourceNames(text: string, places: ReturnType<typeof gazetteerIndex> | undefined): Mention[] {
  const out: Mention[] = [];
  let sentence = 0;
  for (const p of splitParagraphs(text)) {
    if (p.text.trim().length === 0) continue;
    const entities = extractParagraphEntities(p.text, places);
    for (const m of entities.mentions) out.push(placeMention(m, p.start, sentence));
    sentence += entities.sentences;
  }
  return out;
}
