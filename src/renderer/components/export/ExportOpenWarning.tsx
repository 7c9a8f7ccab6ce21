import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { DeskCounts } from '../../review/deskCounts';

/** Export is never blocked, but says so while errors or claims nobody has checked are still open. */
export function ExportOpenWarning({ lang, counts }: { lang: Lang; counts: DeskCounts }) {
  const errors = counts.open.error;
  const claims = counts.openClaims;
  if (errors === 0 && claims === 0) return null;
  return (
    <p className="jk-export-warning" role="status" data-testid="export-open-warning" data-errors={errors} data-claims={claims}>
      {t(lang, 'app.export.openWarning', { errors, claims })}
    </p>
  );
}
