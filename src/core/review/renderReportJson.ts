import { effectiveVerdict } from './dismissRule';
import { lineLookup } from './lineLookup';
import type { Review } from './review';
import type { ReviewReport } from './reviewReport';

/**
 * The machine-readable report: the summary (counts by verdict, the publication gate) and
 * every item with codes rather than translated labels, its span and its full history.
 */
export function renderReportJson(report: ReviewReport, review: Review): string {
  const position = lineLookup(review.text);
  const items = review.items.map((item) => {
    const { line, column } = position(item.anchor.offset);
    return {
      id: item.id,
      kind: item.kind,
      rule: item.rule,
      severity: item.severity,
      span: { start: item.anchor.offset, end: item.anchor.offset + item.anchor.text.length, text: item.anchor.text },
      line,
      column,
      message: item.message,
      verdict: effectiveVerdict(review, item),
      note: item.note,
      reason: item.reason,
      sources: item.sources,
      reviewer: item.reviewer,
      time: item.time,
      orphaned: item.orphaned,
      reported: item.reported,
      history: item.history,
    };
  });
  const summary = { title: report.title, draft: report.draft, generated: report.generated, lines: report.summary, ...report.progress };
  return `${JSON.stringify({ summary, dismissedRules: review.dismissedRules, items }, null, 2)}\n`;
}
