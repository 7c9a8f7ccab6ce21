import { basename } from 'node:path';
import type { Lang } from '../../core/i18n/lang';
import { renderReviewReport, type ReportFormat } from '../../core/review/renderReviewReport';
import type { Review } from '../../core/review/review';
import { writeFileAtomic } from '../writeFileAtomic';

/** Writes the review report for the draft at `draftPath` to `outPath` (UTF-8; the CSV carries a BOM). */
export async function writeReviewReport(
  outPath: string,
  review: Review,
  format: ReportFormat,
  draftPath: string,
  lang: Lang,
  now: Date = new Date(),
): Promise<void> {
  await writeFileAtomic(outPath, renderReviewReport(review, format, basename(draftPath), lang, now.toISOString()));
}
