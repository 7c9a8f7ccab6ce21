import type { Family, Severity, Suggestion } from '../finding';
import type { FindingEvidence } from '../findingEvidence';
import type { Lang } from '../i18n/lang';
import type { Paragraph } from '../text/paragraphs';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { CalendarDate } from '../dates/calendarDate';
import type { SourceText } from '../sources/sourceText';
import type { StyleRules } from './style/styleRules';
import type { TypoLexicon } from './typo/typoLexicon';

/** What a check reports; the engine adds the id and each span's text, so `text` always equals the slice. */
export interface RawFinding {
  rule: string;
  severity: Severity;
  message: string;
  spans: { start: number; end: number }[];
  suggestion?: Suggestion;
  evidence?: FindingEvidence;
}

export interface CheckContext {
  /** The whole draft, normalised to `\n` line endings. */
  text: string;
  paragraphs: Paragraph[];
  lang: Lang;
  /** Loaded once by the host (worker, main, CLI); checks that need it are silent without it. */
  gazetteer?: Gazetteer;
  /** The date to read 今年/昨天 against when the draft states no dateline (a setting; the CLI uses today). */
  fallbackDate?: CalendarDate;
  /** The documents the draft was written from; the source check is silent without them. */
  sources?: readonly SourceText[];
  /** The house style in force; the built-in list alone when omitted. */
  style?: StyleRules;
  /** Loaded once, lazily, by the host; given only to checks that declare `readsTypoLexicon`. The typo check is silent without it. */
  typoLexicon?: TypoLexicon;
}

interface CheckBase {
  /** The family name doubles as the check id: one module per family. */
  id: Family;
  /**
   * Set by a check that cannot stay linear on very long paragraphs: the engine does not give it
   * paragraphs longer than this and reports one `info` finding for each one skipped instead.
   */
  maxParagraphChars?: number;
  /**
   * Set by a check that reads ctx.typoLexicon. Only such checks are given it, so one that reads it
   * without saying so finds it missing in its own tests; a host that splits a check (the app's two
   * workers, the CLI's two processes) keeps them where the lexicon is loaded (readsTypoLexicon.ts).
   */
  readsTypoLexicon?: true;
}

/**
 * A paragraph check sees one paragraph at a time and reports offsets relative to it;
 * the engine caches its results by paragraph text, so an edit re-checks only that paragraph.
 */
export interface ParagraphCheck extends CheckBase {
  scope: 'paragraph';
  runParagraph(paragraph: string, ctx: CheckContext): RawFinding[];
  /**
   * What only the whole draft can tell about the paragraphs' findings (a form the draft writes
   * throughout is its own term): given all of them with absolute offsets, returns those that stand.
   * The paragraphs' cached results are left as they were, so an edit still re-reads one paragraph.
   */
  inDraft?(findings: RawFinding[], ctx: CheckContext): RawFinding[];
}

/** A document check relates mentions across paragraphs and reports absolute offsets. */
export interface DocumentCheck extends CheckBase {
  scope: 'document';
  runDocument(ctx: CheckContext): RawFinding[];
}

export type Check = ParagraphCheck | DocumentCheck;
