import type { Lang } from '../i18n/lang';
import { localeOf } from '../i18n/formatTime';
import { t } from '../i18n/messages';
import { blockerText, reportBlockers, reportTables, type ReportTable } from './reportTables';
import { columnTitle, type ReviewReport } from './reviewReport';

const STYLE = `
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #111; line-break: strict; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.6em; } .summary p { margin: .2em 0; }
.blocked { color: #a00; font-weight: bold; } .clear { color: #070; font-weight: bold; }
.blockers li { margin: .2em 0; } .blockers .text { font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: .85em; } th, td { border: 1px solid #999; padding: .25em .4em; vertical-align: top; text-align: left; }
th { background: #eee; white-space: nowrap; } td.kind, td.rule, td.severity, td.position, td.verdict, td.reviewer, td.time { white-space: nowrap; }
td.message { min-width: 16em; } tr { page-break-inside: avoid; } td.text { font-weight: bold; } tr.v-open td.verdict { color: #a00; }
@media print { body { margin: 0; } thead { display: table-header-group; } }`;

/**
 * A self-contained, printable HTML page (the app prints it to PDF); no external resources.
 * Whether the draft can be published comes first, then what holds it back, then the tables.
 */
export function renderReportHtml(report: ReviewReport, lang: Lang): string {
  const [gate, ...rest] = report.summary;
  const gateClass = report.progress.blocking ? 'blocked' : 'clear';
  const blocking = reportBlockers(report);
  const blockers = blocking.length
    ? `<h2>${escapeHtml(t(lang, 'review.report.blockers'))}</h2>
<ul class="blockers">${blocking.map((b) => `<li><span class="text">${escapeHtml(b.row.text)}</span>${escapeHtml(blockerText(b, lang))}</li>`).join('\n')}</ul>`
    : '';
  const dismissed = report.dismissedRules.length
    ? `<h2>${escapeHtml(t(lang, 'review.report.dismissedRules'))}</h2><ul>${report.dismissedRules.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="${localeOf(lang)}">
<head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<div class="summary">
<p class="${gateClass}">${escapeHtml(gate ?? '')}</p>
${rest.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
</div>
${blockers}
${reportTables(report, lang).map((table) => tableHtml(table, lang)).join('\n')}
${dismissed}
</body>
</html>
`;
}

function tableHtml(table: ReportTable, lang: Lang): string {
  const header = table.columns.map((c) => `<th>${escapeHtml(columnTitle(lang, c))}</th>`).join('');
  const rows = table.rows
    .map((r) => `<tr class="v-${r.verdictCode}">${table.columns.map((c) => `<td class="${c}">${escapeHtml(r[c])}</td>`).join('')}</tr>`)
    .join('\n');
  return `<h2>${escapeHtml(table.heading)}</h2>
<table>
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
