import { extractEntities } from '../../entities/extractEntities';
import { t, type MessageKey } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import { compareWithSources } from '../../sources/compareWithSources';
import { indexSources } from '../../sources/indexedSources';
import type { SourceCitation } from '../../sources/sourceCitation';
import type { SourceDifference, UnsourcedItem } from '../../sources/sourceFinding';
import type { CheckContext, DocumentCheck, RawFinding } from '../check';
import { mainMessageByRule } from '../familyDescriptor';
import { sourceFamily } from './sourceFamily';

/** Each rule's message, as its descriptor names it. */
const MESSAGE = mainMessageByRule(sourceFamily);

const ITEM: Record<UnsourcedItem, MessageKey> = {
  number: 'source.itemNumber',
  date: 'source.itemDate',
  name: 'source.itemName',
  quote: 'source.itemQuote',
};

/** Shown sentences are cut to this many characters in messages; the evidence keeps them whole. */
const SENTENCE_IN_MESSAGE = 60;

/**
 * The draft against the documents it was written from (docs/architecture.md, "Sources"): a number,
 * name or date that differs from its source sentence is an error, a quotation not verbatim in the
 * source is an error, a sentence stating facts no source holds is info. Silent without sources.
 */
export const sourceCheck: DocumentCheck = {
  id: 'source',
  scope: 'document',
  runDocument(ctx: CheckContext): RawFinding[] {
    if (!ctx.sources || ctx.sources.length === 0) return [];
    const indexed = indexSources(ctx.sources, ctx.gazetteer);
    const mentions = extractEntities(ctx.text, ctx.gazetteer);
    return compareWithSources(ctx.text, mentions, indexed).map((d) => toFinding(d, ctx.text, ctx.lang));
  },
};

function toFinding(d: SourceDifference, text: string, lang: Lang): RawFinding {
  const finding: RawFinding = {
    rule: d.rule,
    severity: d.rule === 'source.unsourced' ? 'info' : 'error',
    message: t(lang, MESSAGE.get(d.rule)!, params(d, text, lang)),
    spans: [{ start: d.start, end: d.end }],
  };
  if (d.replacement !== undefined && d.rule !== 'source.quote-altered') finding.suggestion = { replacement: d.replacement };
  if (d.citation) finding.evidence = { of: 'source', ...d.citation };
  return finding;
}

function params(d: SourceDifference, text: string, lang: Lang): Record<string, string> {
  const items = (d.items ?? []).map((item) => t(lang, ITEM[item])).join(t(lang, 'source.itemSeparator'));
  return { draft: text.slice(d.start, d.end), items, ...(d.citation ? citationParams(d.citation, lang) : {}) };
}

function citationParams(c: SourceCitation, lang: Lang): Record<string, string> {
  const where = c.page === undefined ? c.sourceFile : t(lang, 'source.filePage', { file: c.sourceFile, page: c.page });
  const sentence = c.sourceSentence.length > SENTENCE_IN_MESSAGE ? `${c.sourceSentence.slice(0, SENTENCE_IN_MESSAGE)}…` : c.sourceSentence;
  return { where, source: c.sourceText, sentence };
}
