import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { blockerText, reportBlockers, reportTables } from './reportTables';
import { columnTitle, type ReviewReport } from './reviewReport';

/** A Markdown report: the summary and what holds publication back first, then the open and the done items as tables. */
export function renderReportMarkdown(report: ReviewReport, lang: Lang): string {
  const lines = [`# ${cell(report.title)}`, '', ...report.summary.map((s) => `- ${cell(s)}`), ''];
  const blockers = reportBlockers(report);
  if (blockers.length) {
    lines.push(`## ${t(lang, 'review.report.blockers')}`, '', ...blockers.map((b) => `- **${cell(b.row.text)}**${cell(blockerText(b, lang))}`), '');
  }
  for (const table of reportTables(report, lang)) {
    lines.push(`## ${cell(table.heading)}`, '');
    lines.push(`| ${table.columns.map((c) => columnTitle(lang, c)).join(' | ')} |`);
    lines.push(`|${table.columns.map(() => ' --- |').join('')}`);
    for (const r of table.rows) lines.push(`| ${table.columns.map((c) => cell(r[c])).join(' | ')} |`);
    lines.push('');
  }
  if (report.dismissedRules.length) {
    lines.push(`## ${t(lang, 'review.report.dismissedRules')}`, '', ...report.dismissedRules.map((d) => `- ${cell(d)}`), '');
  }
  return `${lines.join('\n')}`;
}

/**
 * Table cells cannot hold pipes or line breaks: every line break (CRLF, a bare CR, LF, and the
 * Unicode separators) becomes `<br>`, so text from a colleague cannot end the row and open a
 * fence or a new table. Markdown's inline markers and fence characters are escaped too.
 */
function cell(text: string): string {
  return text.replace(/[\\|*_`~[\]<>#]/g, (ch) => `\\${ch}`).replace(/\r\n?|[\n\u0085\u2028\u2029]/g, '<br>');
}
