import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { isPending, REPORT_COLUMNS, type ReportColumn, type ReportRow, type ReviewReport } from './reviewReport';

/** One table of a report for reading: its heading, the columns that hold anything, its rows. */
export interface ReportTable {
  heading: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

/** Columns a row's group may differ in and still be one row (the group lists where it is instead). */
const SPREAD: ReadonlySet<ReportColumn> = new Set(['position']);

/**
 * The tables a person reads (HTML, Markdown): what is still open, then what was done. Identical
 * rows (the same problem in the same words with the same verdict, as sixty half-width commas are)
 * become one row whose position says how many there are; columns empty in every row are left out.
 */
export function reportTables(report: ReviewReport, lang: Lang): ReportTable[] {
  const pending = report.rows.filter(isPending);
  const done = report.rows.filter((r) => !isPending(r));
  return [
    { heading: t(lang, 'review.report.openTable', { count: pending.length }), rows: groupRows(pending, lang) },
    { heading: t(lang, 'review.report.doneTable', { count: done.length }), rows: groupRows(done, lang) },
  ]
    .filter((table) => table.rows.length > 0)
    .map((table) => ({ ...table, columns: REPORT_COLUMNS.filter((c) => table.rows.some((r) => r[c] !== '')) }));
}

function groupRows(rows: readonly ReportRow[], lang: Lang): ReportRow[] {
  const groups = new Map<string, ReportRow[]>();
  for (const r of rows) {
    const key = JSON.stringify(REPORT_COLUMNS.filter((c) => !SPREAD.has(c)).map((c) => r[c]));
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((group) =>
    group.length === 1 ? group[0]! : { ...group[0]!, position: t(lang, 'review.report.positions', { first: group[0]!.position, count: group.length, more: group.length - 1 }) },
  );
}
