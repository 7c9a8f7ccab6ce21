import type { DateMention } from '../dates/dateMention';
import { readDates } from '../dates/readDates';
import { editDistance } from '../entities/editDistance';
import type { Mention } from '../entities/mention';
import type { Quantity } from '../numbers/quantity';
import { readQuantities } from '../numbers/readQuantities';
import { isHan } from '../text/cjk';
import { closestPassage } from './closestPassage';
import { bigramsOf, contentKeys } from './contentKeys';
import { contextSimilarity } from './contextSimilarity';
import type { IndexedSentence, IndexedSources } from './indexedSources';
import { quotedPassages, type QuotedPassage } from './quotedPassages';
import { sameDate } from './sameDate';
import { textSentences, type TextSentence } from './sentenceRange';
import { citeSource } from './sourceCitation';
import type { SourceDifference, UnsourcedItem } from './sourceFinding';
import { agree } from './sourceQuantities';

/** A draft sentence is taken to be written from a source sentence holding this share of its wording. */
const ALIGNED = 0.5;
/** Sentences with fewer informative bigrams than this are too short to align by wording. */
const MIN_GRAMS = 4;
/** The source sentences a draft sentence is compared with, best first. */
const ALIGNED_LIMIT = 3;
const NAME_KINDS = new Set(['person', 'org', 'place']);
const BLANKS = /[\s\u3000]+/g;

/**
 * Holds the draft against its sources (docs/architecture.md, "Sources"). Each draft sentence is
 * aligned with the source sentences that share most of its wording; the quantities, dates and names
 * it states are then compared with theirs, and its quotations with the closest source passage.
 * Linear in the draft (a bounded number of aligned sentences per draft sentence) plus, per sentence,
 * the index's posting lists, which leave out bigrams too common to tell sentences apart.
 */
export function compareWithSources(text: string, mentions: readonly Mention[], indexed: IndexedSources): SourceDifference[] {
  const out: SourceDifference[] = [];
  const { quantities: sourceQuantities, names: sourceNames, dates: sourceDates } = indexed;
  const { altered, unverified } = compareQuotes(text, indexed, out);
  const sorted = [...mentions].filter((m) => NAME_KINDS.has(m.kind)).sort((a, b) => a.start - b.start);
  let nameAt = 0;
  for (const s of textSentences(text)) {
    while (nameAt < sorted.length && sorted[nameAt]!.start < s.start) nameAt++;
    const names: Mention[] = [];
    for (let k = nameAt; k < sorted.length && sorted[k]!.start < s.end; k++) if (sorted[k]!.end <= s.end) names.push(sorted[k]!);
    const sentenceText = text.slice(s.start, s.end);
    const dates = readDates(sentenceText).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
    const quantities = readQuantities(sentenceText)
      .map((q) => ({ ...q, start: q.start + s.start, end: q.end + s.start }))
      .filter((q) => q.kind !== 'bare' && !dates.some((d) => overlaps(d, q)));
    const grams = bigramsOf(contentKeys(text, s.start, s.end));
    const aligned =
      grams.size < MIN_GRAMS ? [] : indexed.index.search(grams, ALIGNED_LIMIT, ALIGNED).map((hit) => indexed.sentences[hit.sentence]!);
    const outsideAltered = (x: { start: number; end: number }): boolean => !altered.some((q) => overlaps(q, x));
    if (aligned.length === 0) {
      const items: UnsourcedItem[] = [];
      if (quantities.some((q) => !sourceQuantities.has(q))) items.push('number');
      if (dates.some((d) => !sourceDates.some((x) => sameDate(d, x)))) items.push('date');
      if (names.some((m) => !sourceNames.has(m.text))) items.push('name');
      if (unverified.some((q) => q.start >= s.start && q.start < s.end)) items.push('quote');
      if (items.length > 0) out.push({ rule: 'source.unsourced', start: s.start, end: s.end, items });
      continue;
    }
    for (const d of dates) {
      if (sourceDates.some((x) => sameDate(d, x))) continue;
      const diff = dateDifference(text, d, aligned, indexed);
      if (diff && outsideAltered(d)) out.push(diff);
    }
    for (const q of quantities) {
      if (sourceQuantities.has(q)) continue;
      const diff = quantityDifference(text, q, aligned, indexed);
      if (diff && outsideAltered(q)) out.push(diff);
    }
    for (const diff of nameDifferences(text, s, names, aligned, indexed, sourceNames)) if (outsideAltered(diff)) out.push(diff);
  }
  return out;
}

