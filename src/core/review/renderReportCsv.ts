import type { Lang } from '../i18n/lang';
import { columnTitle, REPORT_COLUMNS, type ReviewReport } from './reviewReport';

/**
 * RFC 4180 CSV (CRLF rows, fields quoted when they hold a comma, quote or line break, quotes
 * doubled), UTF-8 with a byte-order mark so Excel reads the Chinese. The summary is the first
 * rows, each a single field, then a blank row, then the table with its header.
 */
export function renderReportCsv(report: ReviewReport, lang: Lang): string {
  const rows: string[][] = [
    [report.title],
    ...report.summary.map((s) => [s]),
    [],
    ['id', ...REPORT_COLUMNS.map((c) => columnTitle(lang, c))],
    ...report.rows.map((r) => [r.id, ...REPORT_COLUMNS.map((c) => r[c])]),
  ];
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
