import type { Check, CheckContext, DocumentCheck, ParagraphCheck, RawFinding } from './checks/check';
import { ALL_CHECKS } from './checks/registry';
import type { Family, Finding } from './finding';
import { findingId } from './findingId';
import type { Lang } from './i18n/lang';
import type { Gazetteer } from './gazetteer/gazetteer';
import type { CalendarDate } from './dates/calendarDate';
import type { TypoLexicon } from './checks/typo/typoLexicon';
import { splitParagraphs } from './text/paragraphs';
import { foldFindings, foldFindingsByParagraph } from './bounds/foldFindings';
import { skippedParagraph, withoutLongParagraphs } from './bounds/longParagraphs';
import type { SourceText } from './sources/sourceText';
import { defaultStyleRules, type StyleRules } from './checks/style/styleRules';
import { dropIgnoredFindings } from './dropIgnoredFindings';
import { blankOutRanges } from './text/blankOutRanges';
import { ParagraphMemo } from './text/paragraphMemo';
import { byPosition } from './findingOrder';

export interface CheckOptions {
  lang: Lang;
  /** Run only these families (all when omitted). */
  families?: readonly Family[];
  gazetteer?: Gazetteer;
  fallbackDate?: CalendarDate;
  /** Keep the same array while the sources do not change: their index is cached per array. */
  sources?: readonly SourceText[];
  /** The style files' terms and ignored words, compiled by the host; the built-in list alone when omitted. */
  style?: StyleRules;
  typoLexicon?: TypoLexicon;
  /** Stretches no check reads (page chrome, see core/chrome/pageChrome), sorted and disjoint. */
  exclude?: readonly { start: number; end: number }[];
}

const CONTEXT_CHARS = 8;

/**
 * Runs the checks over a draft. Keeps the last results of paragraph checks keyed by
 * paragraph text, so re-checking after an edit only re-runs the paragraphs that changed.
 * Bounds every check's output: one rule's findings in one paragraph are folded past a few
 * (foldFindings), and a check that declared `maxParagraphChars` never sees a longer paragraph.
 */
export class CheckEngine {
  private readonly paragraphCache = new Map<string, ParagraphMemo<RawFinding[]>>();

  constructor(private readonly checks: readonly Check[] = ALL_CHECKS) {}

  check(draft: string, options: CheckOptions): Finding[] {
    const text = blankOutRanges(draft, options.exclude ?? []);
    const paragraphs = splitParagraphs(text);
    const withLexicon: CheckContext = {
      text,
      paragraphs,
      lang: options.lang,
      gazetteer: options.gazetteer,
      fallbackDate: options.fallbackDate,
      sources: options.sources,
      style: options.style,
      typoLexicon: options.typoLexicon,
    };
    const withoutLexicon: CheckContext = { ...withLexicon, typoLexicon: undefined };
    const raw: RawFinding[] = [];
    for (const check of this.checks) {
      if (options.families && !options.families.includes(check.id)) continue;
      const ctx = check.readsTypoLexicon ? withLexicon : withoutLexicon;
      if (check.scope === 'document') {
        for (const f of runDocumentBounded(check, ctx)) raw.push(f);
        continue;
      }
      const key = cacheKey(check, options);
      let memo = this.paragraphCache.get(key);
      if (!memo) this.paragraphCache.set(key, (memo = new ParagraphMemo()));
      memo.begin();
      const found: RawFinding[] = [];
      for (const p of paragraphs) {
        if (p.text.length === 0) continue;
        for (const f of memo.get(p.text, (paragraph) => runParagraphBounded(check, paragraph, ctx))) found.push(shift(f, p.start));
      }
      for (const f of check.inDraft ? check.inDraft(found, ctx) : found) raw.push(f);
    }
    return dropIgnoredFindings(finalize(raw, text), text, (options.style ?? defaultStyleRules()).ignored);
  }
}

/** One-shot convenience for the CLI and tests. */
export function runChecks(text: string, options: CheckOptions): Finding[] {
  return new CheckEngine().check(text, options);
}

function runParagraphBounded(check: ParagraphCheck, paragraph: string, ctx: CheckContext): RawFinding[] {
  const max = check.maxParagraphChars;
  if (max !== undefined && paragraph.length > max) return [skippedParagraph(check.id, paragraph.length, max, 0, ctx.lang)];
  return foldFindings(check.runParagraph(paragraph, ctx), ctx.lang);
}

function runDocumentBounded(check: DocumentCheck, ctx: CheckContext): RawFinding[] {
  const max = check.maxParagraphChars;
  if (max === undefined) return foldFindingsByParagraph(check.runDocument(ctx), ctx.paragraphs, ctx.lang);
  const bounded = withoutLongParagraphs(ctx, max);
  const findings = foldFindingsByParagraph(check.runDocument(bounded.ctx), ctx.paragraphs, ctx.lang);
  for (const p of bounded.skipped) findings.push(skippedParagraph(check.id, p.text.length, max, p.start, ctx.lang));
  return findings;
}

/** Results depend on the language and, for a check that reads it, on whether the lazily loaded typo data had arrived. */
function cacheKey(check: Check, options: CheckOptions): string {
  return `${check.id}/${options.lang}/${check.readsTypoLexicon ? (options.typoLexicon?.source ?? '') : ''}`;
}

function shift(f: RawFinding, by: number): RawFinding {
  return { ...f, spans: f.spans.map((s) => ({ start: s.start + by, end: s.end + by })) };
}

/** Sorts by position, attaches span texts and stable ids, and drops spans that fall outside the text. */
function finalize(raw: RawFinding[], text: string): Finding[] {
  const seen = new Map<string, number>();
  const valid = raw
    .map((f) => ({ ...f, spans: f.spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end) }))
    .filter((f) => f.spans.length > 0);
  valid.sort(byPosition);
  return valid.map((f) => {
    const spans = f.spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
    const first = spans[0]!;
    const key = [
      text.slice(Math.max(0, first.start - CONTEXT_CHARS), first.start),
      ...spans.map((s) => s.text),
      text.slice(first.end, first.end + CONTEXT_CHARS),
    ].join('\u0000');
    const finding: Finding = { id: findingId(f.rule, key, seen), rule: f.rule, severity: f.severity, message: f.message, spans };
    if (f.suggestion) finding.suggestion = f.suggestion;
    if (f.evidence) finding.evidence = f.evidence;
    return finding;
  });
}
