import type { CheckContext, ParagraphCheck, RawFinding } from '../../../../src/core/checks/check';
import type { Lang } from '../../../../src/core/i18n/lang';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';

/**
 * A test case written with the expected spans marked: "时节⟦,⟧走进" is the text "时节,走进"
 * with one expected span over the comma.
 */
export function parseMarked(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') spans.push({ start: open, end: text.length });
    else text += ch;
  }
  return { text, spans };
}

/** Runs `check` on `text` as one whole document in `lang`; `context` adds the data a check needs (a typo lexicon, sources…). */
export function runParagraph(
  check: ParagraphCheck,
  text: string,
  lang: Lang = 'zh',
  context: Omit<Partial<CheckContext>, 'text' | 'paragraphs' | 'lang'> = {},
): RawFinding[] {
  return check.runParagraph(text, { ...context, text, paragraphs: splitParagraphs(text), lang });
}

/** The findings reduced to what a case states: rule, severity, span and replacement, in span order. */
export function summarize(findings: RawFinding[]): { rule: string; severity: string; start: number; end: number; replacement?: string }[] {
  return findings
    .map((f) => ({ rule: f.rule, severity: f.severity, start: f.spans[0]!.start, end: f.spans[0]!.end, replacement: f.suggestion?.replacement }))
    .sort((a, b) => a.start - b.start);
}
