import type { Lang } from '../i18n/lang';
import { hasMessage, t, type MessageKey } from '../i18n/messages';
import { effectiveVerdict } from './dismissRule';
import { lineLookup } from './lineLookup';
import type { Review, ReviewItem, Source, Verdict } from './review';
import { reviewProgress, type ReviewProgress } from './reviewProgress';

/** One row of every report format, already in the reader's language. */
export interface ReportRow {
  id: string;
  kind: string;
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
}

export interface ReviewReport {
  title: string;
  draft: string;
  generated: string;
  progress: ReviewProgress;
  /** The summary lines shown at the top. */
  summary: string[];
  dismissedRules: string[];
  rows: ReportRow[];
}

/** Column order shared by the HTML, Markdown and CSV reports. */
export const REPORT_COLUMNS = [
  'kind', 'rule', 'severity', 'position', 'text', 'message', 'verdict', 'note', 'reason', 'sources', 'reviewer', 'time', 'status',
] as const satisfies readonly (keyof ReportRow)[];

export function columnTitle(lang: Lang, column: (typeof REPORT_COLUMNS)[number]): string {
  return t(lang, `review.report.col.${column}` as MessageKey);
}

export function buildReviewReport(review: Review, draft: string, lang: Lang, generated: string): ReviewReport {
  const progress = reviewProgress(review);
  const position = lineLookup(review.text);
  return {
    title: t(lang, 'review.report.title', { draft }),
    draft,
    generated,
    progress,
    summary: [
      t(lang, 'review.report.progress', { reviewed: progress.reviewed, total: progress.total }),
      t(lang, 'review.report.summaryLine', {
        findingsReviewed: progress.findings.reviewed,
        findings: progress.findings.total,
        claimsReviewed: progress.claims.reviewed,
        claims: progress.claims.total,
        openErrors: progress.openErrors,
        needsSource: progress.claimsNeedingSource,
      }),
      t(lang, progress.blocking ? 'review.report.gateBlocked' : 'review.report.gateClear'),
      t(lang, 'review.report.generated', { time: generated }),
    ],
    dismissedRules: review.dismissedRules.map((d) => `${d.rule}: ${d.reason} (${d.who}, ${d.time})`),
    rows: review.items.map((item) => row(review, item, lang, position)),
  };
}

function row(review: Review, item: ReviewItem, lang: Lang, position: ReturnType<typeof lineLookup>): ReportRow {
  const { line, column } = position(item.anchor.offset);
  const verdict = effectiveVerdict(review, item);
  const status = [
    item.orphaned ? t(lang, 'review.report.orphaned') : '',
    !item.reported && !item.orphaned ? t(lang, 'review.report.noLongerReported') : '',
  ].filter(Boolean);
  const claimKey = `review.claim.${item.rule.slice('claim.'.length)}`;
  return {
    id: item.id,
    kind: t(lang, `review.kind.${item.kind}`),
    rule: item.rule.startsWith('claim.') && hasMessage(claimKey) ? t(lang, claimKey) : item.rule,
    severity: item.severity ? t(lang, `review.severity.${item.severity}`) : '',
    position: `${line}:${column}`,
    text: item.anchor.text,
    message: item.message,
    verdict: t(lang, `review.verdict.${verdict}`),
    verdictCode: verdict,
    note: item.note,
    reason: verdict === 'dismissed' ? (item.reason ?? review.dismissedRules.find((d) => d.rule === item.rule)?.reason ?? '') : '',
    sources: item.sources.map((s) => sourceText(s, lang)).join('; '),
    reviewer: item.reviewer,
    time: item.time,
    status: status.join(', '),
  };
}

function sourceText(source: Source, lang: Lang): string {
  const label = source.label ? ` (${source.label})` : '';
  return `${t(lang, `review.source.${source.kind}`)}: ${source.value}${label}`;
}