/** Quotations not verbatim in any source: altered where a source passage is close, unverified otherwise. */
function compareQuotes(text: string, indexed: IndexedSources, out: SourceDifference[]): { altered: QuotedPassage[]; unverified: QuotedPassage[] } {
  const altered: QuotedPassage[] = [];
  const unverified: QuotedPassage[] = [];
  for (const q of quotedPassages(text)) {
    const quote = text.slice(q.start, q.end);
    const passage = closestPassage(indexed, quote);
    if (!passage) {
      unverified.push(q);
      continue;
    }
    if (verbatimNear(indexed, quote)) continue;
    altered.push(q);
    const sentence = indexed.sentences[passage.first]!;
    out.push({ rule: 'source.quote-altered', start: q.start, end: q.end, citation: citeSource(indexed, sentence, passage.start, passage.end) });
  }
  return { altered, unverified };
}

/**
 * Whether the quotation stands word for word (blanks aside) around one of the sentences sharing
 * most of its wording: as many sentences either side as the quotation holds, plus one. Bounded by
 * the few sentences the index offers, never a scan of all the sources.
 */
function verbatimNear(indexed: IndexedSources, quote: string): boolean {
  const compact = quote.replace(BLANKS, '');
  const reach = (quote.match(SENTENCE_MARKS)?.length ?? 0) + 2;
  for (const hit of indexed.index.search(bigramsOf(contentKeys(quote)), VERBATIM_CANDIDATES, 0)) {
    const at = indexed.sentences[hit.sentence]!;
    let first = hit.sentence;
    let last = hit.sentence;
    while (first > 0 && hit.sentence - first < reach && indexed.sentences[first - 1]!.source === at.source) first--;
    while (last + 1 < indexed.sentences.length && last - hit.sentence < reach && indexed.sentences[last + 1]!.source === at.source) last++;
    const source = indexed.sources[at.source]!.text;
    if (source.slice(indexed.sentences[first]!.start, indexed.sentences[last]!.end).replace(BLANKS, '').includes(compact)) return true;
  }
  return false;
}

const SENTENCE_MARKS = /[。！？!?；;]/g;
/** The sentences sharing most of a quotation's wording that are searched for it word for word. */
const VERBATIM_CANDIDATES = 5;

function dateDifference(text: string, d: DateMention, aligned: IndexedSentence[], indexed: IndexedSources): SourceDifference | undefined {
  if (aligned.some((s) => s.dates.some((x) => sameDate(d, x)))) return undefined;
  const best = bestByContext(text, d, aligned, indexed, (s) => s.dates);
  if (!best) return undefined;
  const citation = citeSource(indexed, best.sentence, best.item.start, best.item.end);
  return { rule: 'source.date-differs', start: d.start, end: d.end, citation, replacement: citation.sourceText };
}

function quantityDifference(text: string, q: Quantity, aligned: IndexedSentence[], indexed: IndexedSources): SourceDifference | undefined {
  const candidates = (s: IndexedSentence): Quantity[] => s.quantities.filter((x) => x.kind === q.kind && !s.dates.some((d) => overlaps(d, x)));
  if (aligned.some((s) => candidates(s).some((x) => agree(q, x)))) return undefined;
  const best = bestByContext(text, q, aligned, indexed, candidates);
  if (!best) return undefined;
  const citation = citeSource(indexed, best.sentence, best.item.start, best.item.end);
  return { rule: 'source.number-differs', start: q.start, end: q.end, citation, replacement: citation.sourceText };
}

