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

/** A row standing for `count` identical rows (the first of them). */
export interface GroupedRow {
  row: ReportRow;
  count: number;
}

/** What holds publication back, identical problems once with their count. */
export function reportBlockers(report: ReviewReport): GroupedRow[] {
  return groupIdentical(report.rows.filter((r) => r.blocking));
}

/** What a blocker is, after its text: its rule as the panel names it, how many there are, the message. */
export function blockerText({ row, count }: GroupedRow, lang: Lang): string {
  return count === 1 ? t(lang, 'review.report.blocker', { rule: row.rule, message: row.message }) : t(lang, 'review.report.blockerMany', { rule: row.rule, message: row.message, count });
}

function groupRows(rows: readonly ReportRow[], lang: Lang): ReportRow[] {
  return groupIdentical(rows).map(({ row, count }) =>
    count === 1 ? row : { ...row, position: t(lang, 'review.report.positions', { first: row.position, count, more: count - 1 }) },
  );
}

function groupIdentical(rows: readonly ReportRow[]): GroupedRow[] {
  const groups = new Map<string, GroupedRow>();
  for (const r of rows) {
    const key = JSON.stringify(REPORT_COLUMNS.filter((c) => !SPREAD.has(c)).map((c) => r[c]));
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { row: r, count: 1 });
  }
  return [...groups.values()];
}
