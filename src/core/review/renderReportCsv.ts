import type { Lang } from '../i18n/lang';
import { columnTitle, REPORT_COLUMNS, type ReviewReport } from './reviewReport';

/**
 * RFC 4180 CSV (CRLF rows, fields quoted when they hold a comma, quote or line break, quotes
 * doubled), UTF-8 with a byte-order mark so Excel reads the Chinese. The summary is the first
 * rows, each a single field, then a blank row, then one row per item under the panel's labels
 * (ids and rule codes are the JSON report's). Every field is neutralised against formula
 * injection (csvField).
 */
export function renderReportCsv(report: ReviewReport, lang: Lang): string {
  const rows: string[][] = [
    [report.title],
    ...report.summary.map((s) => [s]),
    [],
    REPORT_COLUMNS.map((c) => columnTitle(lang, c)),
    ...report.rows.map((r) => REPORT_COLUMNS.map((c) => r[c])),
  ];
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * Spreadsheets (Excel, WPS, LibreOffice) run a cell that begins with one of these as a formula,
 * and notes, sources and the draft's own text come from other people (`=HYPERLINK(…)`,
 * `=cmd|…`, `@SUM(…)`). OWASP's remedy: such a cell starts with an apostrophe, which the
 * spreadsheet shows as text and does not display.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
