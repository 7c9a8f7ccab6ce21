import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { Review } from '../../../core/review/review';
import { reviewProgress } from '../../../core/review/reviewProgress';

/** Export is never blocked, but says so while errors or claims nobody has checked are still open. */
export function ExportOpenWarning({ lang, review }: { lang: Lang; review: Review | null }) {
  if (!review) return null;
  const progress = reviewProgress(review);
  const errors = progress.openErrors;
  const claims = progress.claims.total - progress.claims.reviewed;
  if (errors === 0 && claims === 0) return null;
  return (
    <p className="jk-export-warning" role="status" data-testid="export-open-warning" data-errors={errors} data-claims={claims}>
      {t(lang, 'app.export.openWarning', { errors, claims })}
    </p>
  );
}