/** Among the aligned sentences' items, the one written among the same words as the draft's. */
function bestByContext<T extends { start: number; end: number }>(
  text: string,
  item: { start: number; end: number },
  aligned: IndexedSentence[],
  indexed: IndexedSources,
  itemsOf: (s: IndexedSentence) => T[],
): { sentence: IndexedSentence; item: T } | undefined {
  let best: { sentence: IndexedSentence; item: T; score: number } | undefined;
  for (const sentence of aligned) {
    const source = indexed.sources[sentence.source]!.text;
    for (const x of itemsOf(sentence)) {
      const score = contextSimilarity(text, item.start, item.end, source, x.start, x.end);
      if (!best || score > best.score) best = { sentence, item: x, score };
    }
  }
  return best;
}

/**
 * Names written differently from the aligned source sentences: a name the draft reads, paired with a
 * source name of the same kind and head one or two characters away; and, for people (whose names
 * are read most reliably), a source name the draft's sentence holds with one character changed.
 */
function nameDifferences(
  text: string,
  sentence: TextSentence,
  names: Mention[],
  aligned: IndexedSentence[],
  indexed: IndexedSources,
  sourceNames: ReadonlySet<string>,
): SourceDifference[] {
  const out: SourceDifference[] = [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  const reported = (start: number, end: number): boolean => out.some((d) => d.start < end && start < d.end);
  for (const m of names) {
    if (sourceNames.has(m.text) || aligned.some((s) => sourceSentenceText(indexed, s).includes(m.text))) continue;
    for (const s of aligned) {
      const match = s.names.find((x) => x.kind === m.kind && nearName(m.text, x.text));
      if (!match) continue;
      const citation = citeSource(indexed, s, match.start, match.end);
      out.push({ rule: 'source.name-differs', start: m.start, end: m.end, citation, replacement: match.text });
      break;
    }
  }
  for (const s of aligned) {
    const source = indexed.sources[s.source]!.text;
    for (const x of s.names) {
      if (x.kind !== 'person' || sentenceText.includes(x.text)) continue;
      const at = anchoredVariant(sentenceText, source, x);
      if (at < 0 || reported(sentence.start + at, sentence.start + at + x.text.length)) continue;
      // The draft's name stands in the sources too (another person in a like sentence): sourced. Rare, so a scan is affordable.
      const written = sentenceText.slice(at, at + x.text.length);
      if (sourceNames.has(written) || indexed.sources.some((s) => s.text.includes(written))) continue;
      const citation = citeSource(indexed, s, x.start, x.end);
      out.push({ rule: 'source.name-differs', start: sentence.start + at, end: sentence.start + at + x.text.length, citation, replacement: x.text });
    }
  }
  return out;
}

function sourceSentenceText(indexed: IndexedSources, s: IndexedSentence): string {
  return indexed.sources[s.source]!.text.slice(s.start, s.end);
}

/** Two names of one kind that one or two changed Han characters turn into each other, same length and same last character (head). */
function nearName(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  const limit = a.length <= 6 ? 1 : 2;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (!isHan(a[i]) || !isHan(b[i]))) return false;
  return editDistance(a, b) <= limit;
}

/**
 * Where the draft sentence holds the source's person name with one Han character changed, written
 * after or before the same character as in the source (the anchor keeps unrelated words out). -1 if nowhere.
 */
function anchoredVariant(sentence: string, source: string, name: Mention): number {
  const length = name.text.length;
  const before = source[name.start - 1];
  const after = source[name.end];
  for (let i = 0; i + length <= sentence.length; i++) {
    const window = sentence.slice(i, i + length);
    let differing = 0;
    for (let k = 0; k < length && differing <= 1; k++) if (window[k] !== name.text[k]) differing += isHan(window[k]) ? 1 : 2;
    if (differing !== 1) continue;
    if ((before !== undefined && sentence[i - 1] === before) || (after !== undefined && sentence[i + length] === after)) return i;
  }
  return -1;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
