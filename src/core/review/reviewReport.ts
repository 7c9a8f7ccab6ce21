import { formatTime } from '../i18n/formatTime';
import type { Lang } from '../i18n/lang';
import { t, type MessageKey } from '../i18n/messages';
import { effectiveVerdict } from './dismissRule';
import { lineLookup } from './lineLookup';
import type { Review, ReviewItem, Source, Verdict } from './review';
import { blocksPublication, reviewProgress, type ReviewProgress } from './reviewProgress';
import { ruleLabel } from './ruleLabel';

/** One row of every report format, already in the reader's language: the panel's labels, the reader's time. */
export interface ReportRow {
  id: string;
  kind: string;
  /** The rule as the panel names it (a family or a claim type), never its id. */
  rule: string;
  severity: string;
  /** `line:column` of the span in the review's text. */
  position: string;
  text: string;
  message: string;
  verdict: string;
  verdictCode: Verdict;
  note: string;
  reason: string;
  sources: string;
  reviewer: string;
  time: string;
  /** Orphaned / no longer reported, or empty. */
  status: string;
  /** The item alone holds the draft back from publication. */
  blocking: boolean;
}

export interface ReviewReport {
  title: string;
  draft: string;
  /** ISO time the report was made (the JSON report's); the summary shows it in the reader's time. */
  generated: string;
  progress: ReviewProgress;
  /** The summary lines shown at the top: whether it can be published, what is open, progress, when. */
  summary: string[];
  dismissedRules: string[];
  rows: ReportRow[];
}

/** Column order shared by the HTML, Markdown and CSV reports. */
export const REPORT_COLUMNS = [
  'kind', 'rule', 'severity', 'position', 'text', 'message', 'verdict', 'note', 'reason', 'sources', 'reviewer', 'time', 'status',
] as const satisfies readonly (keyof ReportRow)[];

export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export function columnTitle(lang: Lang, column: ReportColumn): string {
  return t(lang, `review.report.col.${column}` as MessageKey);
}

/** Where the rows are still waiting for someone: open, or waiting for a source. */
export function isPending(row: ReportRow): boolean {
  return row.verdictCode === 'open' || row.verdictCode === 'needs-source';
}

/**
 * The report of a review in the reader's language. `timeZone` is the reader's (the runtime's
 * when omitted, which in the app and the CLI is the user's).
 */
export function buildReviewReport(review: Review, draft: string, lang: Lang, generated: string, timeZone?: string): ReviewReport {
  const progress = reviewProgress(review);
  const position = lineLookup(review.text);
  const rows = review.items.map((item) => row(review, item, lang, position, timeZone));
  return {
    title: t(lang, 'review.report.title', { draft }),
    draft,
    generated,
    progress,
    summary: [
      t(lang, progress.blocking ? 'review.report.gateBlocked' : 'review.report.gateClear'),
      t(lang, 'review.report.open', { ...progress.open, needsSource: progress.claimsNeedingSource }),
      t(lang, 'review.report.progress', { reviewed: progress.reviewed, total: progress.total }),
      t(lang, 'review.report.generated', { time: formatTime(generated, lang, timeZone) }),
    ],
    dismissedRules: review.dismissedRules.map((d) => `${ruleLabel(d.rule, lang)}: ${d.reason} (${d.who}, ${formatTime(d.time, lang, timeZone)})`),
    rows,
  };
}

function row(review: Review, item: ReviewItem, lang: Lang, position: ReturnType<typeof lineLookup>, timeZone: string | undefined): ReportRow {
  const { line, column } = position(item.anchor.offset);
  const verdict = effectiveVerdict(review, item);
  const status = [
    item.orphaned ? t(lang, 'review.report.orphaned') : '',
    !item.reported && !item.orphaned ? t(lang, 'review.report.noLongerReported') : '',
  ].filter(Boolean);
  return {
    id: item.id,
    kind: t(lang, `review.kind.${item.kind}`),
    rule: ruleLabel(item.rule, lang),
    severity: item.severity ? t(lang, `app.severity.${item.severity}`) : '',
    position: `${line}:${column}`,
    text: item.anchor.text,
    message: item.message,
    verdict: t(lang, `review.verdict.${verdict}`),
    verdictCode: verdict,
    note: item.note,
    reason: verdict === 'dismissed' ? (item.reason ?? review.dismissedRules.find((d) => d.rule === item.rule)?.reason ?? '') : '',
    sources: item.sources.map((s) => sourceText(s, lang)).join('; '),
    reviewer: item.reviewer,
    time: formatTime(item.time, lang, timeZone),
    status: status.join(', '),
    blocking: blocksPublication(review, item),
  };
}

function sourceText(source: Source, lang: Lang): string {
  const label = source.label ? ` (${source.label})` : '';
  return `${t(lang, `review.source.${source.kind}`)}: ${source.value}${label}`;
}
