import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { columnTitle, REPORT_COLUMNS, type ReviewReport } from './reviewReport';

const STYLE = `
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.4em; } .summary p { margin: .2em 0; } .blocked { color: #a00; font-weight: bold; } .clear { color: #070; font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: .85em; } th, td { border: 1px solid #999; padding: .25em .4em; vertical-align: top; text-align: left; }
th { background: #eee; } tr { page-break-inside: avoid; } td.text { font-weight: bold; } tr.v-open td.verdict { color: #a00; }
@media print { body { margin: 0; } thead { display: table-header-group; } }`;

/** A self-contained, printable HTML page (the app prints it to PDF); no external resources. */
export function renderReportHtml(report: ReviewReport, lang: Lang): string {
  const header = REPORT_COLUMNS.map((c) => `<th>${escapeHtml(columnTitle(lang, c))}</th>`).join('');
  const rows = report.rows
    .map((r) => `<tr class="v-${r.verdictCode}">${REPORT_COLUMNS.map((c) => `<td class="${c}">${escapeHtml(r[c])}</td>`).join('')}</tr>`)
    .join('\n');
  const [progress, ...rest] = report.summary;
  const gate = report.progress.blocking ? 'blocked' : 'clear';
  const dismissed = report.dismissedRules.length
    ? `<h2>${escapeHtml(t(lang, 'review.report.dismissedRules'))}</h2><ul>${report.dismissedRules.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<div class="summary">
<p><strong>${escapeHtml(progress ?? '')}</strong></p>
${rest.map((line, i) => `<p${i === 1 ? ` class="${gate}"` : ''}>${escapeHtml(line)}</p>`).join('\n')}
</div>
${dismissed}
<table>
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
