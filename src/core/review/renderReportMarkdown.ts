import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { columnTitle, REPORT_COLUMNS, type ReviewReport } from './reviewReport';

/** A Markdown report: summary first, then one table row per item. */
export function renderReportMarkdown(report: ReviewReport, lang: Lang): string {
  const lines = [`# ${cell(report.title)}`, '', ...report.summary.map((s) => `- ${cell(s)}`), ''];
  if (report.dismissedRules.length) {
    lines.push(`## ${t(lang, 'review.report.dismissedRules')}`, '', ...report.dismissedRules.map((d) => `- ${cell(d)}`), '');
  }
  lines.push(`| ${REPORT_COLUMNS.map((c) => columnTitle(lang, c)).join(' | ')} |`);
  lines.push(`|${REPORT_COLUMNS.map(() => ' --- |').join('')}`);
  for (const r of report.rows) lines.push(`| ${REPORT_COLUMNS.map((c) => cell(r[c])).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/**
 * Table cells cannot hold pipes or line breaks: every line break (CRLF, a bare CR, LF, and the
 * Unicode separators) becomes `<br>`, so text from a colleague cannot end the row and open a
 * fence or a new table. Markdown's inline markers and fence characters are escaped too.
 */
function cell(text: string): string {
  return text.replace(/[\\|*_`~[\]<>#]/g, (ch) => `\\${ch}`).replace(/\r\n?|[\n\u0085\u2028\u2029]/g, '<br>');
}
