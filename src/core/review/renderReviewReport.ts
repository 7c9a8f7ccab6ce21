import type { Lang } from '../i18n/lang';
import { renderReportCsv } from './renderReportCsv';
import { renderReportHtml } from './renderReportHtml';
import { renderReportJson } from './renderReportJson';
import { renderReportMarkdown } from './renderReportMarkdown';
import type { Review } from './review';
import { buildReviewReport } from './reviewReport';

export const REPORT_FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The review as a report in one format; `generated` is the ISO time it was made, shown in the
 * reader's language and `timeZone` (the runtime's when omitted: the user's in the app and the CLI).
 */
export function renderReviewReport(review: Review, format: ReportFormat, draft: string, lang: Lang, generated: string, timeZone?: string): string {
  const report = buildReviewReport(review, draft, lang, generated, timeZone);
  switch (format) {
    case 'html':
      return renderReportHtml(report, lang);
    case 'md':
      return renderReportMarkdown(report, lang);
    case 'csv':
      return renderReportCsv(report, lang);
    case 'json':
      return renderReportJson(report, review);
  }
}
